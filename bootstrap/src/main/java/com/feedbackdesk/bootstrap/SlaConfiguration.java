package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.in.web.sla.BusinessCalendarPayload;
import com.feedbackdesk.adapters.in.web.sla.SlaPolicyPayload;
import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoSlaDefinitions;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoSlaTickets;
import com.feedbackdesk.application.sla.port.out.SlaDefinitionPort;
import com.feedbackdesk.application.sla.port.out.SlaRolloutPort;
import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.application.sla.projection.SlaTicketProjection;
import com.feedbackdesk.application.sla.service.SlaCatalogueService;
import com.feedbackdesk.application.sla.service.SlaQueryService;
import com.feedbackdesk.application.sla.service.SlaRolloutService;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaEscalation;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils;
import org.jobrunr.storage.nosql.mongo.MongoDBStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SLA engine: the policies and calendars (shipped ones added once), the breaches read model,
 * and durable deadlines: Axon's deadline manager on JobRunr, which keeps its jobs in MongoDB and
 * hands each due job to one instance's worker.
 */
@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SlaConfiguration.class);

  /** JobRunr's collections share the service's database under this prefix. */
  static final String JOBRUNR_PREFIX = "jobrunr_";

  static final List<String> SHIPPED_POLICIES =
      List.of("after-sales", "complaint-plan", "feedback-handling");
  static final String SHIPPED_CALENDAR = "cn-mainland";

  /** Reads policy and calendar files as strictly as the API reads its bodies: a typo fails. */
  private static final JsonMapper FILES =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Bean
  SlaDefinitionPort slaDefinitions(MongoConnection connection) {
    return new MongoSlaDefinitions(connection.database());
  }

  @Bean
  SlaTicketPort slaTickets(ReadModelGenerations generations) {
    return new MongoSlaTickets(
        generations.live(MongoSlaTickets.COLLECTION, MongoSlaTickets::indexes));
  }

  @Bean
  SlaEscalation slaEscalation(FeedbackDeskProperties properties) {
    return properties.sla().escalation().toPolicy();
  }

  @Bean
  SlaCatalogueService slaCatalogue(
      SlaDefinitionPort definitions,
      SlaRolloutPort rollout,
      Clock clock,
      FeedbackDeskProperties properties) {
    SlaCatalogueService catalogue = new SlaCatalogueService(definitions, rollout, clock);
    Map<String, Function<VersionRef, SlaPolicy>> policies = new LinkedHashMap<>();
    for (String id : SHIPPED_POLICIES) {
      SlaPolicyPayload shipped = read("/sla/policies/" + id + ".json", SlaPolicyPayload.class);
      policies.put(id, shipped::toPolicy);
    }
    BusinessCalendarPayload calendar =
        read("/sla/calendars/" + SHIPPED_CALENDAR + ".json", BusinessCalendarPayload.class);
    catalogue.seed(
        policies,
        Map.<String, Function<VersionRef, BusinessCalendar>>of(
            SHIPPED_CALENDAR, calendar::toCalendar),
        properties.sla().activePolicy());
    for (Path file : properties.sla().calendarFiles()) {
      BusinessCalendarPayload loaded = read(file, BusinessCalendarPayload.class);
      BusinessCalendar current = catalogue.load(calendarId(file), loaded::toCalendar);
      log.info("business calendar {} from {}", current.ref(), file);
    }
    return catalogue;
  }

  /** A calendar file is named after its calendar: cn-mainland-2027.json is a cn-mainland one. */
  static String calendarId(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    return name.replaceFirst("-\\d{4}$", "");
  }

  @Bean
  SlaQueryService slaQueries(
      SlaTicketPort tickets,
      SlaCatalogueService catalogue,
      CurrentTicketReader reader,
      Clock clock) {
    return new SlaQueryService(tickets, catalogue, reader, clock);
  }

  @Bean
  SlaTicketProjection slaTicketProjection(SlaTicketPort tickets) {
    return new SlaTicketProjection(tickets);
  }

  @Bean
  SlaRolloutService slaRolloutService(
      SlaTicketPort tickets, @Lazy CommandGateway commands, Clock clock) {
    return new SlaRolloutService(tickets, commands, clock);
  }

  /** A rollout is a JobRunr job: stored before the request is answered, run once, retried. */
  @Bean
  SlaRolloutPort slaRollout(
      ObjectProvider<JobScheduler> jobs, ObjectProvider<SlaRolloutService> rollouts) {
    return () -> {
      SlaRolloutService rollout = rollouts.getObject();
      jobs.getObject().enqueue(() -> rollout.run());
    };
  }

  // ---- JobRunr ----

  @Bean
  StorageProvider jobStorage(MongoConnection connection, FeedbackDeskProperties properties) {
    String database = connection.database().getName();
    StorageProvider storage = null;
    if (!connection.embedded()) {
      try {
        storage =
            new MongoDBStorageProvider(
                connection.client(),
                database,
                JOBRUNR_PREFIX,
                StorageProviderUtils.DatabaseOptions.CREATE);
      } catch (RuntimeException e) {
        // an embedded server reached by connection string (another instance's): see below
        log.info("JobRunr's schema is made without its indexes ({})", e.getMessage());
      }
    }
    if (storage == null) {
      // the embedded server ignores secondary indexes and refuses JobRunr's migrations that drop
      // them: the collections are made here, and JobRunr only checks they are there
      for (String collection :
          List.of(
              StorageProviderUtils.Migrations.NAME,
              StorageProviderUtils.Jobs.NAME,
              StorageProviderUtils.RecurringJobs.NAME,
              StorageProviderUtils.BackgroundJobServers.NAME,
              StorageProviderUtils.Metadata.NAME)) {
        MongoCollections.ensure(connection.database(), JOBRUNR_PREFIX + collection);
      }
      storage =
          new MongoDBStorageProvider(
              connection.client(),
              database,
              JOBRUNR_PREFIX,
              StorageProviderUtils.DatabaseOptions.SKIP_CREATE);
    }
    storage.setJobMapper(new JobMapper(new JacksonJsonMapper()));
    return storage;
  }

  @Bean
  JobScheduler jobScheduler(StorageProvider jobStorage) {
    return new JobScheduler(jobStorage);
  }

  /**
   * The deadline manager the ticket's handlers are given. JobRunr runs a deadline by calling the
   * JobRunr deadline manager it was scheduled with, which it asks the activator for: the one inside
   * this one.
   */
  @Bean(destroyMethod = "")
  DeadlineManager deadlineManager(
      JobScheduler jobScheduler,
      @Lazy org.axonframework.config.Configuration axon,
      @Qualifier("serializer") Serializer serializer,
      FeedbackDeskProperties properties) {
    JobRunrDeadlineManager jobRunr =
        JobRunrDeadlineManager.builder()
            .jobScheduler(jobScheduler)
            .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
            .serializer(serializer)
            .build();
    return new LateByPollInterval(jobRunr, properties.sla().pollInterval());
  }

  /**
   * Runs the due deadlines and background jobs of this instance. Started last, once Axon and the
   * web server run, and stopped first, so a deadline never wakes a ticket the service cannot load.
   */
  @Bean
  SmartLifecycle deadlineWorkers(
      StorageProvider jobStorage,
      ApplicationContext context,
      DeadlineManager deadlineManager,
      FeedbackDeskProperties properties) {
    BackgroundJobServerConfiguration configuration =
        BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
            .andPollInterval(properties.sla().pollInterval())
            .andWorkerCount(properties.sla().workers());
    return new SmartLifecycle() {
      private BackgroundJobServer server;

      @Override
      public void start() {
        JobRunrDeadlineManager inner = ((LateByPollInterval) deadlineManager).jobRunr();
        server =
            new BackgroundJobServer(
                jobStorage,
                new JacksonJsonMapper(),
                new org.jobrunr.server.JobActivator() {
                  @Override
                  public <T> T activateJob(Class<T> type) {
                    return type.isInstance(inner) ? type.cast(inner) : context.getBean(type);
                  }
                },
                configuration);
        server.start();
      }

      @Override
      public void stop() {
        if (server != null) {
          server.stop();
          server = null;
        }
      }

      @Override
      public boolean isRunning() {
        return server != null;
      }

      @Override
      public int getPhase() {
        return Integer.MAX_VALUE; // last up, first down
      }
    };
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in = SlaConfiguration.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the shipped SLA file " + resource + " is missing");
      }
      return FILES.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return FILES.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("the SLA file " + file + " cannot be read", e);
    }
  }
}
