package com.feedbackdesk.adapters.embeddedmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * The embedded server's H2 backend, made durable and fast.
 *
 * <p><b>Durability.</b> Out of the box the backend leaves writes in memory until MVStore's
 * background thread commits them about a second later, so a crash loses writes the client was
 * already told had succeeded. Here a write command is committed to the file, and (optionally)
 * forced to the disk, before its reply goes out, honouring the write concern as MongoDB does: a
 * client that explicitly asks for an unjournaled {@code w: 1} (or {@code w: 0}) gets the write
 * acknowledged once applied, and it becomes durable with the next commit, as a {@code w: 1} write
 * on MongoDB becomes durable with the next journal flush. Concurrent writers share commits: whoever
 * takes MVStore's store lock next writes everything changed so far.
 *
 * <p><b>Speed and size.</b> Documents and index keys are stored as BSON and keys are compared as
 * values (see {@link BsonDataTypes}).
 */
final class DurableH2Backend extends H2Backend {

  private static final Set<String> WRITE_COMMANDS =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "create",
          "createindexes",
          "drop",
          "dropdatabase",
          "dropindexes",
          "renamecollection");

  private final MVStore store;
  private final boolean forceToDisk;

  /**
   * @param forceToDisk whether each write is also forced to the disk (fsync), so that it survives a
   *     power loss and not only a crash of the process
   */
  DurableH2Backend(MVStore store, boolean forceToDisk) {
    super(store);
    this.store = store;
    this.forceToDisk = forceToDisk;
  }

  /**
   * Whether the client waits for the write to be durable: unless it explicitly asked for at most
   * one acknowledgement without journaling. (Without a write concern MongoDB applies its default,
   * majority, which is durable.)
   */
  static boolean wantsDurability(Document command) {
    if (!(command.get("writeConcern") instanceof Document concern)) {
      return true;
    }
    boolean journaled = Boolean.TRUE.equals(concern.get("j"));
    return journaled || !(concern.get("w") instanceof Number w && w.intValue() <= 1);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new BsonH2Database(databaseName);
  }

  /**
   * The H2 backend's database with its maps typed: documents and keys stored as BSON, keys compared
   * as values (see {@link BsonDataTypes}). The map names are the backend's own.
   *
   * <p>The store is taken from the backend with {@code getMvStore()}, never from a field of this
   * package: the backend's constructor opens the databases already in the file, and each database's
   * constructor its collections and indexes, through these overridden methods, before any field of
   * a subclass is set.
   */
  private final class BsonH2Database extends H2Database {

    BsonH2Database(String databaseName) {
      super(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      MVMap<KeyValue, Object> map =
          getMvStore()
              .openMap(
                  getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                  new MVMap.Builder<KeyValue, Object>()
                      .keyType(BsonDataTypes.KeyValueType.INSTANCE)
                      .valueType(BsonDataTypes.PositionType.INSTANCE));
      return new MapUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      String fullName = getFullCollectionNamespace(collectionName);
      MVMap<Object, byte[]> data =
          getMvStore()
              .openMap(
                  "databases." + fullName,
                  new MVMap.Builder<Object, byte[]>()
                      .keyType(BsonDataTypes.PositionType.INSTANCE)
                      .valueType(ByteArrayDataType.INSTANCE));
      MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
      return new BsonCollection(this, collectionName, options, data, meta, cursorRegistry);
    }
  }

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    Document response =
        whileVersionInUse(() -> super.handleCommand(channel, databaseName, command, query));
    if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT)) && wantsDurability(query)) {
      store.commit();
      if (forceToDisk) {
        store.sync();
      }
    }
    return response;
  }

  @Override
  public QueryResult handleQuery(MongoQuery query) {
    return whileVersionInUse(() -> super.handleQuery(query));
  }

  /**
   * Runs a command with the store's current version registered as in use, so that no chunk that
   * version can reach is freed until the command is done.
   *
   * <p>A command reads each map from the root it finds when it starts (a map's cursor keeps its
   * root however many commits follow), and mongo-java-server holds a collection's lock for the
   * whole of a query or write on it, and answers a query's every batch from the result it took. So
   * one command sees one version of a collection. But the pages of that version stay where they
   * were only while their chunks are kept: every commit, and the store's background writer moving
   * live pages out of sparse chunks, leaves chunks that the newest version no longer needs, and
   * with the retention time at 0 (see {@link EmbeddedMongoServer}) such a chunk was freed at once,
   * though a scan still walking an older root needed it ({@code Chunk N not found}). MVStore keeps
   * every chunk reachable from the oldest version in use; this registration is the same one H2's
   * own transactions make. A chunk is then freed as soon as the last command that could read it
   * ends.
   */
  private <T> T whileVersionInUse(Supplier<T> command) {
    MVStore.TxCounter inUse = store.registerVersionUsage();
    try {
      return command.get();
    } finally {
      store.deregisterVersionUsage(inUse);
    }
  }
}
