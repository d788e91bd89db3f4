package com.feedbackdesk.adapters.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
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
        MongoClient client = MongoClientFactory.create(server.connectionString())) {
      for (int i = 0; i < 50; i++) {
        tickets(client).insertOne(new Document("_id", i));
      }
      tickets(client)
          .updateOne(new Document("_id", 49), new Document("$set", new Document("last", true)));
      Files.copy(server.dataFile(), crashCopy.resolve(EmbeddedMongoServer.DATA_FILE));
    }

    try (EmbeddedMongoServer afterCrash = EmbeddedMongoServer.start(crashCopy, true);
        MongoClient client = MongoClientFactory.create(afterCrash.connectionString())) {
      assertThat(tickets(client).countDocuments()).isEqualTo(50);
      assertThat(tickets(client).find(new Document("_id", 49)).first()).containsEntry("last", true);
    }
  }

  @Test
  void dataSurvivesAStopAndAStart() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, false);
        MongoClient client = MongoClientFactory.create(server.connectionString())) {
      tickets(client).insertOne(new Document("_id", "FW20240520001"));
    }

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, false);
        MongoClient client = MongoClientFactory.create(server.connectionString())) {
      assertThat(tickets(client).find(new Document("_id", "FW20240520001")).first()).isNotNull();
    }
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
