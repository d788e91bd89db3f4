package com.feedbackdesk.adapters.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

  @TempDir Path dataDirectory;
  @TempDir Path crashCopy;

  private static MongoCollection<Document> tickets(MongoClient client) {
    return client.getDatabase("db").getCollection("tickets");
  }

  /**
   * The data file, copied while the server runs, is what a crash would leave behind: it must hold
   * every write the server acknowledged. (Out of the box the H2 backend keeps about a second of
   * writes in memory only.)
   */
  @Test
  void everyAcknowledgedWriteIsInTheFileBeforeTheServerStops() throws Exception {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, true);
        MongoClient client = MongoClients.create(server.connectionString())) {
      for (int i = 0; i < 50; i++) {
        tickets(client).insertOne(new Document("_id", i));
      }
      tickets(client)
          .updateOne(new Document("_id", 49), new Document("$set", new Document("last", true)));
      Files.copy(server.dataFile(), crashCopy.resolve(EmbeddedMongoServer.DATA_FILE));
    }

    try (EmbeddedMongoServer afterCrash = EmbeddedMongoServer.start(crashCopy, true);
        MongoClient client = MongoClients.create(afterCrash.connectionString())) {
      assertThat(tickets(client).countDocuments()).isEqualTo(50);
      assertThat(tickets(client).find(new Document("_id", 49)).first()).containsEntry("last", true);
    }
  }

  @Test
  void anUnjournaledSingleAcknowledgementWriteBecomesDurableWithTheNextDurableWrite()
      throws Exception {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, true);
        MongoClient client = MongoClients.create(server.connectionString())) {
      tickets(client).withWriteConcern(WriteConcern.W1).insertOne(new Document("_id", "counter"));
      tickets(client).insertOne(new Document("_id", "claim"));
      Files.copy(server.dataFile(), crashCopy.resolve(EmbeddedMongoServer.DATA_FILE));
    }

    try (EmbeddedMongoServer afterCrash = EmbeddedMongoServer.start(crashCopy, true);
        MongoClient client = MongoClients.create(afterCrash.connectionString())) {
      assertThat(tickets(client).countDocuments()).isEqualTo(2);
    }
  }

  @Test
  void writesWaitForDurabilityUnlessTheClientAskedForAnUnjournaledSingleAcknowledgement() {
    assertThat(DurableH2Backend.wantsDurability(command(null))).isTrue();
    assertThat(
            DurableH2Backend.wantsDurability(
                command(new de.bwaldvogel.mongo.bson.Document("w", "majority"))))
        .isTrue();
    assertThat(
            DurableH2Backend.wantsDurability(
                command(new de.bwaldvogel.mongo.bson.Document("w", 2))))
        .isTrue();
    assertThat(
            DurableH2Backend.wantsDurability(
                command(new de.bwaldvogel.mongo.bson.Document("w", 1).append("j", true))))
        .isTrue();
    assertThat(
            DurableH2Backend.wantsDurability(
                command(new de.bwaldvogel.mongo.bson.Document("w", 1))))
        .isFalse();
    assertThat(
            DurableH2Backend.wantsDurability(
                command(new de.bwaldvogel.mongo.bson.Document("w", 0))))
        .isFalse();
  }

  private static de.bwaldvogel.mongo.bson.Document command(
      de.bwaldvogel.mongo.bson.Document writeConcern) {
    de.bwaldvogel.mongo.bson.Document command =
        new de.bwaldvogel.mongo.bson.Document("insert", "tickets");
    if (writeConcern != null) {
      command.put("writeConcern", writeConcern);
    }
    return command;
  }

  @Test
  void dataSurvivesAStopAndAStart() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, false);
        MongoClient client = MongoClients.create(server.connectionString())) {
      tickets(client).insertOne(new Document("_id", "FW20240520001"));
    }

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, false);
        MongoClient client = MongoClients.create(server.connectionString())) {
      assertThat(tickets(client).find(new Document("_id", "FW20240520001")).first()).isNotNull();
    }
  }

  @Test
  void aDataFileOfTheFirstFormatIsConvertedOnStartAndKeptAsABackup() throws Exception {
    Path dataFile = dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE);
    de.bwaldvogel.mongo.MongoServer firstFormat =
        new de.bwaldvogel.mongo.MongoServer(
            new de.bwaldvogel.mongo.backend.h2.H2Backend(dataFile.toString()));
    var address = firstFormat.bind();
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
      MongoCollection<Document> numbers = client.getDatabase("db").getCollection("ticket_numbers");
      numbers.createIndex(
          new Document("ticketId", 1), new com.mongodb.client.model.IndexOptions().unique(true));
      for (int i = 1; i <= 1500; i++) {
        numbers.insertOne(
            new Document("_id", String.format("FW20240520%03d", i))
                .append("ticketId", "t-" + i)
                .append(
                    "amount", new org.bson.types.Decimal128(new java.math.BigDecimal("39.90"))));
      }
    } finally {
      firstFormat.shutdownNow();
    }
    Files.writeString(
        dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE + ".converting"), "left over");
    assertThat(StoreFormat.version(dataFile)).isEqualTo(1);

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, true);
        MongoClient client = MongoClients.create(server.connectionString())) {
      MongoCollection<Document> numbers = client.getDatabase("db").getCollection("ticket_numbers");
      assertThat(numbers.countDocuments()).isEqualTo(1500);
      assertThat(numbers.find(new Document("ticketId", "t-1234")).first())
          .containsEntry("_id", "FW202405201234")
          .containsEntry(
              "amount", new org.bson.types.Decimal128(new java.math.BigDecimal("39.90")));
      assertThatThrownBy(
              () -> numbers.insertOne(new Document("_id", "X").append("ticketId", "t-7")))
          .as("unique indexes came across")
          .isInstanceOf(com.mongodb.MongoWriteException.class);
    }
    assertThat(StoreFormat.version(dataFile)).isEqualTo(StoreFormat.CURRENT);
    assertThat(dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE + ".format-1")).exists();
    assertThat(dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE + ".converting")).doesNotExist();
  }

  @Test
  void aDataDirectoryInUseIsRefusedWithAClearMessage() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, false)) {
      assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDirectory, false))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another instance");
    }
  }
}
