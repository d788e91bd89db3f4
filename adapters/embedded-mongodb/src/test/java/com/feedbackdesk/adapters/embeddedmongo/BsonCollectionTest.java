package com.feedbackdesk.adapters.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries on an {@code _id} range walk the collection's order, queries with an indexed equality
 * look their candidates up in the index, and both answer as MongoDB would.
 */
class BsonCollectionTest {

  @TempDir Path dataDirectory;
  private EmbeddedMongoServer server;
  private MongoClient client;
  private MongoCollection<Document> collection;

  @BeforeEach
  void fill() {
    server = EmbeddedMongoServer.start(dataDirectory, false);
    client = MongoClients.create(server.connectionString());
    collection = client.getDatabase("db").getCollection("c");
    for (long id = 100; id >= 1; id--) { // inserted out of order on purpose
      collection.insertOne(new Document("_id", id).append("even", id % 2 == 0));
    }
    collection.insertOne(new Document("_id", "FW20240520001"));
    collection.insertOne(new Document("_id", 50.5));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private List<Object> ids(Bson filter) {
    List<Object> ids = new ArrayList<>();
    collection.find(filter).forEach(document -> ids.add(document.get("_id")));
    return ids;
  }

  @Test
  void closedAndOpenBoundsComeBackInOrder() {
    assertThat(ids(Filters.and(Filters.gte("_id", 10L), Filters.lte("_id", 13L))))
        .containsExactly(10L, 11L, 12L, 13L);
    assertThat(ids(Filters.and(Filters.gt("_id", 10L), Filters.lt("_id", 13L))))
        .containsExactly(11L, 12L);
    assertThat(ids(Filters.and(Filters.gt("_id", 50L), Filters.lt("_id", 52L))))
        .containsExactly(50.5, 51L);
  }

  @Test
  void oneSidedRangesKeepToTheirTypeAsInMongoDb() {
    assertThat(ids(Filters.gte("_id", 98L))).containsExactly(98L, 99L, 100L);
    assertThat(ids(Filters.lt("_id", 3L))).containsExactly(1L, 2L);
    assertThat(ids(Filters.gte("_id", "FW"))).containsExactly("FW20240520001");
  }

  @Test
  void aRangeWithLimitOrAscendingSortIsServedAndOtherShapesStillAnswerCorrectly() {
    assertThat(
            collection
                .find(Filters.gt("_id", 40L))
                .sort(Sorts.ascending("_id"))
                .limit(2)
                .map(d -> d.get("_id"))
                .into(new ArrayList<>()))
        .containsExactly(41L, 42L);
    assertThat(
            collection
                .find(Filters.and(Filters.gte("_id", 10L), Filters.lte("_id", 12L)))
                .sort(Sorts.descending("_id"))
                .map(d -> d.get("_id"))
                .into(new ArrayList<>()))
        .containsExactly(12L, 11L, 10L);
    assertThat(
            ids(
                Filters.and(
                    Filters.gte("_id", 10L), Filters.lte("_id", 14L), Filters.eq("even", true))))
        .containsExactly(10L, 12L, 14L);
    assertThat(ids(Filters.and(Filters.gte("_id", 200L)))).isEmpty();
  }

  @Test
  void rangeQueriesInTheShapesTheDriverWritesTakeTheOrderedPathAndNothingElseDoes() {
    var gte = new de.bwaldvogel.mongo.bson.Document("$gte", 1L);
    var lte = new de.bwaldvogel.mongo.bson.Document("$lte", 9L);
    var ascending = new de.bwaldvogel.mongo.bson.Document("_id", 1);

    assertThat(
            BsonCollection.IdRange.of(
                doc("_id", new de.bwaldvogel.mongo.bson.Document("$gte", 1L).append("$lte", 9L)),
                null))
        .isEqualTo(new BsonCollection.IdRange(1L, true, 9L, true));
    assertThat(
            BsonCollection.IdRange.of(
                doc("$and", List.of(doc("_id", gte), doc("_id", lte))), ascending))
        .isEqualTo(new BsonCollection.IdRange(1L, true, 9L, true));
    assertThat(
            BsonCollection.IdRange.of(
                doc("_id", gte), new de.bwaldvogel.mongo.bson.Document("_id", -1)))
        .isNull();
    assertThat(BsonCollection.IdRange.of(doc("_id", 5L), null)).isNull();
    assertThat(
            BsonCollection.IdRange.of(
                doc("$and", List.of(doc("_id", gte), doc("even", true))), null))
        .isNull();
    assertThat(
            BsonCollection.IdRange.of(
                doc("_id", new de.bwaldvogel.mongo.bson.Document("$in", List.of(1L))), null))
        .isNull();
  }

  @Test
  void aRangeBoundFindsAStoredIdOfAnotherNumericType() {
    collection.insertOne(new Document("_id", 300)); // an int
    collection.insertOne(new Document("_id", 400.0)); // a double
    assertThat(ids(Filters.gte("_id", 300L))).containsExactly(300, 400.0);
    assertThat(ids(Filters.and(Filters.gte("_id", 400L), Filters.lte("_id", 400L))))
        .containsExactly(400.0);
    assertThat(ids(Filters.and(Filters.gt("_id", 300L), Filters.lte("_id", 400L))))
        .containsExactly(400.0);
  }

  @Test
  void anIdLookupWithFurtherConditionsMatchesTheWholeQuery() {
    assertThat(ids(Filters.and(Filters.eq("_id", 10L), Filters.eq("even", true))))
        .containsExactly(10L);
    assertThat(ids(Filters.and(Filters.eq("_id", 11L), Filters.eq("even", true)))).isEmpty();
    assertThat(ids(new Document("_id", 12L).append("even", new Document("$ne", false))))
        .containsExactly(12L);
    assertThat(
            ids(
                Filters.and(
                    Filters.in("_id", 10L, 11L, 12L, 999L),
                    Filters.or(Filters.eq("even", false), Filters.eq("_id", 12L)))))
        .containsExactlyInAnyOrder(11L, 12L);

    var conditional =
        collection.updateOne(
            Filters.and(Filters.eq("_id", 10L), Filters.eq("even", false)),
            new Document("$set", new Document("seen", true)));
    assertThat(conditional.getMatchedCount()).isZero();
    conditional =
        collection.updateOne(
            Filters.and(Filters.eq("_id", 10L), Filters.eq("even", true)),
            new Document("$set", new Document("seen", true)));
    assertThat(conditional.getMatchedCount()).isOne();
    assertThat(ids(Filters.eq("seen", true))).containsExactly(10L);
  }

  @Test
  void otherUniqueIndexesServeLookupsWithFurtherConditionsAndNameEachDocumentOnce() {
    MongoCollection<Document> commits = client.getDatabase("db").getCollection("commits");
    commits.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true));
    commits.createIndex(
        Indexes.ascending("stream", "first"), new IndexOptions().unique(true).name("stream_first"));
    commits.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
    commits.insertOne(
        new Document("_id", 1L)
            .append("positions", List.of(1L, 2L))
            .append("stream", "a")
            .append("first", 0L)
            .append("code", "X"));
    commits.insertOne(
        new Document("_id", 3L)
            .append("positions", List.of(3L))
            .append("stream", "a")
            .append("first", 2L));
    commits.insertOne(
        new Document("_id", 4L)
            .append("positions", List.of(4L, 5L))
            .append("stream", "b")
            .append("first", 0L));

