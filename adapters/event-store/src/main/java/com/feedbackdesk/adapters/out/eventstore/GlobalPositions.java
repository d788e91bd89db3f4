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
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Hands out positions in the global event stream from one counter document: {@code {_id: "global",
 * last: 41, at: ISODate(…)}} means positions 1 to 41 have been handed out, the last of them at
 * {@code at} by the database server's clock. Every instance draws from the same counter, so
 * positions follow the order in which commits asked for them, and every allocation time comes from
 * one clock: readers judge how long a gap has been in flight by these times alone, never by an
 * instance's clock (see {@link Allocation}).
 *
 * <p>The counter is read as it was before the increment: the embedded server returns a copy of
 * that, whereas its "after" document is the live one, which a concurrent increment can change
 * before the reply is written (see docs/adr/0006).
 *
 * <p>Increments are written with {@code w: 1}: the commit that uses the positions follows with a
 * majority write, and a majority-committed write implies every earlier write is (on a replica set
 * the oplog is ordered; in the embedded store a commit persists everything before it). So a stored
 * commit's increment is never lost, and no later allocation can hand out a position below it. An
 * increment lost in a fail-over before its commit was stored loses nothing: its commit fails, or
 * meets the position taken and allocates again.
 */
final class GlobalPositions {

  static final String COLLECTION = "event_positions";
  private static final String ID = "global";
  private static final String LAST = "last";
  private static final String AT = "at";

  /**
   * Positions handed out: the first of them, and when the allocation before them happened. Every
   * position below {@code first} had been handed out by {@code earlierBy}, so a gap below {@code
   * first} has been in flight at least since then.
   */
  record Allocation(long first, Instant earlierBy) {}

  /** The highest position handed out (0 when none) and when it was, by the server's clock. */
  record Head(long last, Instant at) {}

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

  /** Reserves {@code count} consecutive positions. */
  Allocation allocate(int count) {
    Document before =
        counter.findOneAndUpdate(
            Filters.eq("_id", ID),
            Updates.combine(Updates.inc(LAST, (long) count), Updates.currentDate(AT)),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return before == null
        ? new Allocation(1, Instant.EPOCH)
        : new Allocation(before.getLong(LAST) + 1, at(before));
  }

  /** The highest position handed out so far and when. */
  Head head() {
    Document current = counter.find(Filters.eq("_id", ID)).first();
    return current == null
        ? new Head(0, Instant.EPOCH)
        : new Head(current.getLong(LAST), at(current));
  }

  /** Makes sure the positions up to {@code position} count as handed out. */
  void advanceTo(long position) {
    counter.updateOne(
        Filters.eq("_id", ID),
        Updates.combine(Updates.max(LAST, position), Updates.currentDate(AT)),
        new UpdateOptions().upsert(true));
  }

  /** When the counter last moved; the epoch for a counter no allocation has timed yet. */
  private static Instant at(Document counter) {
    Date at = counter.getDate(AT);
    return at == null ? Instant.EPOCH : at.toInstant();
  }
}
