package com.feedbackdesk.adapters.out.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Small things every MongoDB adapter needs. */
public final class MongoCollections {

  /** The name MongoDB gives the index on {@code _id}. */
  public static final String ID_INDEX = "_id_";

  /** MongoDB's error code when a collection to be created exists already. */
  private static final int NAMESPACE_EXISTS = 48;

  private MongoCollections() {}

  /**
   * The collection, created up front if it does not exist yet. (The embedded server can create the
   * same collection twice when concurrent first writes race to create it, so adapters create theirs
   * when they start.)
   */
  public static MongoCollection<Document> ensure(MongoDatabase database, String name) {
    boolean exists = false;
    for (String existing : database.listCollectionNames()) {
      exists |= existing.equals(name);
    }
    if (!exists) {
      try {
        database.createCollection(name);
      } catch (MongoCommandException e) {
        if (e.getErrorCode() != NAMESPACE_EXISTS) {
          throw e;
        }
      }
    }
    return database.getCollection(name);
  }

  /**
   * Whether the write failed because a unique key was taken (reported as a write error by writes
   * and as a command error by find-and-modify).
   */
  public static boolean isDuplicateKey(MongoException e) {
    return ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
  }

  /**
   * Whether the write failed because a key of this unique index was taken. MongoDB and the embedded
   * server both name the index in the message: {@code E11000 duplicate key error collection: db.c
   * index: <name> dup key: {…}}.
   */
  public static boolean isDuplicateKeyOn(MongoException e, String indexName) {
    return isDuplicateKey(e)
        && String.valueOf(e.getMessage()).contains(" index: " + indexName + " dup key");
  }
}
