package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.Recipient;
import com.feedbackdesk.application.notification.model.StaffMember;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.OutboxPort;
import com.feedbackdesk.application.notification.port.out.StaffDirectoryPort;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import com.feedbackdesk.application.seed.SeedService;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.application.ticket.service.HistoryFilters;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaEvent;
import com.feedbackdesk.domain.ticket.SlaReminderRaised;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * Turns ticket events into messages in the outbox: for each event, one delivery to every webhook
 * subscriber that wants its type, and the messages {@link NotificationPolicy} calls for, addressed
 * (the customer's preferred channel and language; the staff directory), rendered and recorded. It
 * only records: delivering is the {@link NotificationDispatcher}'s, so a crash after recording
 * loses nothing, and an event handled again (after a crash before the token was stored) records
 * messages with the same ids, which the outbox keeps once.
 *
 * <p>It starts at the head of the event stream when first deployed and is never replayed: history
 * is not a reason to write to customers again.
 */
@ProcessingGroup(TicketNotifications.NAME)
public class TicketNotifications {

  public static final String NAME = "notifications";

  private static final int DESCRIPTION_EXCERPT = 200;

  private final OutboxPort outbox;
  private final WebhookSubscriptionPort subscriptions;
  private final StaffDirectoryPort staff;
  private final CurrentTicketReader tickets;
  private final TicketEventDataPort eventData;
  private final Pseudonyms pseudonyms;
  private final NotificationTemplates templates;
  private final NotificationSettings settings;
  private final Set<DeliveryChannel> channels;
  private final Runnable recorded;
  private final Clock clock;
  private final DateTimeFormatter times;

  /**
   * @param channels the channels that have an adapter: a message is addressed only to these
   * @param recorded told after messages were recorded, so the dispatcher need not wait for its poll
   */
  public TicketNotifications(
      OutboxPort outbox,
      WebhookSubscriptionPort subscriptions,
      StaffDirectoryPort staff,
      CurrentTicketReader tickets,
      TicketEventDataPort eventData,
      Pseudonyms pseudonyms,
      NotificationTemplates templates,
      NotificationSettings settings,
      Set<DeliveryChannel> channels,
      Runnable recorded,
      Clock clock) {
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.staff = staff;
    this.tickets = tickets;
    this.eventData = eventData;
    this.pseudonyms = pseudonyms;
    this.templates = templates;
    this.settings = settings;
    this.channels = Set.copyOf(channels);
    this.recorded = recorded;
    this.clock = clock;
    this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(settings.zone());
  }

  @EventHandler
  @DisallowReplay
  void on(
      TicketEvent event,
      @SequenceNumber long sequence,
      @MetaDataValue(SeedService.ORIGIN) String origin) {
    if (SeedService.SEED.equals(origin)) {
      return; // a generated history for trying the analysis: nobody is to hear of it
    }
    int stored = webhooks(event, sequence);
    // of the SLA engine's events only reminders concern people (a breach escalates, and the
    // escalation does): the others need not cost a read of the ticket
    if (!(event instanceof SlaEvent) || event instanceof SlaReminderRaised) {
      TicketView ticket = tickets.viewAfter(event.ticketId(), sequence).orElse(null);
      if (ticket != null) {
        for (Intent intent : NotificationPolicy.decide(event, ticket)) {
          stored += record(intent, event, sequence, ticket);
        }
      }
    }
    if (stored > 0) {
      recorded.run();
    }
  }

  // ---- webhooks ----

  private int webhooks(TicketEvent event, long sequence) {
    String type = event.getClass().getSimpleName();
    int recorded = 0;
    String plain = null;
    String pseudonymized = null;
    for (WebhookSubscription subscription : subscriptions.all()) {
      if (subscription.deleted() || !subscription.wants(type)) {
        continue;
      }
      String data;
      if (subscription.includePersonalData()) {
        data = plain == null ? plain = eventData.json(event) : plain;
      } else {
        data =
            pseudonymized == null
                ? pseudonymized =
                    eventData.json(event.accept(HistoryFilters.pseudonymized(pseudonyms)))
                : pseudonymized;
      }
      Recipient recipient =
          new Recipient(
              Recipient.Kind.SUBSCRIBER,
              subscription.id(),
              subscription.description(),
              subscription.url().toString());
      String id = idOf(event.ticketId(), sequence, MessagePurpose.WEBHOOK_EVENT, recipient, null);
      String body =
          "{\"id\":\""
              + id
              + "\",\"type\":\""
              + type
              + "\",\"ticketId\":\""
              + event.ticketId()
              + "\",\"sequence\":"
              + sequence
              + ",\"at\":\""
              + event.at()
              + "\",\"data\":"
              + data
              + "}";
      boolean held = !subscription.active();
      int stored =
          store(
              new OutboundMessage(
                  id,
                  event.ticketId(),
                  null,
                  sequence,
                  type,
                  MessagePurpose.WEBHOOK_EVENT,
                  recipient,
                  DeliveryChannel.WEBHOOK,
                  null,
                  null,
                  body,
                  null,
                  subscription.id(),
                  held ? MessageState.HELD : MessageState.PENDING,
                  List.of(),
                  now(),
                  now(),
                  null,
                  held ? "the subscriber is paused: " + subscription.pauseReason() : null));
      recorded += stored;
      if (held
          && subscriptions.find(subscription.id()).map(WebhookSubscription::active).orElse(false)) {
        // resumed while this was recorded held: released like the others
        recorded += (int) outbox.release(subscription.id(), now());
      }
    }
    return recorded;
  }

  // ---- messages to people ----

  private int record(Intent intent, TicketEvent event, long sequence, TicketView ticket) {
    Map<String, Object> values = values(intent, ticket);
    int recorded = 0;
    if (intent.customer()) {
      Customer customer = ticket.summary().customer();
      Recipient base =
          new Recipient(Recipient.Kind.CUSTOMER, customerKey(customer), customer.name(), null);
      List<DeliveryChannel> ways =
          CustomerChannels.choose(customer, ticket.summary().channel(), channels);
      Map<String, Object> own = new HashMap<>(values);
      put(own, "customer.name", customer.name());
      if (ways.isEmpty()) {
        return store(
            undeliverable(
                intent.purpose(),
                base,
                event,
                sequence,
                ticket,
                "no channel reaches the customer: "
                    + CustomerChannels.describe(customer, channels)));
      }
      for (DeliveryChannel way : ways) {
        Recipient recipient =
            new Recipient(
                base.kind(), base.id(), base.name(), CustomerChannels.address(customer, way));
        recorded +=
            store(
                rendered(
                    intent.purpose(),
                    recipient,
                    way,
                    customer.language(),
                    own,
                    event,
                    sequence,
                    ticket));
      }
      return recorded;
    }
    for (Map.Entry<String, StaffMember> entry : staffFor(intent).entrySet()) {
      StaffMember member = entry.getValue();
      if (member == null) {
        recorded +=
            store(
                undeliverable(
                    intent.purpose(),
                    new Recipient(Recipient.Kind.STAFF, entry.getKey(), null, null),
                    event,
                    sequence,
                    ticket,
                    "staff member " + entry.getKey() + " is not in the staff directory"));
        continue;
      }
      Map<String, Object> own = new HashMap<>(values);
      put(own, "staff.name", member.name());
      List<DeliveryChannel> ways = StaffChannels.choose(member, intent.urgent(), channels);
      Recipient base = new Recipient(Recipient.Kind.STAFF, member.id(), member.name(), null);
      if (ways.isEmpty()) {
        recorded +=
            store(
                undeliverable(
                    intent.purpose(),
                    base,
                    event,
                    sequence,
                    ticket,
                    "no configured channel reaches staff member " + member.id()));
        continue;
      }
      for (DeliveryChannel way : ways) {
        Recipient recipient =
            new Recipient(base.kind(), base.id(), base.name(), StaffChannels.address(member, way));
        recorded +=
            store(
                rendered(
                    intent.purpose(),
                    recipient,
                    way,
                    member.language(),
                    own,
                    event,
                    sequence,
                    ticket));
      }
    }
    return recorded;
  }

  /** The staff an intent is for, by id; null for an id the directory does not know. */
  private Map<String, StaffMember> staffFor(Intent intent) {
    Map<String, StaffMember> found = new LinkedHashMap<>();
    for (String id : intent.staff()) {
      found.put(id, staff.find(id).orElse(null));
    }
    if (intent.supervisors() || intent.directors()) {
      for (StaffMember member : staff.all()) {
        boolean wanted =
            (intent.supervisors() && member.supervises(intent.department()))
                || (intent.directors() && member.roles().contains(Role.DIRECTOR));
        if (wanted) {
          found.putIfAbsent(member.id(), member);
        }
      }
    }
    return found;
  }

  private OutboundMessage rendered(
      MessagePurpose purpose,
      Recipient recipient,
      DeliveryChannel channel,
      String language,
      Map<String, Object> values,
      TicketEvent event,
      long sequence,
      TicketView ticket) {
    NotificationTemplates.Rendered message = templates.render(purpose, language, values);
    boolean html = channel == DeliveryChannel.EMAIL || channel == DeliveryChannel.IN_APP;
    return message(
        purpose,
        recipient,
        channel,
        event,
        sequence,
        ticket,
        message,
        html,
        MessageState.PENDING,
        null);
  }

  private OutboundMessage undeliverable(
      MessagePurpose purpose,
      Recipient recipient,
      TicketEvent event,
      long sequence,
      TicketView ticket,
      String why) {
    return message(
        purpose,
        recipient,
        null,
        event,
        sequence,
        ticket,
        null,
        false,
        MessageState.UNDELIVERABLE,
        why);
  }

  /** A message about the ticket event; a PENDING one is due at once. */
  private OutboundMessage message(
      MessagePurpose purpose,
      Recipient recipient,
      DeliveryChannel channel,
      TicketEvent event,
      long sequence,
      TicketView ticket,
      NotificationTemplates.Rendered content,
      boolean html,
      MessageState state,
      String note) {
    return new OutboundMessage(
        idOf(event.ticketId(), sequence, purpose, recipient, channel),
        event.ticketId(),
        ticket.summary().number().value(),
        sequence,
        event.getClass().getSimpleName(),
        purpose,
        recipient,
        channel,
        content == null ? null : content.template(),
        content == null ? null : content.subject(),
        content == null ? null : content.text(),
        content != null && html ? content.html() : null,
        null,
        state,
        List.of(),
        now(),
        state == MessageState.PENDING ? now() : null,
        null,
        note);
  }

  private int store(OutboundMessage message) {
    boolean stored = outbox.record(message);
    return stored && message.state() == MessageState.PENDING ? 1 : 0;
  }

  // ---- values ----

  /** What the templates may say about the ticket, with the intent's own values. */
  private Map<String, Object> values(Intent intent, TicketView ticket) {
    TicketSummary summary = ticket.summary();
    String number = summary.number().value();
    Map<String, Object> values = new HashMap<>();
    put(values, "company", settings.company());
    put(values, "contact", settings.contact());
    put(values, "ticket.number", number);
    put(values, "ticket.description", excerpt(ticket.description()));
    put(values, "ticket.category", summary.classification().category());
    put(values, "ticket.priority", summary.classification().priority());
    put(values, "ticket.submittedAt", summary.submittedAt());
    if (!intent.purpose().toCustomer()) {
      put(values, "consoleLink", settings.consoleLinkFor(number));
      put(
          values,
          "department",
          summary.department() == null ? null : new TemplateText.Code(summary.department().code()));
    }
    switch (intent.purpose()) {
      case ACKNOWLEDGEMENT -> promise(values, ticket);
      case RESULT, CONFIRMATION_REQUEST -> result(values, ticket);
      default -> {}
    }
    intent.values().forEach((name, value) -> put(values, name, value));
    Map<String, Object> shown = new HashMap<>();
    values.forEach((name, value) -> shown.put(name, shown(value)));
    return shown;
  }

  /** The promised contact time: the first response's due time, as the SLA policy set it. */
  private static void promise(Map<String, Object> values, TicketView ticket) {
    SlaClock response = ticket.clocks().clock(SlaClockKind.FIRST_RESPONSE).orElse(null);
    if (response == null || response.dueAt() == null) {
      return;
    }
    Duration within = Duration.between(ticket.summary().submittedAt(), response.dueAt());
    long hours = Math.max(1, (within.toMinutes() + 59) / 60);
    put(values, "promisedWithinHours", Long.toString(hours));
    put(values, "promisedBy", response.dueAt());
  }

  private void result(Map<String, Object> values, TicketView ticket) {
    put(values, "handling", ticket.plan());
    put(values, "surveyLink", settings.surveyLinkFor(ticket.summary().number().value()));
    var resolution = ticket.resolution();
    if (resolution == null) {
      return;
    }
    put(values, "resolution.type", resolution.type());
    put(values, "resolution.summary", resolution.summary());
    put(values, "resolution.responsibility", resolution.responsibility());
    put(values, "resolution.improvements", resolution.improvements());
    put(
        values,
        "resolution.amount",
        resolution.amount() == null
            ? null
            : resolution.amount().amount().toPlainString() + " " + resolution.amount().currency());
    put(values, "closesAt", resolution.closesUnconfirmedAt());
  }

  private Object shown(Object value) {
    return value instanceof Instant at
        ? times.format(at) + " (" + settings.zone().getId() + ")"
        : value;
  }

  private static void put(Map<String, Object> values, String name, Object value) {
    if (value != null) {
      values.put(name, value);
    }
  }

  /** At most {@link #DESCRIPTION_EXCERPT} characters as people count them (code points). */
  static String excerpt(String text) {
    if (text == null || text.codePointCount(0, text.length()) <= DESCRIPTION_EXCERPT) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_EXCERPT - 1)) + "…";
  }

  private static String customerKey(Customer customer) {
    if (customer.id() != null) {
      return customer.id();
    }
    return customer.email() != null ? customer.email() : customer.phone();
  }

  /**
   * The message's id: the same event, purpose, recipient and channel always give the same one, so
   * that recording it again keeps one.
   */
  static String idOf(
      TicketId ticket,
      long sequence,
      MessagePurpose purpose,
      Recipient recipient,
      DeliveryChannel channel) {
    String key =
        ticket
            + "|"
            + sequence
            + "|"
            + purpose
            + "|"
            + recipient.kind()
            + ":"
            + recipient.id()
            + "|"
            + channel;
    return Digests.hex(key, 16);
  }

  private Instant now() {
    return clock.instant();
  }
}
