package com.feedbackdesk.application.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.notification.NotificationTestData;
import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.StaffMember;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.StaffDirectoryPort;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryOutbox;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryWebhookSubscriptions;
import com.feedbackdesk.application.seed.SeedService;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.application.ticket.service.InMemoryTicketServices;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.ticket.AssignTicketCommand;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which messages ticket events record, to whom, on which channel, in which language, rendered by
 * which template; and that handling an event again records nothing new.
 */
class TicketNotificationsTest {

  private static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z"); // Monday 10:00
  private static final Caller SUPERVISOR = Caller.staff("chen.jing", null, Role.SUPERVISOR);
  private static final Department LOGISTICS = new Department("WAREHOUSE_LOGISTICS");

  private InMemoryTicketServices services;
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  private final AtomicInteger nudges = new AtomicInteger();
  private TicketNotifications notifications;

  private static final List<StaffMember> STAFF =
      List.of(
          new StaffMember(
              "li.na", "李娜", "li.na@shop.example", null, "zh", Set.of(Role.HANDLER), LOGISTICS),
          new StaffMember(
              "chen.jing",
              "陈静",
              "chen.jing@shop.example",
              "+86 139 0000 0000",
              "zh",
              Set.of(Role.SUPERVISOR),
              LOGISTICS),
          new StaffMember(
              "wu.tao",
              "吴涛",
              "wu.tao@shop.example",
              null,
              "en",
              Set.of(Role.SUPERVISOR),
              new Department("TECHNICAL")),
          new StaffMember(
              "zhao.min", "赵敏", "zhao.min@shop.example", null, "zh", Set.of(Role.DIRECTOR), null));

