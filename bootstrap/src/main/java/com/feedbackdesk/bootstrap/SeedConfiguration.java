package com.feedbackdesk.bootstrap;

import com.feedbackdesk.application.analysis.projection.TicketFactsProjection;
import com.feedbackdesk.application.seed.MonthOfFeedback;
import com.feedbackdesk.application.seed.SeedService;
import com.feedbackdesk.application.sla.service.SlaCatalogueService;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The seed command: with {@code feedbackdesk.seed.month} set, the service writes a generated month
 * of feedback into its store (docs/analysis.md, "A month to try it on"), waits until the analysis
 * read model has folded it, and exits. The month's tickets and seed are {@code
 * feedbackdesk.seed.tickets} and {@code feedbackdesk.seed.seed}; the same seed writes the same
 * month (under new ticket numbers). {@code feedbackdesk.seed.exit=false} leaves the JVM running
 * once the service has stopped (for a test that starts it).
 */
@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SeedConfiguration.class);

  @Bean
  SeedService seedService(
      EventStore events,
      TicketNumberPort numbers,
      SlaCatalogueService sla,
      FeedbackDeskProperties properties) {
    return new SeedService(
        events,
        numbers,
        () -> new MonthOfFeedback(properties.businessZone(), sla.activePolicy(), sla));
  }

  @Bean
  @ConditionalOnProperty("feedbackdesk.seed.month")
  ApplicationRunner seedCommand(
      SeedService seeds,
      EventStore events,
      EventProcessingConfiguration processing,
      ConfigurableApplicationContext context,
      @Value("${feedbackdesk.seed.month}") String month,
      @Value("${feedbackdesk.seed.tickets:2000}") int tickets,
      @Value("${feedbackdesk.seed.seed:20261101}") long seed,
      @Value("${feedbackdesk.seed.exit:true}") boolean exit) {
    return arguments -> {
      YearMonth seeded = YearMonth.parse(month);
      Instant started = Instant.now();
      int step = Math.max(1, tickets / 10);
      SeedService.Seeded result =
          seeds.seed(
              seeded,
              tickets,
              seed,
              done -> {
                if (done % step == 0 || done == tickets) {
                  log.info("seed {}: {} of {} tickets written", seeded, done, tickets);
                }
              });
      log.info(
          "seed {}: {} tickets, {} events written in {} s; waiting for the analysis read model",
          seeded,
          result.tickets(),
          result.events(),
          Duration.between(started, Instant.now()).toSeconds());
      Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
      while (!ProcessorPositions.caughtUp(processing, TicketFactsProjection.NAME, events)
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
      }
      log.info(
          "seed {} done in {} s: GET /api/v1/reports/monthly?month={} once the service runs",
          seeded,
          Duration.between(started, Instant.now()).toSeconds(),
          seeded);
      int code = SpringApplication.exit(context, () -> 0);
      if (exit) {
        System.exit(code);
      }
    };
  }
}
