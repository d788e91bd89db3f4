package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.classificationPolicy;
import static com.feedbackdesk.domain.ticket.TicketTestData.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.analysis.port.out.memory.InMemoryTicketFacts;
import com.feedbackdesk.application.analysis.service.AnalysisService;
import com.feedbackdesk.application.analysis.view.QualitySampling;
import com.feedbackdesk.application.improvement.port.out.memory.InMemoryImprovementProjects;
import com.feedbackdesk.application.improvement.service.ImprovementProjectService;
import com.feedbackdesk.application.notification.NotificationTestData;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryCustomerInbox;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryOutbox;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryWebhookSubscriptions;
import com.feedbackdesk.application.notification.service.InboxService;
import com.feedbackdesk.application.notification.service.NotificationQueryService;
import com.feedbackdesk.application.notification.service.NotificationTemplates;
import com.feedbackdesk.application.notification.service.WebhookService;
import com.feedbackdesk.application.sla.port.out.memory.InMemorySlaDefinitions;
import com.feedbackdesk.application.sla.port.out.memory.InMemorySlaTickets;
import com.feedbackdesk.application.sla.service.SlaCatalogueService;
import com.feedbackdesk.application.sla.service.SlaQueryService;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketHistory;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketNumbers;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketQueue;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketViews;
import com.feedbackdesk.domain.ticket.AutoClosure;
import com.feedbackdesk.domain.ticket.ClassificationPolicy;
import com.feedbackdesk.domain.ticket.DepartmentRouting;
import com.feedbackdesk.domain.ticket.SlaCatalogue;
import com.feedbackdesk.domain.ticket.SlaEscalation;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The ticket use cases as the service wires them, on Axon's in-memory event store and the in-memory
 * ports, with the clock fixed: for the tests of the services.
 */
public final class InMemoryTicketServices implements AutoCloseable {

  public static final Pseudonyms PSEUDONYMS =
      new Pseudonyms("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8));

  public final Configuration axon;
  public final CurrentTicketReader reader;
  public final TicketEventDataPort eventData;
  public final TicketCommandService commands;
  public final TicketQueryService queries;
  public final com.feedbackdesk.application.attachment.service.AttachmentService attachments;
  public final InMemoryTicketViews views = new InMemoryTicketViews();
  final InMemoryTicketQueue queue = new InMemoryTicketQueue();
  final InMemorySlaTickets slaTickets = new InMemorySlaTickets();
  final SlaCatalogueService slaCatalogue;
  final SlaQueryService slaQueries;
  final AtomicInteger rolloutsRequested = new AtomicInteger();
  final InMemoryOutbox outbox = new InMemoryOutbox();
  final InMemoryCustomerInbox customerInbox = new InMemoryCustomerInbox();
  final InMemoryWebhookSubscriptions webhookSubscriptions = new InMemoryWebhookSubscriptions();
  final InboxService inbox;
  final WebhookService webhooks;
  final NotificationQueryService notifications;
  public final EventExportService exports;
  public final InMemoryTicketFacts facts = new InMemoryTicketFacts();
  public final AnalysisService analysis;
  public final ImprovementProjectService improvements;
  public final com.feedbackdesk.application.aftersales.service.ShopOrderService shopOrders =
      new com.feedbackdesk.application.aftersales.service.ShopOrderService(
          new com.feedbackdesk.application.aftersales.port.out.memory.InMemoryShopOrders());
  public final EventCatalogueService catalogue =
      new EventCatalogueService(
          () -> List.of(new com.feedbackdesk.application.ticket.view.EventSchema("T", "1", "{}")));

  public InMemoryTicketServices(Instant now) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    slaCatalogue =
        new SlaCatalogueService(
            new InMemorySlaDefinitions(), rolloutsRequested::incrementAndGet, clock);
    slaCatalogue.seed(
        Map.of("after-sales", ref -> SlaTestData.AFTER_SALES),
        Map.of("cn-mainland", ref -> SlaTestData.WORKING_WEEK),
        "after-sales");
    axon =
        DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .configureAggregate(Ticket.class)
            .configureAggregate(com.feedbackdesk.domain.improvement.ImprovementProject.class)
            .registerComponent(ClassificationPolicy.class, c -> classificationPolicy())
            .registerComponent(DepartmentRouting.class, c -> routing())
            .registerComponent(SlaCatalogue.class, c -> slaCatalogue)
            .registerComponent(SlaEscalation.class, c -> SlaEscalation.standard())
            .registerComponent(AutoClosure.class, c -> AutoClosure.never())
            .registerComponent(Clock.class, c -> clock)
            .registerComponent(
                DeadlineManager.class,
                c ->
                    SimpleDeadlineManager.builder()
                        .scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
                        .build())
            .buildConfiguration();
    axon.start();
    Serializer serializer =
        JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();
    eventData = event -> serializer.serialize(event, String.class).getData();
    InMemoryTicketNumbers numbers = new InMemoryTicketNumbers();
    reader =
        new CurrentTicketReader(
            numbers, views, new InMemoryTicketHistory(), axon.eventStore(), eventData);
    queries = new TicketQueryService(reader, queue, PSEUDONYMS);
    attachments =
        new com.feedbackdesk.application.attachment.service.AttachmentService(
            new com.feedbackdesk.application.attachment.port.out.memory.InMemoryAttachments(),
            com.feedbackdesk.application.attachment.model.AttachmentLimits.DEFAULT,
            clock,
            List.of(
                new com.feedbackdesk.application.attachment.service.TicketAttachmentReach(
                    queries)));
    commands =
        new TicketCommandService(
            axon.commandGateway(),
            numbers,
            reader,
            Clock.fixed(now, ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"),
            PSEUDONYMS,
            attachments);
    slaQueries = new SlaQueryService(slaTickets, slaCatalogue, reader, clock);
    exports =
        new EventExportService(
            axon.eventStore(),
            position -> new org.axonframework.eventhandling.GlobalSequenceTrackingToken(position),
            eventData,
            PSEUDONYMS);
    analysis =
        new AnalysisService(
            facts,
            QualitySampling.STANDARD,
            commands,
            AnalysisService.HotSpotProjects.NONE,
            ZoneId.of("Asia/Shanghai"),
            clock);
    improvements =
        new ImprovementProjectService(
            axon.commandGateway(),
            axon.eventStore(),
            new InMemoryImprovementProjects(),
            analysis,
            ZoneId.of("Asia/Shanghai"),
            clock);
    inbox = new InboxService(customerInbox, clock);
    webhooks = new WebhookService(webhookSubscriptions, outbox, clock);
    notifications =
        new NotificationQueryService(
            queries, outbox, new NotificationTemplates(NotificationTestData.templates(), "zh"));
  }

  @Override
  public void close() {
    axon.shutdown();
  }
}
