package com.feedbackdesk.adapters.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long reads while thousands of commits happen: no read may fail, and each sees one version of the
 * data however long it runs. The store is larger than its page cache, so a scan reads pages from
 * the file while writers commit; short-lived documents leave chunks sparse, and the store's
 * housekeeping (here run without a pause) moves their live pages, the scanned collection's among
 * them, into new chunks and frees the old ones. With the space of freed chunks reused at once, a
 * scan that still needed such a chunk failed with {@code Chunk N not found} (issue 7): without
 * {@code DurableH2Backend}'s version registration 20 of the first 39 reads here failed.
 */
class ReadsDuringWritesTest {

  private static final int DOCUMENTS = 12_000;
  private static final int LEDGER = 400;
  private static final int WRITES = 3_000;
  private static final String PAYLOAD = "x".repeat(900);

  @TempDir Path dataDirectory;

  @Test
  void scansAndCursorsNeverFailAndEachSeesOneVersionWhileThousandsOfCommitsHappen()
      throws Exception {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, false, 1);
        MongoClient client = MongoClients.create(server.connectionString())) {
      // as when writes are forced to the disk (the default), superseded chunks are not kept for a
      // while but reused at once; the disk itself is spared the fsyncs, so that the test is quick
      server.store().setRetentionTime(0);
      MongoCollection<Document> scanned = client.getDatabase("db").getCollection("scanned");
      MongoCollection<Document> ledger = client.getDatabase("db").getCollection("ledger");
      MongoCollection<Document> other = client.getDatabase("db").getCollection("other");
      fill(scanned, ledger);

      Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger scans = new AtomicInteger();
      AtomicInteger cursors = new AtomicInteger();
      AtomicInteger commits = new AtomicInteger();
      CountDownLatch readersStarted = new CountDownLatch(3);
      Reads reads = new Reads(writing, readersStarted, failures);
      ExecutorService threads = Executors.newFixedThreadPool(6);
      List<Future<?>> readers = new ArrayList<>();
      try {
        readers.add(
            threads.submit(
                reads.until(
                    () -> {
                      // a query no index serves: every document of the collection is looked at
                      long found =
                          scanned.countDocuments(Filters.regex("payload", "^never-written"));
                      assertThat(found).isZero();
                      scans.incrementAndGet();
                    })));
        readers.add(
            threads.submit(
                reads.until(
                    () -> {
                      // a cursor fetched in many small batches, across many commits
                      Set<Object> ids = new HashSet<>();
                      for (Document document :
                          scanned.find().projection(Projections.include("_id")).batchSize(100)) {
                        ids.add(document.get("_id"));
                      }
                      assertThat(ids).hasSize(DOCUMENTS);
                      cursors.incrementAndGet();
                    })));
        readers.add(
            threads.submit(
                reads.until(
                    () -> {
                      // every update of the ledger moves all its rows on at once: a read sees
                      // one version, never rows from two
                      Set<Object> generations = new HashSet<>();
                      int rows = 0;
                      for (Document row : ledger.find().batchSize(10)) {
                        generations.add(row.get("generation"));
                        rows++;
                      }
                      assertThat(rows).isEqualTo(LEDGER);
                      assertThat(generations).hasSize(1);
                    })));
        readers.add(
            threads.submit(
                () -> {
                  // what the store's background writer does about once a second, done without a
                  // pause: move the live pages out of sparse chunks, so that those chunks can be
                  // freed (a read may still be walking them)
                  while (writing.get()) {
                    server.store().compact(95, 256 * 1024);
                  }
                  return null;
                }));
        readersStarted.await(30, TimeUnit.SECONDS);

        List<Future<?>> writers = new ArrayList<>();
        AtomicInteger writes = new AtomicInteger();
        for (int w = 0; w < 2; w++) {
          int seed = w;
          writers.add(
              threads.submit(
                  () -> {
                    Random random = new Random(seed);
                    for (long n = writes.incrementAndGet();
                        n <= WRITES;
                        n = writes.incrementAndGet()) {
                      commits.incrementAndGet();
                      int kind = random.nextInt(10);
                      if (kind == 0) {
                        scanned.updateOne(
                            Filters.eq("_id", random.nextInt(DOCUMENTS)),
                            Updates.set("payload", PAYLOAD + random.nextInt()));
                      } else if (kind == 1) {
                        ledger.updateMany(new Document(), Updates.inc("generation", 1));
                      } else {
                        // short-lived documents: the chunks they are written to soon hold little
                        // that is live, and the pages of other maps in them are moved on
                        other.insertOne(new Document("_id", n).append("payload", PAYLOAD));
                        other.deleteOne(Filters.eq("_id", n - 50));
                        commits.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> writer : writers) {
          writer.get(5, TimeUnit.MINUTES);
        }
      } finally {
        writing.set(false);
        for (Future<?> reader : readers) {
          reader.get(5, TimeUnit.MINUTES);
        }
        threads.shutdownNow();
      }

      System.out.printf(
          "reads during %d commits: %d scans, %d cursors, %d failed%n",
          commits.get(), scans.get(), cursors.get(), failures.size());
      assertThat(failures).as("reads that failed").isEmpty();
      assertThat(commits.get()).as("commits during the reads").isGreaterThan(WRITES);
      assertThat(scans.get()).as("full scans run during the writes").isGreaterThan(2);
      assertThat(cursors.get()).as("cursors run during the writes").isGreaterThan(2);
    }
  }

  private static void fill(MongoCollection<Document> scanned, MongoCollection<Document> ledger) {
    List<Document> batch = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      batch.add(new Document("_id", i).append("payload", PAYLOAD + i));
      if (batch.size() == 500) {
        scanned.insertMany(batch);
        batch.clear();
      }
    }
    for (int i = 0; i < LEDGER; i++) {
      batch.add(new Document("_id", i).append("generation", 0).append("payload", PAYLOAD));
    }
    ledger.insertMany(batch);
  }

  /** Runs reads over and over until the writers are done; every failure is kept. */
  private record Reads(AtomicBoolean writing, CountDownLatch started, Queue<Throwable> failures) {

    Runnable until(Runnable read) {
      return () -> {
        started.countDown();
        do {
          try {
            read.run();
          } catch (Throwable failure) {
            failures.add(failure);
          }
        } while (writing.get() && failures.size() < 20);
      };
    }
  }
}
