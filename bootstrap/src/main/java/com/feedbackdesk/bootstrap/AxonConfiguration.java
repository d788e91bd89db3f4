package com.feedbackdesk.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.feedbackdesk.adapters.out.eventstore.AxonMongoMigration;
import com.feedbackdesk.adapters.out.eventstore.MongoCommitEventStorageEngine;
import com.feedbackdesk.adapters.out.eventstore.TrackingTokens;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.domain.ticket.Ticket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon: the Ticket aggregate with snapshots, the event store on MongoDB (see docs/adr/0011), tokens
 * in MongoDB, JSON serialization, and projections that stop and retry on a failure instead of
 * skipping the event.
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

  /**
   * The event store's engine. Events written by the previous engine (axon-mongo) are migrated
   * first, before anything can append.
   */
  @Bean
  EventStorageEngine eventStorageEngine(
      MongoConnection connection,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Serializer serializer,
      List<EventUpcaster> upcasters,
      FeedbackDeskProperties properties) {
    new AxonMongoMigration(connection.database(), serializer).migrate();
    FeedbackDeskProperties.EventStore settings = properties.eventStore();
    return MongoCommitEventStorageEngine.builder()
        .database(connection.database())
        .eventSerializer(eventSerializer)
        .snapshotSerializer(EventJson.snapshotSerializer())
        .snapshotFilter(
            RevisionSnapshotFilter.builder()
                .type(Ticket.class)
                .revision(Ticket.class.getAnnotation(Revision.class).value())
                .build())
        .upcasterChain(new EventUpcasterChain(upcasters))
        .batchSize(settings.batchSize())
        .gapTimeout(settings.gapTimeout())
        .build();
  }

  /** A ticket history entry's data: the event as the event serializer writes it to the store. */
  @Bean
  TicketEventDataPort ticketEventData(@Qualifier("eventSerializer") Serializer eventSerializer) {
    return event -> eventSerializer.serialize(event, String.class).getData();
  }

  @Bean
  TokenStore tokenStore(MongoConnection connection, Serializer serializer) {
    return TrackingTokens.store(connection.database(), serializer);
  }

  /** Snapshots are taken on their own thread, so that a command never waits for one. */
  @Bean(destroyMethod = "shutdown")
  ExecutorService snapshotExecutor() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "ticket-snapshotter");
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Takes snapshots of tickets. Spring's own snapshotter only finds aggregates registered as Spring
   * beans, which the Ticket deliberately is not (see {@link #ticketAggregate}); this one is handed
   * the aggregate's factory, and Axon's parameter resolution so that the aggregate's handlers (some
   * of which take policies) can be inspected.
   */
  @Bean
  Snapshotter snapshotter(
      EventStore eventStore,
      ParameterResolverFactory parameterResolverFactory,
      ExecutorService snapshotExecutor) {
    return AggregateSnapshotter.builder()
        .eventStore(eventStore)
        .aggregateFactories(
            new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(
                    Ticket.class, parameterResolverFactory)))
        .parameterResolverFactory(parameterResolverFactory)
        .executor(snapshotExecutor)
        .build();
  }

  /**
   * Registers the aggregate through Axon's configurer rather than with Spring's {@code @Aggregate}
   * (a Spring stereotype), which keeps the domain module free of Spring; see docs/adr/0003. A
   * ticket is snapshotted after every {@code feedbackdesk.event-store.snapshot-threshold} events
   * loaded, so a long-lived one loads from its latest snapshot and the few events after it.
   */
  @Bean
  ConfigurerModule ticketAggregate(FeedbackDeskProperties properties) {
    int threshold = properties.eventStore().snapshotThreshold();
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(Ticket.class)
                .configureSnapshotTrigger(
                    c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), threshold)));
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
