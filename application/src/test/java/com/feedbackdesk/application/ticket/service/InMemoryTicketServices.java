package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.classificationPolicy;
import static com.feedbackdesk.domain.ticket.TicketTestData.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketHistory;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketNumbers;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketQueue;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketViews;
import com.feedbackdesk.application.ticket.view.ResolutionTargets;
import com.feedbackdesk.domain.ticket.ClassificationPolicy;
import com.feedbackdesk.domain.ticket.DepartmentRouting;
import com.feedbackdesk.domain.ticket.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The ticket use cases as the service wires them, on Axon's in-memory event store and the in-memory
 * ports, with the clock fixed: for the tests of the services.
 */
final class InMemoryTicketServices implements AutoCloseable {

  static final Pseudonyms PSEUDONYMS =
      new Pseudonyms("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8));

  final Configuration axon;
  final TicketCommandService commands;
  final TicketQueryService queries;
  final InMemoryTicketViews views = new InMemoryTicketViews();
  final InMemoryTicketQueue queue = new InMemoryTicketQueue();

  InMemoryTicketServices(Instant now) {
    axon =
        DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .configureAggregate(Ticket.class)
            .registerComponent(ClassificationPolicy.class, c -> classificationPolicy())
            .registerComponent(DepartmentRouting.class, c -> routing())
            .buildConfiguration();
    axon.start();
    Serializer serializer =
        JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();
    TicketEventDataPort eventData = event -> serializer.serialize(event, String.class).getData();
    InMemoryTicketNumbers numbers = new InMemoryTicketNumbers();
    CurrentTicketReader reader =
        new CurrentTicketReader(
            numbers,
            views,
            new InMemoryTicketHistory(),
            axon.eventStore(),
            eventData,
            ResolutionTargets.defaults());
    commands =
        new TicketCommandService(
            axon.commandGateway(),
            numbers,
            reader,
            Clock.fixed(now, ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"),
            PSEUDONYMS);
    queries = new TicketQueryService(reader, queue, PSEUDONYMS);
  }

  @Override
  public void close() {
    axon.shutdown();
  }
}