  @BeforeEach
  void start() {
    services = new InMemoryTicketServices(NOW);
    StaffDirectoryPort directory =
        new StaffDirectoryPort() {
          @Override
          public Optional<StaffMember> find(String id) {
            return STAFF.stream().filter(m -> m.id().equals(id)).findFirst();
          }

          @Override
          public List<StaffMember> all() {
            return STAFF;
          }
        };
    notifications =
        new TicketNotifications(
            outbox,
            subscriptions,
            directory,
            services.reader,
            services.eventData,
            InMemoryTicketServices.PSEUDONYMS,
            new NotificationTemplates(NotificationTestData.templates(), "zh"),
            settings(),
            Set.of(DeliveryChannel.IN_APP, DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK),
            nudges::incrementAndGet,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    services.close();
  }

  static NotificationSettings settings() {
    return new NotificationSettings(
        "优品商城",
        "400-800-8888",
        "https://shop.example/survey/{number}",
        "https://console.shop.example/tickets/{number}",
        "zh",
        ZoneId.of("Asia/Shanghai"),
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        4,
        3,
        Duration.ofMinutes(2));
  }

  private TicketView submit(Customer customer) {
    Caller caller =
        customer.id() != null
            ? Caller.customer(customer.id())
            : Caller.staff("zhang.wei", null, Role.AGENT);
    return services
        .commands
        .submit(
            caller,
            new TicketSubmission(
                customer.id() != null ? Channel.APP : Channel.PHONE,
                customer,
                "SO-1",
                null,
                "上海",
                null,
                null,
                null,
                "收到的包裹外箱破损，杯子碎了。",
                NOW,
                null))
        .ticket();
  }

  /** Hands every event of the ticket to the handler, in order, as its processor would. */
  private void deliverEvents(TicketId ticket) {
    deliverEvents(ticket, null);
  }

  private void deliverEvents(TicketId ticket, String origin) {
    services
        .axon
        .eventStore()
        .readEvents(ticket.toString())
        .asStream()
        .forEach(
            (DomainEventMessage<?> message) ->
                notifications.on(
                    (TicketEvent) message.getPayload(), message.getSequenceNumber(), origin));
  }

  @Test
  void aSeededHistoryTellsNobody() {
    TicketView ticket =
        submit(
            new Customer(
                "C10086", "Wang Fang", null, "wang@example.cn", "zh", ContactChannel.EMAIL));

    deliverEvents(ticket.summary().id(), SeedService.SEED);

    assertThat(outbox.forTicket(ticket.summary().id())).isEmpty();
    deliverEvents(ticket.summary().id());
    assertThat(outbox.forTicket(ticket.summary().id()))
        .as("the same events, not seeded")
        .isNotEmpty();
  }

  private List<OutboundMessage> recorded(TicketId ticket, MessagePurpose purpose) {
    return outbox.forTicket(ticket).stream().filter(m -> m.purpose() == purpose).toList();
  }

  @Test
  void theCustomerIsToldAtOnceWhenToExpectContactInTheirLanguageOnTheirChannels() {
    TicketView ticket =
        submit(
            new Customer(
                "C10086", "Wang Fang", null, "wang@example.cn", "en-GB", ContactChannel.EMAIL));
    TicketId id = ticket.summary().id();

    deliverEvents(id);

    List<OutboundMessage> acknowledgements = recorded(id, MessagePurpose.ACKNOWLEDGEMENT);
    assertThat(acknowledgements)
        .extracting(OutboundMessage::channel)
        .containsExactlyInAnyOrder(DeliveryChannel.IN_APP, DeliveryChannel.EMAIL);
    OutboundMessage email =
        acknowledgements.stream()
            .filter(m -> m.channel() == DeliveryChannel.EMAIL)
            .findFirst()
            .orElseThrow();
    assertThat(email.recipient().address()).isEqualTo("wang@example.cn");
    assertThat(email.template().toString()).isEqualTo("acknowledgement@2/en");
    assertThat(email.subject()).isEqualTo("acknowledgement " + ticket.summary().number().value());
    // the keyword rules make a damaged parcel P2: first response within 4 hours, by 14:00
    assertThat(email.text()).isEqualTo("English 4h 2024-05-20 14:00 (Asia/Shanghai)");
    assertThat(email.html()).as("the English template has no HTML").isNull();
    assertThat(email.state()).isEqualTo(MessageState.PENDING);
    assertThat(nudges).hasPositiveValue();
  }

  @Test
  void aLongDescriptionFullOfEmojiIsCutByCharactersAsPeopleCountThem() {
    String emoji = "😡".repeat(150) + "杯子碎了".repeat(20);
    String excerpt = TicketNotifications.excerpt(emoji);
    assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(200);
    assertThat(excerpt).endsWith("…").startsWith("😡😡");
    String justEnough = "😡".repeat(198) + "ab";
    assertThat(TicketNotifications.excerpt(justEnough)).isEqualTo(justEnough);
  }

  @Test
  void handlingTheEventsAgainRecordsNothingNew() {
    TicketId id = submit(new Customer("C10086", null, null, "wang@example.cn")).summary().id();
    deliverEvents(id);
    int first = outbox.forTicket(id).size();

    deliverEvents(id);

    assertThat(first).isPositive();
    assertThat(outbox.forTicket(id)).hasSize(first);
  }

  @Test
  void aLanguageWithoutTemplatesFallsBackToTheDefaultAndAnAppUserReadsTheInbox() {
    TicketId id =
        submit(new Customer("C10087", null, null, "hans@example.de", "de", null)).summary().id();

    deliverEvents(id);

    List<OutboundMessage> acknowledgements = recorded(id, MessagePurpose.ACKNOWLEDGEMENT);
    assertThat(acknowledgements)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.channel()).isEqualTo(DeliveryChannel.IN_APP);
              assertThat(m.template().language()).isEqualTo("zh");
              assertThat(m.html()).startsWith("<p>中文");
            });
  }

  @Test
  void aCustomerNoConfiguredChannelReachesIsRecordedAsUndeliverable() {
    TicketId id = submit(new Customer(null, "王先生", "13800138000", null)).summary().id();

    deliverEvents(id);

    assertThat(recorded(id, MessagePurpose.ACKNOWLEDGEMENT))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.state()).isEqualTo(MessageState.UNDELIVERABLE);
              assertThat(m.note())
                  .contains("no channel reaches the customer")
                  .contains("SMS")
                  .doesNotContain("13800138000");
            });
  }

  @Test
  void staffHearOfWorkAssignedToThemAndSupervisorsOfEscalations() {
    TicketView ticket = submit(new Customer("C10086", null, null, "wang@example.cn"));
    TicketId id = ticket.summary().id();
    TicketReference ref = TicketReference.of(ticket.summary().number().value());
    services.commands.change(
        SUPERVISOR,
        TicketOperation.ASSIGN,
        ref,
        (t, by, now) -> new AssignTicketCommand(t, LOGISTICS, "li.na", Set.of(), by, now));
    services.commands.change(
        SUPERVISOR,
        TicketOperation.ESCALATE,
        ref,
        (t, by, now) ->
            new com.feedbackdesk.domain.ticket.EscalateTicketCommand(t, null, "客户情绪激动", by, now));
    services.commands.change(
        SUPERVISOR,
        TicketOperation.ESCALATE,
        ref,
        (t, by, now) ->
            new com.feedbackdesk.domain.ticket.EscalateTicketCommand(t, null, "要求赔偿", by, now));

    deliverEvents(id);

    assertThat(recorded(id, MessagePurpose.STAFF_ASSIGNED))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipient().id()).isEqualTo("li.na");
              assertThat(m.channel()).isEqualTo(DeliveryChannel.EMAIL);
              assertThat(m.text())
                  .isEqualTo(
                      "中文 李娜 li.na https://console.shop.example/tickets/"
                          + ticket.summary().number().value());
            });
    List<OutboundMessage> escalations = recorded(id, MessagePurpose.STAFF_ESCALATION);
    // to supervisor: the department's supervisor only; to director: the director
    assertThat(escalations)
        .extracting(m -> m.recipient().id())
        .containsExactly("chen.jing", "zhao.min");
    assertThat(escalations.get(1).text()).isEqualTo("中文 赵敏 DIRECTOR 要求赔偿");
  }

  @Test
  void aStaffIdTheDirectoryDoesNotKnowIsRecordedAsUndeliverable() {
    TicketView ticket = submit(new Customer("C10086", null, null, "wang@example.cn"));
    services.commands.change(
        SUPERVISOR,
        TicketOperation.ASSIGN,
        TicketReference.of(ticket.summary().number().value()),
        (t, by, now) -> new AssignTicketCommand(t, LOGISTICS, "nobody.here", Set.of(), by, now));

    deliverEvents(ticket.summary().id());

    assertThat(recorded(ticket.summary().id(), MessagePurpose.STAFF_ASSIGNED))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.state()).isEqualTo(MessageState.UNDELIVERABLE);
              assertThat(m.note()).contains("nobody.here").contains("staff directory");
            });
  }

  @Test
  void aSubscriberGetsTheEventsItAskedForPseudonymizedUnlessAllowedPersonalData() {
    subscriptions.save(subscription("crm", Set.of("TicketSubmitted"), false));
    subscriptions.save(subscription("all", Set.of("*"), true));
    TicketId id = submit(new Customer("C10086", "王芳", null, "wang@example.cn")).summary().id();

    deliverEvents(id);

    List<OutboundMessage> deliveries = recorded(id, MessagePurpose.WEBHOOK_EVENT);
    List<OutboundMessage> crm =
        deliveries.stream().filter(m -> m.subscription().equals("crm")).toList();
    assertThat(crm)
        .singleElement()
        .satisfies(m -> assertThat(m.eventType()).isEqualTo("TicketSubmitted"));
    assertThat(crm.get(0).text())
        .contains("\"type\":\"TicketSubmitted\"")
        .contains("\"sequence\":0")
        .doesNotContain("wang@example.cn")
        .doesNotContain("王芳");
    List<OutboundMessage> all =
        deliveries.stream().filter(m -> m.subscription().equals("all")).toList();
    assertThat(all.size())
        .isEqualTo(services.axon.eventStore().readEvents(id.toString()).asStream().count());
    assertThat(all.get(0).text()).contains("wang@example.cn");
  }

  private static WebhookSubscription subscription(String id, Set<String> types, boolean personal) {
    return new WebhookSubscription(
        id,
        URI.create("https://" + id + ".example/hooks"),
        types,
        "a-secret-of-twenty-four-chars!",
        id,
        personal,
        NOW,
        "admin",
        0,
        null,
        null,
        false);
  }
}
