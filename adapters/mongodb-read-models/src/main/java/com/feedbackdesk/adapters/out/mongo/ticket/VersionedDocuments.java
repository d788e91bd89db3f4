package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Idempotent, order-tolerant writes of read-model documents that carry the {@code version} of the
 * last event folded into them: a document replaces the stored one only if it is newer.
 */
public final class VersionedDocuments {

  private VersionedDocuments() {}

  /**
   * Stores the document unless a document with the same id and the same or a higher version is
   * stored already. When the stored one is newer the filter matches nothing, the upsert tries to
   * insert a second document with the same id, and the unique id refuses it: nothing changes. Any
   * other unique key taken (another ticket's number, say) is an error and is thrown.
   */
  public static void saveIfNewer(MongoCollection<Document> collection, Document document) {
    try {
      collection.replaceOne(
          Filters.and(
              Filters.eq("_id", document.get("_id")),
              Filters.lt("version", document.getLong("version"))),
          document,
          new ReplaceOptions().upsert(true));
    } catch (MongoWriteException e) {
      if (!MongoCollections.isDuplicateKeyOn(e, MongoCollections.ID_INDEX)) {
        throw e;
      }
    }
  }
}
