package com.feedbackdesk.adapters.out.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * What the benchmarks share: timing calls from several clients, medians, a clean heap before each
 * timed phase, and raw driver inserts to compare the engine with. Shared with the bootstrap
 * module's benchmarks through this module's test-jar.
 */
public final class BenchmarkRuns {

  private BenchmarkRuns() {}

  /** Runs {@code count} calls from {@code clients} threads; returns calls per second. */
  public static double run(
      int clients, int count, IntFunction<Callable<Integer>> call, int expected) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Integer>> calls = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        calls.add(call.apply(i));
      }
      long start = System.nanoTime();
      List<Future<Integer>> results = pool.invokeAll(calls);
      double seconds = (System.nanoTime() - start) / 1e9;
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
      return count / seconds;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Collects the garbage of the phase before, so that each phase is timed on its own. A catch-up
   * over a million events leaves the old generation full (3.6 of 4 GB, all of it garbage: a full
   * collection leaves 71 MB), mostly store pages that passed through the page cache; without this
   * the young pauses that follow (250-540 ms each, -Xlog:gc) land in the ticket loads timed next.
   */
  public static void collectGarbage() {
    System.gc();
  }

  /** The nearest-rank percentile of sorted values; NaN when there are none. */
  public static double percentile(double[] sorted, int percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Inserts, one document per call, the commit documents the engine would write for the events (the
   * first commit of a new aggregate), prepared beforehand: the driver's part only.
   *
   * @param events the events of the {@code i}-th commit, for a new aggregate id
   */
  public static double rawInserts(
      MongoCollection<Document> raw,
      AtomicLong positions,
      int clients,
      int count,
      Function<Integer, List<EventMessage<?>>> events,
      Serializer serializer)
      throws Exception {
    List<Document> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<EventMessage<?>> commit = events.apply(i);
      documents.add(
          EventStoreFixtures.commitDocument(
              positions.getAndAdd(commit.size()) + 1, commit, serializer));
    }
    return run(
        clients,
        count,
        i ->
            () -> {
              raw.insertOne(documents.get(i));
              return 0;
            },
        0);
  }
}
