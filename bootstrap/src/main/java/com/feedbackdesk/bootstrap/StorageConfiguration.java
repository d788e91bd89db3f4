package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketHistory;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketNumbers;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketQueue;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketViews;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MongoDB: the external one named by {@code feedbackdesk.mongodb.uri}, or else the embedded server
 * on {@code feedbackdesk.embedded.data-dir}. The connection is closed after everything that uses it
 * (Spring destroys dependants first, and Axon's processors stop before any bean is destroyed).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

  @Bean(destroyMethod = "close")
  MongoConnection mongoConnection(FeedbackDeskProperties properties) {
    return MongoConnection.open(
        properties.mongodb().uri(),
        properties.mongodb().database(),
        properties.embedded().dataDir(),
        properties.embedded().forceWritesToDisk());
  }

  @Bean
  MongoDatabase mongoDatabase(MongoConnection connection) {
    return connection.database();
  }

  /**
   * Which generation of each read model answers; one for all, so that a take-over is seen at once.
   */
  @Bean
  ReadModelGenerations readModelGenerations(MongoDatabase database) {
    return new ReadModelGenerations(database);
  }

  @Bean
  MongoTicketNumbers ticketNumbers(MongoDatabase database) {
    return new MongoTicketNumbers(database);
  }

  @Bean
  MongoTicketViews ticketViews(ReadModelGenerations generations) {
    return new MongoTicketViews(
        generations.live(MongoTicketViews.COLLECTION, MongoTicketViews::indexes));
  }

  @Bean
  MongoTicketQueue ticketQueue(ReadModelGenerations generations) {
    return new MongoTicketQueue(
        generations.live(MongoTicketQueue.COLLECTION, MongoTicketQueue::indexes));
  }

  @Bean
  MongoTicketHistory ticketHistory(ReadModelGenerations generations) {
    return new MongoTicketHistory(
        generations.live(MongoTicketHistory.COLLECTION, MongoTicketHistory::indexes));
  }
}
