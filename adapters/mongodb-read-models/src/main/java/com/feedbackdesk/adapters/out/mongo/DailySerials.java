package com.feedbackdesk.adapters.out.mongo;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.LongFunction;
import org.bson.Document;

/**
 * Numbers made of a day and a daily serial (ticket numbers, application numbers): a per-day counter
 * in one collection, each number claimed in another by a document whose id is the number and which
 * names its owner.
 *
 * <p>The claim is what makes numbers unique: its id is a unique key, on a real MongoDB and on the
 * embedded server alike, so two callers can never hold the same number, whatever happens to the
 * counter (restored from a backup, edited by hand). The counter only makes the next free number
 * cheap to find; a claim that collides moves on to the next serial. Claims are never deleted, so
 * numbers are never reused.
 *
 * <p>The counter is read as it was before the increment ({@code ReturnDocument.BEFORE}): the
 * embedded server's find-and-modify hands back its live document after the update, which a
 * concurrent update can change before the reply is written, so "after" values can repeat under
 * concurrency there, while "before" values are copies.
 */
public final class DailySerials {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final MongoCollection<Document> counters;
  private final MongoCollection<Document> claims;
  private final String ownerField;

  /**
   * @param ownerField the field of a claim that names the number's owner
   */
  public DailySerials(
      MongoDatabase database, String countersName, String claimsName, String ownerField) {
    // the claim that follows is written with the default (majority) concern and makes the
    // increment durable with it; an increment whose claim never happens may as well be lost
    this.counters =
        MongoCollections.ensure(database, countersName).withWriteConcern(WriteConcern.W1);
    this.claims = MongoCollections.ensure(database, claimsName);
    this.ownerField = ownerField;
  }

  /** The next free number of the day, claimed for the owner. */
  public <N> N allocate(LocalDate day, LongFunction<N> numberOf, String owner) {
    return MongoFailures.translated(
        () -> {
          while (true) {
            N candidate = numberOf.apply(nextSerial(day));
            try {
              claims.insertOne(new Document("_id", candidate.toString()).append(ownerField, owner));
              return candidate;
            } catch (MongoWriteException e) {
              if (!MongoCollections.isDuplicateKey(e)) {
                throw e;
              }
            }
          }
        });
  }

  private long nextSerial(LocalDate day) {
    String id = DAY.format(day);
    while (true) {
      try {
        Document before =
            counters.findOneAndUpdate(
                new Document("_id", id),
                Updates.inc("last", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 1 : before.getLong("last") + 1;
      } catch (MongoException e) {
        // two first-of-the-day upserts raced to insert the counter; the loser increments it
        if (!MongoCollections.isDuplicateKey(e)) {
          throw e;
        }
      }
    }
  }

  /** The owner a number was claimed for. */
  public Optional<String> ownerOf(String number) {
    return MongoFailures.translated(
        () ->
            Optional.ofNullable(claims.find(new Document("_id", number)).first())
                .map(claim -> claim.getString(ownerField)));
  }
}