    assertThat(idsIn(commits, Filters.in("positions", 1L, 2L, 5L))).containsExactly(1L, 4L);
    assertThat(
            idsIn(
                commits,
                Filters.and(Filters.in("positions", 1L, 2L, 3L), Filters.eq("stream", "a"))))
        .containsExactly(1L, 3L);
    assertThat(
            idsIn(
                commits,
                Filters.and(
                    Filters.eq("stream", "a"),
                    Filters.eq("first", 2L),
                    Filters.or(Filters.eq("_id", 3L), Filters.eq("_id", 9L)))))
        .containsExactly(3L);
    assertThat(idsIn(commits, Filters.and(Filters.eq("code", null), Filters.eq("stream", "a"))))
        .containsExactly(3L); // a sparse index knows nothing of documents without the field
    assertThat(idsIn(commits, Filters.and(Filters.eq("code", "X"), Filters.eq("stream", "b"))))
        .isEmpty();
  }

  @Test
  void onlyPlainEqualitiesAndInListsAreLookedUp() {
    var in = new de.bwaldvogel.mongo.bson.Document("$in", List.of(1L, 2L));
    var query =
        doc("_id", 7L)
            .append("positions", in)
            .append("version", new de.bwaldvogel.mongo.bson.Document("$lt", 3L))
            .append("name", null)
            .append("tags", List.of("a"))
            .append("$or", List.of(doc("x", 1L)))
            .append(
                "$and",
                List.of(
                    doc("stream", "a"),
                    doc("first", new de.bwaldvogel.mongo.bson.Document("$eq", 2L))));

    assertThat(BsonCollection.IndexableConditions.of(query))
        .containsOnly(
            Map.entry("_id", 7L),
            Map.entry("positions", in),
            Map.entry("stream", "a"),
            Map.entry("first", 2L));
  }

  private static List<Object> idsIn(MongoCollection<Document> collection, Bson filter) {
    return collection.find(filter).map(document -> document.get("_id")).into(new ArrayList<>());
  }

  private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
    return new de.bwaldvogel.mongo.bson.Document(key, value);
  }
}
