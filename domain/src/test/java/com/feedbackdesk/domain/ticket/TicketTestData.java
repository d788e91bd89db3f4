package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket's life in ready-made commands and events, with sensible defaults. Shared with the other
 * modules' tests through this module's test-jar.
 */
public final class TicketTestData {

  public static final TicketId TICKET_ID =
      new TicketId(UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"));
  public static final TicketNumber NUMBER = TicketNumber.of(LocalDate.of(2024, 5, 20), 1);
  public static final Instant SUBMITTED_AT = Instant.parse("2024-05-20T02:00:00Z");
  public static final Instant OCCURRED_AT = Instant.parse("2024-05-19T12:30:00Z");
  public static final Instant LATER = Instant.parse("2024-05-20T03:00:00Z");
  public static final Customer CUSTOMER =
      new Customer("C10086", "王芳", "+86 138 0013 8000", "wang.fang@example.com");
  public static final Actor CUSTOMER_ACTOR = Actor.customer("C10086");
  public static final Actor FRONTLINE = Actor.agent("zhang.wei");
  public static final Actor SUPERVISOR = Actor.agent("chen.jing");
  public static final String HANDLER = "li.na";
  public static final Actor HANDLER_ACTOR = Actor.agent(HANDLER);
  public static final String DESCRIPTION = "收到的包裹外箱破损，杯子碎了。The parcel arrived damaged.";

  public static final Department TECHNICAL = new Department("TECHNICAL");
  public static final Department WAREHOUSE_LOGISTICS = new Department("WAREHOUSE_LOGISTICS");
  public static final Department CUSTOMER_SERVICE = new Department("CUSTOMER_SERVICE");
  public static final Department PRODUCT = new Department("PRODUCT");
  public static final Department MARKETING = new Department("MARKETING");
  public static final Department LEGAL = new Department("LEGAL");

  /** The classification the default rules give {@link #DESCRIPTION}. */
  public static final Classification DAMAGED_IN_TRANSIT =
      new Classification(TicketType.COMPLAINT, Category.CQ02, Priority.P2);

  private TicketTestData() {}

  /** The default routing of DOMAIN.md. */
  public static DepartmentRouting routing() {
    Map<Category, Department> routes = new EnumMap<>(Category.class);
    routes.put(Category.CQ01, TECHNICAL);
    routes.put(Category.CQ02, WAREHOUSE_LOGISTICS);
    routes.put(Category.CQ03, CUSTOMER_SERVICE);
    routes.put(Category.CQ04, TECHNICAL);
    routes.put(Category.CQ05, CUSTOMER_SERVICE);
    routes.put(Category.CQ06, TECHNICAL);
    routes.put(Category.CQ07, PRODUCT);
    routes.put(Category.CQ08, LEGAL);
    routes.put(Category.CQ09, CUSTOMER_SERVICE);
    return new DepartmentRouting(
        Set.of(TECHNICAL, WAREHOUSE_LOGISTICS, CUSTOMER_SERVICE, PRODUCT, MARKETING, LEGAL),
        routes,
        Map.of(TicketType.SUGGESTION, MARKETING));
  }

  /** A small rule set in Chinese and English. */
  public static ClassificationPolicy classificationPolicy() {
    return new ClassificationPolicy(
        List.of(
            new ClassificationRule(
                "data-leak",
                List.of("泄露", "leak"),
                TicketType.COMPLAINT,
                Category.CQ08,
                Priority.P1),
            new ClassificationRule(
                "damaged-parcel",
                List.of("破损", "damaged"),
                TicketType.COMPLAINT,
                Category.CQ02,
                Priority.P2),
            new ClassificationRule(
                "how-to",
                List.of("怎么用", "how do i"),
                TicketType.CONSULTATION,
                Category.CQ09,
                Priority.P3)),
        new Classification(TicketType.COMPLAINT, Category.CQ09, Priority.P3));
  }

  // ---- commands ----

  public static SubmitTicketCommand submit() {
    return submit(null, null, null);
  }

  /** Feedback a member of staff registers from a phone call, classifying it at once. */
  public static SubmitTicketCommand registerPhoneCall(
      TicketType type, Category category, Priority priority) {
    SubmitTicketCommand base = submit(type, category, priority);
    return new SubmitTicketCommand(
        base.ticketId(),
        base.number(),
        Channel.PHONE,
        base.customer(),
        base.orderNumber(),
        base.product(),
        base.region(),
        base.description(),
        base.occurredAt(),
        type,
        category,
        priority,
        HANDLER_ACTOR,
        base.at());
  }

  public static SubmitTicketCommand submit(TicketType type, Category category, Priority priority) {
    return new SubmitTicketCommand(
        TICKET_ID,
        NUMBER,
        Channel.APP,
        CUSTOMER,
        "SO-2024-000123",
        null,
        "Shanghai",
        DESCRIPTION,
        OCCURRED_AT,
        type,
        category,
        priority,
        CUSTOMER_ACTOR,
        SUBMITTED_AT);
  }

  /** A valid command for the action, as it would be sent to a ticket {@link #assigned()}. */
  public static TicketCommand commandFor(TicketAction action) {
    return switch (action) {
      case CLASSIFY ->
          new ClassifyTicketCommand(TICKET_ID, null, Category.CQ01, null, SUPERVISOR, LATER);
      case ASSIGN ->
          new AssignTicketCommand(TICKET_ID, TECHNICAL, HANDLER, Set.of(), SUPERVISOR, LATER);
      case ACCEPT -> new AcceptTicketCommand(TICKET_ID, HANDLER, "已联系物流方核实", HANDLER_ACTOR, LATER);
      case REPLY_TO_CUSTOMER ->
          new ReplyToCustomerCommand(TICKET_ID, "我们正在核实", HANDLER_ACTOR, LATER);
      case ADD_INTERNAL_NOTE ->
          new AddInternalNoteCommand(TICKET_ID, "carrier says box was wet", HANDLER_ACTOR, LATER);
      case REQUEST_INFORMATION ->
          new RequestInformationCommand(TICKET_ID, "请提供破损照片", HANDLER_ACTOR, LATER);
      case RECORD_CUSTOMER_REPLY ->
          new RecordCustomerReplyCommand(TICKET_ID, "照片已上传", CUSTOMER_ACTOR, LATER);
      case RESOLVE -> resolve();
      case RECORD_CUSTOMER_CONFIRMATION -> confirm(true, Satisfaction.SATISFIED);
      case REOPEN ->
          new ReopenTicketCommand(TICKET_ID, "the replacement is broken too", SUPERVISOR, LATER);
      case ESCALATE ->
          new EscalateTicketCommand(
              TICKET_ID, null, "customer threatens to go public", SUPERVISOR, LATER);
      case RECORD_RETURN_VISIT -> returnVisit(true, true);
    };
  }

  public static ResolveTicketCommand resolve() {
    return new ResolveTicketCommand(
        TICKET_ID,
        ResolutionType.RESEND,
        "补发新杯子，运费由我方承担",
        Money.of("39.90", "CNY"),
        Money.of("52.00", "CNY"),
        HANDLER_ACTOR,
        LATER);
  }

  public static RecordReturnVisitCommand returnVisit(boolean reached, Boolean stillSatisfied) {
    return new RecordReturnVisitCommand(
        TICKET_ID,
        reached,
        ContactChannel.PHONE,
        reached ? stillSatisfied : null,
        "回访：杯子使用正常",
        FRONTLINE,
        LATER);
  }

  public static RecordCustomerConfirmationCommand confirm(
      boolean resolved, Satisfaction satisfaction) {
    return new RecordCustomerConfirmationCommand(
        TICKET_ID, resolved, satisfaction, "thanks", CUSTOMER_ACTOR, LATER);
  }

  // ---- events ----

  public static TicketSubmitted submitted() {
    return submittedAt(SUBMITTED_AT, DAMAGED_IN_TRANSIT);
  }

  /** The standard submission, registered at another time with another classification. */
  public static TicketSubmitted submittedAt(Instant at, Classification classification) {
    SubmitTicketCommand command = submit();
    return new TicketSubmitted(
        TICKET_ID,
        NUMBER,
        command.channel(),
        CUSTOMER,
        command.orderNumber(),
        command.product(),
        command.region(),
        DESCRIPTION,
        OCCURRED_AT,
        classification,
        null,
        java.util.List.of(),
        CUSTOMER_ACTOR,
        at);
  }

  /** The policy of a catalogue that measures nothing: the lifecycle's tests see no clocks. */
  public static SlaPolicyApplied policyApplied() {
    return new SlaPolicyApplied(
        TICKET_ID, SlaTestData.UNMEASURED.ref(), SlaClocks.ENGINE, SUBMITTED_AT);
  }

  public static ClassificationSuggested suggested() {
    return new ClassificationSuggested(
        TICKET_ID,
        DAMAGED_IN_TRANSIT,
        List.of("damaged-parcel"),
        classificationPolicy().version(),
        Ticket.CLASSIFICATION_RULES,
        SUBMITTED_AT);
  }

  public static TicketAssigned assigned() {
    return new TicketAssigned(
        TICKET_ID, WAREHOUSE_LOGISTICS, HANDLER, List.of(), false, SUPERVISOR, SUBMITTED_AT);
  }

  public static TicketAccepted accepted() {
    return new TicketAccepted(TICKET_ID, HANDLER, "已联系物流方核实", HANDLER_ACTOR, SUBMITTED_AT);
  }

  public static InformationRequested informationRequested() {
    return new InformationRequested(TICKET_ID, "请提供破损照片", HANDLER_ACTOR, SUBMITTED_AT);
  }

  public static CustomerReplied customerReplied() {
    return new CustomerReplied(
        TICKET_ID, "照片已上传", java.util.List.of(), CUSTOMER_ACTOR, SUBMITTED_AT);
  }

  public static TicketResolved resolved() {
    ResolveTicketCommand command = resolve();
    return new TicketResolved(
        TICKET_ID,
        command.resolutionType(),
        command.summary(),
        command.amount(),
        command.cost(),
        HANDLER_ACTOR,
        SUBMITTED_AT);
  }

  public static CustomerConfirmationRecorded confirmed() {
    return new CustomerConfirmationRecorded(
        TICKET_ID, true, Satisfaction.SATISFIED, "thanks", CUSTOMER_ACTOR, SUBMITTED_AT);
  }

  public static TicketClosed closed() {
    return new TicketClosed(TICKET_ID, resolved().summary(), CUSTOMER_ACTOR, SUBMITTED_AT);
  }

  public static TicketReopened reopened(int count) {
    return new TicketReopened(
        TICKET_ID, "the replacement is broken too", count, SUPERVISOR, SUBMITTED_AT);
  }

  public static TicketEscalated escalated(EscalationLevel from, EscalationLevel to) {
    return new TicketEscalated(TICKET_ID, from, to, "customer is angry", SUPERVISOR, SUBMITTED_AT);
  }

  /** The events that take a new ticket, along the usual path, to the status. */
  public static List<TicketEvent> historyUntil(TicketStatus status) {
    List<TicketEvent> events = new ArrayList<>(List.of(submitted(), suggested()));
    if (status == TicketStatus.SUBMITTED) {
      return events;
    }
    events.add(assigned());
    if (status == TicketStatus.ASSIGNED) {
      return events;
    }
    events.add(accepted());
    if (status == TicketStatus.IN_PROGRESS) {
      return events;
    }
    if (status == TicketStatus.AWAITING_CUSTOMER) {
      events.add(informationRequested());
      return events;
    }
    events.add(resolved());
    if (status == TicketStatus.RESOLVED) {
      return events;
    }
    events.add(confirmed());
    events.add(closed());
    return events;
  }
}
