package com.feedbackdesk.adapters.embeddedmongo;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout of the embedded server's data file, and the conversion of older files.
 *
 * <ul>
 *   <li>Format 1: mongo-java-server's H2 backend as shipped, documents and keys Java-serialized.
 *       Written by the first releases of this service.
 *   <li>Format 2: documents and keys in BSON ({@link BsonDataTypes}); marked by a map {@value
 *       #MARKER} in the file.
 * </ul>
 *
 * A format-1 file is converted on start-up through the wire protocol: it is served by the stock
 * backend, a new file by the current one, every database, collection, unique index and document (as
 * raw BSON, so nothing about a value changes) is copied across, and only then is the new file moved
 * into place. The old file is kept beside it as {@code feedbackdesk.mv.db.format-1}. A conversion
 * cut short leaves the old file untouched and starts over on the next start-up.
 */
final class StoreFormat {

  static final int CURRENT = 2;
  static final String MARKER = "feedbackdesk.format";
  private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");
  private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);

  private StoreFormat() {}

  /** Marks a store as being in the current format. */
  static void mark(MVStore store) {
    MVMap<String, Integer> marker = store.openMap(MARKER);
    marker.put("version", CURRENT);
  }

  /** Converts the data file to the current format if it is an older one. */
  static void upgrade(Path dataFile) {
    if (!Files.exists(dataFile) || version(dataFile) == CURRENT) {
      return;
    }
    Path converting = dataFile.resolveSibling(dataFile.getFileName() + ".converting");
    Path backup = dataFile.resolveSibling(dataFile.getFileName() + ".format-1");
    try {
      Files.deleteIfExists(converting);
      log.info(
          "converting {} from format 1 to format {}; the old file stays as {}",
          dataFile,
          CURRENT,
          backup);
      long documents = copy(dataFile, converting);
      Files.move(dataFile, backup, StandardCopyOption.REPLACE_EXISTING);
      Files.move(converting, dataFile, StandardCopyOption.ATOMIC_MOVE);
      log.info("converted {} documents of {} to format {}", documents, dataFile, CURRENT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot convert " + dataFile, e);
    }
  }

  /** The format of the file: 2 when marked, 1 when it holds data but no mark, else current. */
  static int version(Path dataFile) {
    MVStore store = new MVStore.Builder().fileName(dataFile.toString()).readOnly().open();
    try {
      if (store.hasMap(MARKER)) {
        return store.<String, Integer>openMap(MARKER).getOrDefault("version", CURRENT);
      }
      boolean holdsData =
          store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
      return holdsData ? 1 : CURRENT;
    } finally {
      store.close();
    }
  }

  private static long copy(Path from, Path to) {
    MongoServer source = new MongoServer(new H2Backend(from.toString()));
    MVStore targetStore = new MVStore.Builder().fileName(to.toString()).open();
    MongoServer target = new MongoServer(new DurableH2Backend(targetStore, false));
    try (MongoClient reader = MongoClients.create(connectionString(source));
        MongoClient writer = MongoClients.create(connectionString(target))) {
      long documents = 0;
      for (String name : reader.listDatabaseNames()) {
        if (!SYSTEM_DATABASES.contains(name)) {
          documents += copyDatabase(reader.getDatabase(name), writer.getDatabase(name));
        }
      }
      mark(targetStore);
      targetStore.commit();
      targetStore.sync();
      return documents;
    } finally {
      source.shutdownNow();
      target.shutdownNow();
    }
  }

  private static long copyDatabase(MongoDatabase source, MongoDatabase target) {
    long documents = 0;
    for (String name : source.listCollectionNames()) {
      if (name.startsWith("system.")) {
        continue;
      }
      try {
        target.createCollection(name);
      } catch (MongoCommandException e) {
        // created already
      }
      MongoCollection<RawBsonDocument> from = source.getCollection(name, RawBsonDocument.class);
      MongoCollection<RawBsonDocument> to = target.getCollection(name, RawBsonDocument.class);
      for (Document index : source.getCollection(name).listIndexes()) {
        if (!"_id_".equals(index.getString("name"))) {
          to.createIndex(
              index.get("key", Document.class),
              new IndexOptions()
                  .name(index.getString("name"))
                  .unique(index.getBoolean("unique", false))
                  .sparse(index.getBoolean("sparse", false)));
        }
      }
      List<RawBsonDocument> batch = new ArrayList<>(1000);
      for (RawBsonDocument document : from.find()) {
        batch.add(document);
        if (batch.size() == 1000) {
          to.insertMany(batch);
          documents += batch.size();
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        to.insertMany(batch);
        documents += batch.size();
      }
    }
    return documents;
  }

  private static String connectionString(MongoServer server) {
    var address = server.bind();
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }
}
