package com.feedbackdesk.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.feedbackdesk.adapters.out.eventstore.AxonMongoEventStorage;
import com.feedbackdesk.adapters.out.eventstore.EventJson;
import com.feedbackdesk.adapters.out.mongo.MongoConnection;
import com.feedbackdesk.domain.ticket.Ticket;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon: the Ticket aggregate, event storage and tokens in MongoDB, JSON serialization, and
 * projections that stop and retry on a failure instead of skipping the event.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

  /**
   * The Jackson 2 mapper Axon's JacksonSerializer uses ({@code axon.serializer.*: jackson}); the
   * bean name is the one Axon looks for.
   */
  @Bean
  ObjectMapper defaultAxonObjectMapper() {
    return EventJson.objectMapper();
  }

  @Bean
  AxonMongoEventStorage axonMongoEventStorage(MongoConnection connection) {
    return new AxonMongoEventStorage(connection.client(), connection.database().getName());
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      AxonMongoEventStorage storage, @Qualifier("eventSerializer") Serializer eventSerializer) {
    return storage.storageEngine(eventSerializer);
  }

  @Bean
  TokenStore tokenStore(AxonMongoEventStorage storage, Serializer serializer) {
    return storage.tokenStore(serializer);
  }

  /**
   * Registers the aggregate through Axon's configurer rather than with Spring's {@code @Aggregate}
   * (a Spring stereotype), which keeps the domain module free of Spring; see docs/adr/0003.
   */
  @Bean
  ConfigurerModule ticketAggregate() {
    return configurer -> configurer.configureAggregate(Ticket.class);
  }

  /**
   * A projection that fails on an event must not skip it and fold on: the processor stops the
   * segment and retries with back-off, and the failure is logged, until the cause is fixed.
   */
  @Bean
  ConfigurerModule projectionsStopOnFailure() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
  }
}
