package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.adapters.out.mongo.improvement.MongoImprovementProjects;
import com.feedbackdesk.application.analysis.projection.TicketFactsProjection;
import com.feedbackdesk.application.analysis.service.AnalysisService;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.projection.ImprovementProjectProjection;
import com.feedbackdesk.application.improvement.service.ImprovementProjectService;
import com.feedbackdesk.application.improvement.service.RaisedProjects;
import com.feedbackdesk.application.improvement.view.TrackedProject;
import com.feedbackdesk.domain.improvement.ImprovementProject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The improvement projects: their aggregate, read model (projection {@code improvement-projects}),
 * use cases, and the month-close job that raises the projects of last month's hot spots.
 */
@Configuration(proxyBeanMethods = false)
class ImprovementConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ImprovementConfiguration.class);

  /** Registered through Axon's configurer, like the ticket (docs/adr/0003). */
  @Bean
  ConfigurerModule improvementProjectAggregate() {
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(ImprovementProject.class));
  }

  @Bean
  MongoImprovementProjects improvementProjects(ReadModelGenerations generations) {
    return new MongoImprovementProjects(
        generations.live(MongoImprovementProjects.COLLECTION, MongoImprovementProjects::indexes));
  }

  @Bean
  ImprovementProjectProjection improvementProjectProjection(ImprovementProjectPort projects) {
    return new ImprovementProjectProjection(projects);
  }

  @Bean
  RaisedProjects raisedProjects(
      ImprovementProjectPort projects, FeedbackDeskProperties properties, Clock clock) {
    return new RaisedProjects(projects, properties.businessZone(), clock);
  }

  @Bean
  ImprovementProjectService improvementProjectService(
      CommandGateway commands,
      EventStore events,
      ImprovementProjectPort projects,
      AnalysisService analysis,
      FeedbackDeskProperties properties,
      Clock clock) {
    return new ImprovementProjectService(
        commands, events, projects, analysis, properties.businessZone(), clock);
  }

  /**
   * Every {@code month-close-check}, once last month has been over for {@code month-close-grace}
   * and the analysis read model has caught up with the store, raises the projects of its hot spots
   * that have none yet. Any number of instances may run it: a hot spot's project has the hot spot's
   * id, so it is raised once.
   */
  @Bean
  SmartLifecycle monthCloseJob(
      ImprovementProjectService projects,
      EventProcessingConfiguration processing,
      EventStore events,
      FeedbackDeskProperties properties) {
    FeedbackDeskProperties.Analysis analysis = properties.analysis();
    return new SmartLifecycle() {
      private ScheduledExecutorService executor;

      @Override
      public void start() {
        executor =
            Executors.newSingleThreadScheduledExecutor(
                task -> {
                  Thread thread = new Thread(task, "month-close");
                  thread.setDaemon(true);
                  return thread;
                });
        long every = analysis.monthCloseCheck().toMillis();
        executor.scheduleWithFixedDelay(this::closeLastMonth, every, every, TimeUnit.MILLISECONDS);
      }

      private void closeLastMonth() {
        try {
          if (!ProcessorPositions.caughtUp(processing, TicketFactsProjection.NAME, events)) {
            return; // the month's last events are not all folded yet: next time
          }
          List<TrackedProject> month = projects.raiseForLastMonth(analysis.monthCloseGrace());
          log.debug("last month's hot spots have {} improvement projects", month.size());
        } catch (RuntimeException e) {
          log.warn(
              "the month-close job failed; it tries again in {}", analysis.monthCloseCheck(), e);
        }
      }

      @Override
      public void stop() {
        if (executor != null) {
          executor.shutdownNow();
        }
      }

      @Override
      public boolean isRunning() {
        return executor != null && !executor.isShutdown();
      }
    };
  }
}
