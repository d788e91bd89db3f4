package com.feedbackdesk.bootstrap;

import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.attachment.port.in.AttachmentsUseCase;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.port.out.TicketHistoryPort;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.port.out.TicketQueuePort;
import com.feedbackdesk.application.ticket.port.out.TicketViewPort;
import com.feedbackdesk.application.ticket.projection.TicketHistoryProjection;
import com.feedbackdesk.application.ticket.projection.TicketQueueProjection;
import com.feedbackdesk.application.ticket.projection.TicketViewProjection;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.application.ticket.service.EventCatalogueService;
import com.feedbackdesk.application.ticket.service.EventExportService;
import com.feedbackdesk.application.ticket.service.TicketCommandService;
import com.feedbackdesk.application.ticket.service.TicketQueryService;
import com.feedbackdesk.domain.ticket.ClassificationPolicy;
import com.feedbackdesk.domain.ticket.DepartmentRouting;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ticket use cases, projections and policies. The policies are beans so that Axon can hand them
 * to the aggregate's command handlers as parameters.
 */
@Configuration(proxyBeanMethods = false)
class TicketConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ClassificationPolicy classificationPolicy(FeedbackDeskProperties properties) {
    return properties.classification().toPolicy();
  }

  @Bean
  DepartmentRouting departmentRouting(FeedbackDeskProperties properties) {
    return properties.routing().toPolicy();
  }

  @Bean
  CurrentTicketReader currentTicketReader(
      TicketNumberPort numbers,
      TicketViewPort views,
      TicketHistoryPort histories,
      EventStore eventStore,
      TicketEventDataPort eventData) {
    return new CurrentTicketReader(numbers, views, histories, eventStore, eventData);
  }

  @Bean
  TicketCommandService ticketCommandService(
      CommandGateway commands,
      TicketNumberPort numbers,
      CurrentTicketReader tickets,
      Clock clock,
      FeedbackDeskProperties properties,
      Pseudonyms pseudonyms,
      AttachmentsUseCase attachments) {
    return new TicketCommandService(
        commands, numbers, tickets, clock, properties.businessZone(), pseudonyms, attachments);
  }

  @Bean
  TicketQueryService ticketQueryService(
      CurrentTicketReader tickets, TicketQueuePort queue, Pseudonyms pseudonyms) {
    return new TicketQueryService(tickets, queue, pseudonyms);
  }

  /** The history for analysts; positions are the event store's gap-aware tokens. */
  @Bean
  EventExportService eventExport(
      EventStore eventStore, TicketEventDataPort eventData, Pseudonyms pseudonyms) {
    return new EventExportService(
        eventStore,
        position -> GapAwareTrackingToken.newInstance(position, List.of()),
        eventData,
        pseudonyms);
  }

  /** The events' schemas, from the mapper the event store writes with. */
  @Bean
  EventCatalogueService eventCatalogue() {
    return new EventCatalogueService(new EventSchemas(EventJson.objectMapper()));
  }

  @Bean
  Pseudonyms pseudonyms(
      @org.springframework.beans.factory.annotation.Value("${feedbackdesk.security.pseudonym-key:}")
          String key,
      FeedbackDeskProperties properties) {
    return PseudonymKey.from(key, properties.embedded().dataDir());
  }

  @Bean
  TicketViewProjection ticketViewProjection(TicketViewPort views) {
    return new TicketViewProjection(views);
  }

  @Bean
  TicketQueueProjection ticketQueueProjection(TicketQueuePort queue) {
    return new TicketQueueProjection(queue);
  }

  @Bean
  TicketHistoryProjection ticketHistoryProjection(
      TicketHistoryPort histories, TicketEventDataPort eventData) {
    return new TicketHistoryProjection(histories, eventData);
  }
}
