package com.feedbackdesk.adapters.out.mongo.generation;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * A read model's collection: either the generation of it that is active now (looked up in {@code
 * read_model_generations}, so that a rebuilt generation takes over on every instance within {@link
 * ReadModelGenerations#FRESHNESS}), or one fixed collection (a generation being rebuilt). The read
 * model's indexes are made on each collection the first time it is used.
 */
public final class ReadModelCollection {

  private final MongoDatabase database;
  private final Supplier<String> name;
  private final Consumer<MongoCollection<Document>> indexes;
  private final Set<String> indexed = ConcurrentHashMap.newKeySet();

  ReadModelCollection(
      MongoDatabase database, Supplier<String> name, Consumer<MongoCollection<Document>> indexes) {
    this.database = database;
    this.name = name;
    this.indexes = indexes;
  }

  /** The collection to read and write now. */
  public MongoCollection<Document> get() {
    String current = name.get();
    if (!indexed.contains(current)) {
      index(current);
    }
    return database.getCollection(current);
  }

  /** Makes the collection and its indexes, once; a failure is tried again on the next use. */
  private synchronized void index(String collection) {
    if (!indexed.contains(collection)) {
      indexes.accept(MongoCollections.ensure(database, collection));
      indexed.add(collection);
    }
  }
}
