package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.email.SmtpEmailChannel;
import com.feedbackdesk.adapters.out.mongo.notification.MongoCustomerInbox;
import com.feedbackdesk.adapters.out.mongo.notification.MongoOutbox;
import com.feedbackdesk.adapters.out.mongo.notification.MongoWebhookSubscriptions;
import com.feedbackdesk.adapters.out.webhook.HttpWebhookChannel;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageTemplate;
import com.feedbackdesk.application.notification.model.StaffMember;
import com.feedbackdesk.application.notification.port.out.CustomerInboxPort;
import com.feedbackdesk.application.notification.port.out.NotificationChannelPort;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.StaffDirectoryPort;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import com.feedbackdesk.application.notification.service.InboxChannel;
import com.feedbackdesk.application.notification.service.InboxService;
import com.feedbackdesk.application.notification.service.NotificationDispatcher;
import com.feedbackdesk.application.notification.service.NotificationQueryService;
import com.feedbackdesk.application.notification.service.NotificationSettings;
import com.feedbackdesk.application.notification.service.NotificationTemplates;
import com.feedbackdesk.application.notification.service.TicketNotifications;
import com.feedbackdesk.application.notification.service.WebhookService;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.application.ticket.service.TicketQueryService;
import com.feedbackdesk.domain.ticket.AutoClosure;
import com.feedbackdesk.domain.ticket.Department;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages to customers and staff (docs/notifications.md): the outbox, inbox and webhook
 * subscriptions on MongoDB, the channels that have an adapter configured (the in-app inbox and
 * webhooks always, e-mail with an SMTP host), the templates, the staff directory from
 * configuration, the event handler that records messages and the dispatcher that delivers them.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

  private static final JsonMapper FILES =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** A template file: one version of a template, in each of its languages. */
  record TemplateFile(
      String name, int version, String description, Map<String, TemplateLanguage> languages) {}

  record TemplateLanguage(String subject, String text, String html, Map<String, String> labels) {}

  @Bean
  AutoClosure autoClosure(FeedbackDeskProperties properties) {
    return properties.closure().toPolicy();
  }

  @Bean
  OutboxPort outbox(MongoConnection connection) {
    return new MongoOutbox(connection.database());
  }

  @Bean
  CustomerInboxPort customerInbox(MongoConnection connection) {
    return new MongoCustomerInbox(connection.database());
  }

  @Bean
  WebhookSubscriptionPort webhookSubscriptions(MongoConnection connection) {
    return new MongoWebhookSubscriptions(connection.database());
  }

  @Bean
  StaffDirectoryPort staffDirectory(FeedbackDeskProperties properties) {
    Map<String, StaffMember> members = new LinkedHashMap<>();
    for (FeedbackDeskProperties.Staff s : properties.notifications().staff()) {
      if (s.id() == null || s.id().isBlank()) {
        throw new IllegalArgumentException("feedbackdesk.notifications.staff: a member has no id");
      }
      StaffMember member =
          new StaffMember(
              s.id(),
              s.name(),
              s.email(),
              s.phone(),
              s.language(),
              s.roles(),
              s.department() == null ? null : new Department(s.department()));
      if (members.put(member.id(), member) != null) {
        throw new IllegalArgumentException(
            "feedbackdesk.notifications.staff: " + member.id() + " is listed twice");
      }
    }
    List<StaffMember> all = List.copyOf(members.values());
    return new StaffDirectoryPort() {
      @Override
      public Optional<StaffMember> find(String staffId) {
        return Optional.ofNullable(members.get(staffId));
      }

      @Override
      public List<StaffMember> all() {
        return all;
      }
    };
  }

  @Bean
  NotificationSettings notificationSettings(FeedbackDeskProperties properties) {
    FeedbackDeskProperties.Notifications n = properties.notifications();
    FeedbackDeskProperties.Dispatch d = n.dispatch();
    return new NotificationSettings(
        n.company(),
        n.contact(),
        n.surveyLink(),
        n.consoleLink(),
        n.defaultLanguage(),
        properties.businessZone(),
        d.firstRetry(),
        d.longestRetry(),
        d.maxAttempts(),
        n.webhooks().pauseAfter(),
        d.lease());
  }

  /** The shipped templates, each replaced by the file of its name in the template directory. */
  @Bean
  NotificationTemplates notificationTemplates(FeedbackDeskProperties properties) {
    FeedbackDeskProperties.Notifications n = properties.notifications();
    List<MessageTemplate> templates = new ArrayList<>();
    for (MessagePurpose purpose : MessagePurpose.values()) {
      if (purpose.template() == null) {
        continue;
      }
      String name = purpose.template() + ".json";
      TemplateFile file;
      Path replacement = n.templateDir() == null ? null : n.templateDir().resolve(name);
      if (replacement != null && Files.isRegularFile(replacement)) {
        file = read(replacement);
        log.info("template {} version {} from {}", file.name(), file.version(), replacement);
      } else {
        file = shipped(name);
      }
      if (!purpose.template().equals(file.name())) {
        throw new IllegalArgumentException(
            "the template file " + name + " names the template '" + file.name() + "'");
      }
      file.languages()
          .forEach(
              (language, text) ->
                  templates.add(
                      new MessageTemplate(
                          file.name(),
                          file.version(),
                          language,
                          text.subject(),
                          text.text(),
                          text.html(),
                          text.labels())));
    }
    return new NotificationTemplates(templates, n.defaultLanguage());
  }

  private static TemplateFile shipped(String name) {
    String resource = "/notifications/templates/" + name;
    try (InputStream in = NotificationConfiguration.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the shipped template " + resource + " is missing");
      }
      return FILES.readValue(in, TemplateFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TemplateFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return FILES.readValue(in, TemplateFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the template file " + file + " cannot be read", e);
    }
  }

  // ---- channels ----

  @Bean
  NotificationChannelPort inboxChannel(CustomerInboxPort inbox) {
    return new InboxChannel(inbox);
  }

  @Bean
  NotificationChannelPort webhookChannel(
      WebhookSubscriptionPort subscriptions, FeedbackDeskProperties properties, Clock clock) {
    FeedbackDeskProperties.Webhooks w = properties.notifications().webhooks();
    return new HttpWebhookChannel(subscriptions, w.connectTimeout(), w.timeout(), clock);
  }

  /** The e-mail channel is there when an SMTP host is configured. */
  static final class SmtpConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String host = context.getEnvironment().getProperty("feedbackdesk.notifications.email.host");
      return host != null && !host.isBlank();
    }
  }

  /** E-mail, when an SMTP server is configured. */
  @Bean
  @Conditional(SmtpConfigured.class)
  NotificationChannelPort emailChannel(FeedbackDeskProperties properties) {
    FeedbackDeskProperties.Email e = properties.notifications().email();
    if (e.from() == null || e.from().isBlank()) {
      throw new IllegalArgumentException(
          "feedbackdesk.notifications.email.from is required with an SMTP host");
    }
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(e.host());
    sender.setPort(e.port());
    sender.setUsername(e.username());
    sender.setPassword(e.password());
    sender.setDefaultEncoding("UTF-8");
    Properties mail = new Properties();
    String millis = Long.toString(e.timeout().toMillis());
    mail.put("mail.smtp.connectiontimeout", millis);
    mail.put("mail.smtp.timeout", millis);
    mail.put("mail.smtp.writetimeout", millis);
    if (e.username() != null) {
      mail.put("mail.smtp.auth", "true");
    }
    if (e.starttls()) {
      mail.put("mail.smtp.starttls.enable", "true");
      mail.put("mail.smtp.starttls.required", "true");
    }
    sender.setJavaMailProperties(mail);
    log.info("e-mail through {}:{} from {}", e.host(), e.port(), e.from());
    return new SmtpEmailChannel(sender, e.from(), e.fromName());
  }

  // ---- recording and delivering ----

  @Bean
  NotificationDispatcher notificationDispatcher(
      OutboxPort outbox,
      List<NotificationChannelPort> channels,
      WebhookSubscriptionPort subscriptions,
      NotificationSettings settings,
      Clock clock) {
    return new NotificationDispatcher(outbox, channels, subscriptions, settings, clock);
  }

  @Bean
  TicketNotifications ticketNotifications(
      OutboxPort outbox,
      WebhookSubscriptionPort subscriptions,
      StaffDirectoryPort staff,
      CurrentTicketReader tickets,
      TicketEventDataPort eventData,
      Pseudonyms pseudonyms,
      NotificationTemplates templates,
      NotificationSettings settings,
      List<NotificationChannelPort> channels,
      NotificationDispatcher dispatcher,
      Clock clock) {
    Set<DeliveryChannel> available =
        channels.stream()
            .map(NotificationChannelPort::channel)
            .collect(Collectors.toUnmodifiableSet());
    log.info("notification channels: {}", available);
    return new TicketNotifications(
        outbox,
        subscriptions,
        staff,
        tickets,
        eventData,
        pseudonyms,
        templates,
        settings,
        available,
        dispatcher::nudge,
        clock);
  }

  /**
   * The notifications processor starts at the head of the stream the first time it runs: deploying
   * it into a service with a history must not write to every customer about every old event.
   */
  @Bean
  ConfigurerModule notificationsFromTheHead() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerTrackingEventProcessorConfiguration(
                TicketNotifications.NAME,
                c ->
                    TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(20)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
  }

  /** Delivers once everything else runs, and stops delivering first. */
  @Bean
  SmartLifecycle notificationWorkers(
      NotificationDispatcher dispatcher, FeedbackDeskProperties properties) {
    FeedbackDeskProperties.Dispatch d = properties.notifications().dispatch();
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        if (d.enabled()) {
          dispatcher.start(d.workers(), d.poll());
        } else {
          log.warn("this instance records messages but does not deliver them (dispatch.enabled)");
        }
        running = true;
      }

      @Override
      public void stop() {
        dispatcher.stop();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }

      @Override
      public int getPhase() {
        return Integer.MAX_VALUE - 1;
      }
    };
  }

  @Bean
  InboxService inboxService(CustomerInboxPort inbox, Clock clock) {
    return new InboxService(inbox, clock);
  }

  @Bean
  WebhookService webhookService(
      WebhookSubscriptionPort subscriptions, OutboxPort outbox, Clock clock) {
    return new WebhookService(subscriptions, outbox, clock);
  }

  @Bean
  NotificationQueryService notificationQueries(
      TicketQueryService tickets, OutboxPort outbox, NotificationTemplates templates) {
    return new NotificationQueryService(tickets, outbox, templates);
  }
}
