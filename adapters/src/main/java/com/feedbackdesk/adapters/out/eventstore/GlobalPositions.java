package com.feedbackdesk.adapters.out.eventstore;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out positions in the global event stream from one counter document: {@code {_id: "global",
 * last: 41}} means positions 1 to 41 have been handed out. Every instance draws from the same
 * counter, so positions follow the order in which commits asked for them.
 *
 * <p>The counter is read as it was before the increment: the embedded server returns a copy of
 * that, whereas its "after" document is the live one, which a concurrent increment can change
 * before the reply is written (see docs/adr/0006).
 *
 * <p>Increments are written with {@code w: 1}: the commit that uses the positions follows with a
 * majority write, and a majority-committed write implies every earlier write is (on a replica set
 * the oplog is ordered; in the embedded store a commit persists everything before it). If that
 * commit never happens, losing the increment loses nothing.
 */
final class GlobalPositions {

  static final String COLLECTION = "event_positions";
  private static final String ID = "global";
  private static final String LAST = "last";

  private final MongoCollection<Document> counter;

  GlobalPositions(MongoDatabase database) {
    this.counter = MongoCollections.ensure(database, COLLECTION).withWriteConcern(WriteConcern.W1);
    try {
      counter.updateOne(
          Filters.eq("_id", ID), Updates.setOnInsert(LAST, 0L), new UpdateOptions().upsert(true));
    } catch (MongoException e) {
      if (!MongoCollections.isDuplicateKey(e)) {
        throw e; // another instance created it at the same moment: fine
      }
    }
  }

  /** Reserves {@code count} consecutive positions and returns the first. */
  long allocate(int count) {
    Document before =
        counter.findOneAndUpdate(
            Filters.eq("_id", ID),
            Updates.inc(LAST, (long) count),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return (before == null ? 0 : before.getLong(LAST)) + 1;
  }

  /** The highest position handed out so far (0 when none). */
  long head() {
    Document current = counter.find(Filters.eq("_id", ID)).first();
    return current == null ? 0 : current.getLong(LAST);
  }

  /** Makes sure the positions up to {@code position} count as handed out. */
  void advanceTo(long position) {
    counter.updateOne(
        Filters.eq("_id", ID), Updates.max(LAST, position), new UpdateOptions().upsert(true));
  }
}
