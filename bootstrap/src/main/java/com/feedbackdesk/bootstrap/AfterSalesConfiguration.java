package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.aftersales.MongoApplicationNumbers;
import com.feedbackdesk.adapters.out.mongo.aftersales.MongoApplicationViews;
import com.feedbackdesk.adapters.out.mongo.aftersales.MongoOrderLineClaims;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.aftersales.port.in.AfterSalesUseCase;
import com.feedbackdesk.application.aftersales.port.out.ApplicationNumberPort;
import com.feedbackdesk.application.aftersales.port.out.ApplicationViewPort;
import com.feedbackdesk.application.aftersales.port.out.OrderLineClaimsPort;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.aftersales.process.AfterSalesTicketProcess;
import com.feedbackdesk.application.aftersales.projection.ApplicationViewProjection;
import com.feedbackdesk.application.aftersales.service.AfterSalesService;
import com.feedbackdesk.application.aftersales.service.ApplicationAttachmentReach;
import com.feedbackdesk.application.attachment.port.in.AttachmentsUseCase;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.domain.aftersales.AfterSalesApplication;
import com.feedbackdesk.domain.aftersales.AfterSalesPolicy;
import com.feedbackdesk.domain.aftersales.AfterSalesTasks;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * After-sales applications (docs/after-sales.md): the aggregate, the policy and task routes it is
 * handed, numbers, line claims, the read model (projection {@code after-sales-applications}), the
 * use cases, and the process manager that drives each application's ticket.
 */
@Configuration(proxyBeanMethods = false)
class AfterSalesConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AfterSalesConfiguration.class);

  /** Registered through Axon's configurer, like the ticket (docs/adr/0003). */
  @Bean
  ConfigurerModule afterSalesApplicationAggregate() {
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(AfterSalesApplication.class));
  }

  /** The policy in force, handed to the aggregate's handlers; its version is its terms' digest. */
  @Bean
  AfterSalesPolicy afterSalesPolicy(
      FeedbackDeskProperties properties, com.feedbackdesk.domain.ticket.SlaCatalogue calendars) {
    AfterSalesPolicy policy = properties.afterSales().policy();
    try {
      calendars.currentCalendar(policy.calendar());
    } catch (java.util.NoSuchElementException e) {
      throw new IllegalStateException(
          "feedbackdesk.after-sales.calendar names no business calendar: " + policy.calendar(), e);
    }
    log.info("after-sales policy {}", policy.version());
    return policy;
  }

  @Bean
  AfterSalesTasks afterSalesTasks(FeedbackDeskProperties properties) {
    AfterSalesTasks tasks = properties.afterSales().tasks();
    java.util.List<String> departments = properties.routing().departments();
    java.util.stream.Stream.concat(
            tasks.routes().stream().map(AfterSalesTasks.Route::department),
            java.util.stream.Stream.of(tasks.reviewers(), tasks.fallback()))
        .filter(department -> !departments.contains(department.code()))
        .findFirst()
        .ifPresent(
            unknown -> {
              throw new IllegalStateException(
                  "feedbackdesk.after-sales names the department "
                      + unknown
                      + ", which feedbackdesk.routing.departments does not list");
            });
    return tasks;
  }

  @Bean
  ApplicationNumberPort applicationNumbers(MongoDatabase database) {
    return new MongoApplicationNumbers(database);
  }

  @Bean
  OrderLineClaimsPort orderLineClaims(MongoDatabase database) {
    return new MongoOrderLineClaims(database);
  }

  @Bean
  MongoApplicationViews applicationViews(ReadModelGenerations generations) {
    return new MongoApplicationViews(
        generations.live(MongoApplicationViews.COLLECTION, MongoApplicationViews::indexes));
  }

  @Bean
  ApplicationViewProjection applicationViewProjection(ApplicationViewPort views) {
    return new ApplicationViewProjection(views);
  }

  @Bean
  AfterSalesService afterSalesService(
      CommandGateway commands,
      EventStore events,
      ShopOrdersPort orders,
      ApplicationNumberPort numbers,
      OrderLineClaimsPort claims,
      ApplicationViewPort views,
      AfterSalesPolicy policy,
      AfterSalesTasks tasks,
      AttachmentsUseCase attachments,
      Clock clock,
      FeedbackDeskProperties properties) {
    return new AfterSalesService(
        commands,
        events,
        orders,
        numbers,
        claims,
        views,
        policy,
        tasks,
        attachments,
        clock,
        properties.businessZone());
  }

  /** Downloads of an application's photos and videos go by the application's reach. */
  @Bean
  ApplicationAttachmentReach applicationAttachmentReach(@Lazy AfterSalesUseCase applications) {
    return new ApplicationAttachmentReach(applications);
  }

  @Bean
  AfterSalesTicketProcess afterSalesTicketProcess(
      CommandGateway commands,
      CurrentTicketReader tickets,
      TicketNumberPort ticketNumbers,
      OrderLineClaimsPort claims,
      AfterSalesService applications,
      FeedbackDeskProperties properties) {
    return new AfterSalesTicketProcess(
        commands, tickets, ticketNumbers, claims, applications, properties.businessZone());
  }
}
