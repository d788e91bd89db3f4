package com.feedbackdesk.adapters.embeddedmongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) keeping its data in one H2 file
 * under a data directory, so the service runs with nothing installed. The real MongoDB driver talks
 * to it over a loopback socket, exactly as it would to a MongoDB server; see STACK.md for what it
 * can and cannot do (only unique indexes are real, no transactions, no change streams).
 *
 * <p>Start it before the Mongo client and close it after the client is closed.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

  /** The data file's name inside the data directory. */
  public static final String DATA_FILE = "feedbackdesk.mv.db";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

  private final MongoServer server;
  private final MVStore store;
  private final InetSocketAddress address;
  private final Path dataFile;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedMongoServer(
      MongoServer server, MVStore store, InetSocketAddress address, Path dataFile) {
    this.server = server;
    this.store = store;
    this.address = address;
    this.dataFile = dataFile;
  }

  /**
   * Opens (or creates) the data file in the directory and starts serving it on a free loopback
   * port.
   *
   * @param forceToDisk whether every write is forced to the disk before it is acknowledged
   * @throws IllegalStateException when another process has the data file open
   */
  public static EmbeddedMongoServer start(Path dataDirectory, boolean forceToDisk) {
    return start(dataDirectory, forceToDisk, DEFAULT_CACHE_SIZE_MB);
  }

  /** The store's page cache, in MB: MVStore's default. */
  static final int DEFAULT_CACHE_SIZE_MB = 16;

  static EmbeddedMongoServer start(Path dataDirectory, boolean forceToDisk, int cacheSizeMb) {
    Path dataFile = dataDirectory.toAbsolutePath().resolve(DATA_FILE);
    try {
      Files.createDirectories(dataFile.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
    }
    MVStore store;
    try {
      StoreFormat.upgrade(dataFile);
      store = new MVStore.Builder().fileName(dataFile.toString()).cacheSize(cacheSizeMb).open();
      StoreFormat.mark(store);
    } catch (MVStoreException e) {
      throw new IllegalStateException(
          "cannot open "
              + dataFile
              + " (is another instance of the service using this data directory?)",
          e);
    }
    if (forceToDisk) {
      // MVStore keeps superseded chunks for 45 s in case the OS has not flushed them yet; every
      // commit here is forced to the disk, so their space can be reused at once (otherwise the
      // file grows by every write of the last 45 s: hundreds of MB under load)
      store.setRetentionTime(0);
    }
    MongoServer server = new MongoServer(new DurableH2Backend(store, forceToDisk));
    InetSocketAddress address = server.bind();
    log.info(
        "embedded MongoDB server on {} with data in {} (writes forced to disk: {})",
        address,
        dataFile,
        forceToDisk);
    return new EmbeddedMongoServer(server, store, address, dataFile);
  }

  /** A connection string the MongoDB driver can use to reach this server. */
  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  public Path dataFile() {
    return dataFile;
  }

  /** The store under the server, for tests that drive its housekeeping. */
  MVStore store() {
    return store;
  }

  /**
   * Stops serving and closes the data file; everything acknowledged is already in it. Closing it
   * again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.shutdownNow();
    log.info("embedded MongoDB server stopped; data in {}", dataFile);
  }
}
