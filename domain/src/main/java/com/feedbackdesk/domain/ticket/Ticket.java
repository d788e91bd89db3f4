package com.feedbackdesk.domain.ticket;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.ActorKind;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;

/**
 * A customer's feedback, complaint or after-sales case from registration to closure (工单).
 *
 * <p>Event-sourced: command handlers check the rules ({@link TicketLifecycle} and the few that
 * depend on more than the status) and apply events; the one event-sourcing handler is the only
 * place state changes. The state kept here is just what the rules need; everything a person reads
 * about a ticket lives in the read models.
 *
 * <p>Policies that are configuration (the keyword rules, the department routing) are handed to the
 * command handlers as parameters, resolved by the framework, so the aggregate stays plain Java.
 *
 * <p>Long-lived tickets are snapshotted; the revision names the shape of the state below, and a
 * change to that shape must raise it, so that old snapshots are ignored rather than misread.
 */
@Revision("5")
public class Ticket {

  /** The actor recorded for the automatic classification. */
  static final Actor CLASSIFICATION_RULES = Actor.system("keyword-rules");

  /** The actor recorded for closures by timeout and the notice before them. */
  static final Actor AUTO_CLOSURE = Actor.system("auto-closure");

  /**
   * The metadata key by which a process (the after-sales process) numbers the commands it sends a
   * ticket, increasing per ticket. The events a command records carry it too, so the ticket knows
   * the last step it took and does nothing for a step it has taken: a process that runs a step
   * again after a crash changes nothing twice.
   */
  public static final String PROCESS_STEP = "processStep";

  @AggregateIdentifier private TicketId id;
  private TicketStatus status;
  private Classification classification;
  private String assignee;
  private EscalationLevel escalationLevel;
  private int reopenCount;
  private String resolutionSummary;
  private int resolutions;
  private boolean returnVisitDue;
  private boolean everClosed;
  private SlaClocks clocks = SlaClocks.none();
  private long processStep;

  /** For the framework, which rebuilds tickets from their events. */
  Ticket() {}

  @CommandHandler
  Ticket(
      SubmitTicketCommand command,
      ClassificationPolicy classificationPolicy,
      SlaCatalogue sla,
      DeadlineManager deadlines) {
    ClassificationSuggestion suggestion = classificationPolicy.suggest(command.description());
    // staff registering feedback (a phone call, say) may classify it at once; what a customer
    // says it is stays their view, and the keyword rules classify
    boolean byCustomer = command.actor().kind() == ActorKind.CUSTOMER;
    Classification initial =
        byCustomer
            ? suggestion.classification()
            : suggestion
                .classification()
                .with(command.type(), command.category(), command.priority());
    CustomerView customerView =
        byCustomer
            ? CustomerView.ofParts(command.type(), command.category(), command.priority())
            : null;
    TicketSubmitted submitted =
        new TicketSubmitted(
            command.ticketId(),
            command.number(),
            command.channel(),
            command.customer(),
            command.orderNumber(),
            command.product(),
            command.region(),
            command.description(),
            command.occurredAt(),
            initial,
            customerView,
            command.attachments(),
            command.actor(),
            command.at());
    apply(submitted);
    apply(
        new ClassificationSuggested(
            command.ticketId(),
            suggestion.classification(),
            suggestion.matchedRules(),
            classificationPolicy.version(),
            CLASSIFICATION_RULES,
            command.at()));
    // events applied while the ticket is being created reach its state only afterwards: the
    // clocks are decided from what was just applied, not from the fields
    SlaPolicy policy = sla.activePolicy();
    SlaPolicyApplied governed =
        new SlaPolicyApplied(command.ticketId(), policy.ref(), SlaClocks.ENGINE, command.at());
    apply(governed);
    SlaClocks governedClocks = SlaClocks.none().apply(governed);
    keepClocks(
        governedClocks,
        governedClocks.reactTo(submitted, initial, SlaRules.of(policy, sla)),
        deadlines);
  }

  @CommandHandler
  void handle(ClassifyTicketCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.CLASSIFY);
    Classification confirmed =
        classification.with(command.type(), command.category(), command.priority());
    record(
        new TicketClassified(id, classification, confirmed, command.actor(), command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(
      AssignTicketCommand command,
      DepartmentRouting routing,
      SlaCatalogue sla,
      DeadlineManager deadlines) {
    boolean defaultRoute = command.department() == null;
    Department lead =
        defaultRoute ? routing.route(classification) : routing.requireKnown(command.department());
    command.supportingDepartments().forEach(routing::requireKnown);
    if (command.supportingDepartments().contains(lead)) {
      throw new InvalidValueException(
          "supportingDepartments",
          lead + " leads the case, so it cannot also be a supporting department");
    }
    require(TicketAction.ASSIGN);
    record(
        new TicketAssigned(
            id,
            lead,
            command.assignee(),
            List.copyOf(command.supportingDepartments()),
            defaultRoute,
            defaultRoute ? routing.version() : null,
            command.actor(),
            command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(AcceptTicketCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.ACCEPT);
    if (assignee != null && !assignee.equals(command.assignee())) {
      throw new AssignedToAnotherHandlerException(id, assignee, command.assignee());
    }
    record(
        new TicketAccepted(id, command.assignee(), command.plan(), command.actor(), command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(ReplyToCustomerCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.REPLY_TO_CUSTOMER);
    record(new ReplyPosted(id, command.message(), command.actor(), command.at()), sla, deadlines);
  }

  @CommandHandler
  void handle(AddInternalNoteCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.ADD_INTERNAL_NOTE);
    record(
        new InternalNoteAdded(id, command.message(), command.actor(), command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(RequestInformationCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.REQUEST_INFORMATION);
    record(
        new InformationRequested(id, command.message(), command.actor(), command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(RecordCustomerReplyCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.RECORD_CUSTOMER_REPLY);
    record(
        new CustomerReplied(
            id, command.message(), command.attachments(), command.actor(), command.at()),
        sla,
        deadlines);
  }

  /**
   * Resolving starts the wait for the customer's verdict: when the service closes unconfirmed
   * tickets, a durable deadline for the notice to the customer and one for the closure.
   */
  @CommandHandler
  void handle(
      ResolveTicketCommand command,
      AutoClosure autoClosure,
      SlaCatalogue sla,
      DeadlineManager deadlines) {
    require(TicketAction.RESOLVE);
    Instant closesAt = autoClosure.closesAt(command.at());
    record(
        new TicketResolved(
            id,
            command.resolutionType(),
            command.summary(),
            command.amount(),
            command.cost(),
            command.responsibility(),
            command.improvements(),
            closesAt,
            command.actor(),
            command.at()),
        sla,
        deadlines);
    if (closesAt != null) {
      if (!autoClosure.noticeBefore().isZero()) {
        deadlines.schedule(
            closesAt.minus(autoClosure.noticeBefore()),
            AutoClosureDeadline.NAME,
            new AutoClosureDeadline(resolutions, closesAt, true));
      }
      deadlines.schedule(
          closesAt,
          AutoClosureDeadline.NAME,
          new AutoClosureDeadline(resolutions, closesAt, false));
    }
  }

  /**
   * Satisfied or basically satisfied closes the ticket with its handling summary; unsatisfied, or
   * "not solved", reopens it and escalates it to the director (unless it is there already).
   */
  @CommandHandler
  void handle(
      RecordCustomerConfirmationCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.RECORD_CUSTOMER_CONFIRMATION);
    record(
        new CustomerConfirmationRecorded(
            id,
            command.resolved(),
            command.satisfaction(),
            command.comment(),
            command.actor(),
            command.at()),
        sla,
        deadlines);
    if (command.acceptsResult()) {
      record(
          new TicketClosed(id, resolutionSummary, command.actor(), command.at()), sla, deadlines);
      return;
    }
    String reason =
        (command.resolved()
                ? "the customer is unsatisfied with the result"
                : "the customer says the problem is not solved")
            + (command.comment() == null ? "" : ": " + command.comment());
    reopenForDirector(reason, command.actor(), command.at(), sla, deadlines);
  }

  /**
   * The return visit (回访) after a resolution, once per resolution: a customer who is no longer
   * satisfied has the ticket reopened and escalated to the director, as an unsatisfied verdict
   * does.
   */
  @CommandHandler
  void handle(RecordReturnVisitCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.RECORD_RETURN_VISIT);
    if (!returnVisitDue) {
      throw new ReturnVisitNotDueException(id);
    }
    record(
        new ReturnVisitRecorded(
            id,
            command.reached(),
            command.channel(),
            command.stillSatisfied(),
            command.note(),
            command.actor(),
            command.at()),
        sla,
        deadlines);
    if (command.dissatisfied()) {
      reopenForDirector(
          "on the return visit the customer is no longer satisfied"
              + (command.note() == null ? "" : ": " + command.note()),
          command.actor(),
          command.at(),
          sla,
          deadlines);
    }
  }

  /**
   * Records a supervisor's verdict on the classification the ticket was closed with; any time after
   * a closure, in whatever status the ticket is now.
   */
  @CommandHandler
  void handle(ReviewClassificationCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    if (!everClosed) {
      throw new TicketNeverClosedException(id);
    }
    record(
        new ClassificationReviewed(
            id,
            command.month().toString(),
            command.samplingVersion(),
            command.reviewedCategory(),
            command.correct(),
            command.correctCategory(),
            command.note(),
            command.actor(),
            command.at()),
        sla,
        deadlines);
  }

  private void reopenForDirector(
      String reason, Actor actor, Instant at, SlaCatalogue sla, DeadlineManager deadlines) {
    record(new TicketReopened(id, reason, reopenCount + 1, actor, at), sla, deadlines);
    if (escalationLevel != EscalationLevel.DIRECTOR) {
      record(
          new TicketEscalated(id, escalationLevel, EscalationLevel.DIRECTOR, reason, actor, at),
          sla,
          deadlines);
    }
  }

  @CommandHandler
  void handle(ReopenTicketCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.REOPEN);
    record(
        new TicketReopened(id, command.reason(), reopenCount + 1, command.actor(), command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(EscalateTicketCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    require(TicketAction.ESCALATE);
    EscalationLevel target =
        command.level() != null
            ? command.level()
            : escalationLevel
                .next()
                .orElseThrow(() -> new EscalationNotUpwardException(id, escalationLevel, null));
    if (!target.isAbove(escalationLevel)) {
      throw new EscalationNotUpwardException(id, escalationLevel, target);
    }
    record(
        new TicketEscalated(
            id, escalationLevel, target, command.reason(), command.actor(), command.at()),
        sla,
        deadlines);
  }

  @CommandHandler
  void handle(ExtendSlaClockCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    SlaPolicy governing = governingPolicy(sla);
    if (governing == null) {
      throw new SlaExtensionRefusedException(id, "no SLA policy governs it");
    }
    SlaEvent extended =
        clocks.extend(
            command.clock(),
            command.target(),
            command.reason(),
            SlaRules.of(governing, sla),
            classification,
            id,
            command.actor(),
            command.at());
    keepClocks(clocks, List.of(extended), deadlines);
  }

  /** Open tickets move to the active policy and current calendars; closed ones keep theirs. */
  @CommandHandler
  void handle(ApplySlaRulesCommand command, SlaCatalogue sla, DeadlineManager deadlines) {
    if (status == TicketStatus.CLOSED) {
      return;
    }
    SlaRules rules = SlaRules.of(sla.activePolicy(), sla);
    keepClocks(clocks, clocks.retargetTo(rules, classification, id, command.at()), deadlines);
  }

  /**
   * A durable deadline woke the ticket: the reminders and breaches due now are recorded, and each
   * breach escalates the ticket as configured. A deadline that no longer matches its clock finds
   * nothing due and changes nothing, so one that fires twice, or late after its clock stopped, is
   * harmless.
   */
  @DeadlineHandler(deadlineName = SlaDeadline.NAME)
  void on(
      SlaDeadline deadline,
      SlaCatalogue sla,
      SlaEscalation escalation,
      DeadlineManager deadlines,
      Clock clock) {
    Instant now = clock.instant();
    if (now.isBefore(deadline.at())) {
      // JobRunr hands out jobs up to one poll interval early; the deadline manager schedules that
      // much late, so this is a clock skew between instances: fail, and JobRunr retries later
      throw new SlaDeadlineEarlyException(id, deadline.at(), now);
    }
    List<SlaEvent> due = clocks.dueAt(id, now);
    int breaches = clocks.breaches();
    keepClocks(clocks, due, deadlines);
    for (SlaEvent event : due) {
      if (event instanceof SlaBreached breached) {
        escalateFor(breached, ++breaches, escalation);
      }
    }
  }

  /**
   * A resolved ticket's customer stayed silent: first they are told when it will close, then it
   * closes by timeout with the resolution's summary. A deadline of an earlier resolution, or one
   * that comes after the customer answered, finds the ticket no longer waiting and does nothing.
   */
  @DeadlineHandler(deadlineName = AutoClosureDeadline.NAME)
  void on(AutoClosureDeadline deadline, SlaCatalogue sla, DeadlineManager deadlines, Clock clock) {
    if (status != TicketStatus.RESOLVED || deadline.resolution() != resolutions) {
      return;
    }
    Instant now = clock.instant();
    if (deadline.notice()) {
      apply(new TicketClosureAnnounced(id, deadline.closesAt(), AUTO_CLOSURE, now));
      return;
    }
    record(
        new TicketClosed(
            id, resolutionSummary, ClosureReason.CONFIRMATION_TIMEOUT, AUTO_CLOSURE, now),
        sla,
        deadlines);
  }

  /** Escalates for the ticket's {@code ordinal}-th breach, if that calls for a higher level. */
  private void escalateFor(SlaBreached breached, int ordinal, SlaEscalation escalation) {
    escalation
        .levelFor(breached.clock(), ordinal)
        .filter(level -> level.isAbove(escalationLevel))
        .filter(level -> TicketLifecycle.allows(status, TicketAction.ESCALATE))
        .ifPresent(
            level ->
                apply(
                    new TicketEscalated(
                        id,
                        escalationLevel,
                        level,
                        "the "
                            + breached.clock().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " limit passed (due "
                            + breached.dueAt()
                            + ")",
                        SlaClocks.ENGINE,
                        breached.at())));
  }

  private void require(TicketAction action) {
    TicketLifecycle.requireAllowed(id, status, action);
  }

  /** Records a ticket event and what it does to the clocks. */
  private void record(TicketEvent event, SlaCatalogue sla, DeadlineManager deadlines) {
    apply(event);
    SlaPolicy governing = governingPolicy(sla);
    if (governing != null) {
      keepClocks(
          clocks, clocks.reactTo(event, classification, SlaRules.of(governing, sla)), deadlines);
    }
  }

  private SlaPolicy governingPolicy(SlaCatalogue sla) {
    return clocks.policy() == null ? null : sla.policy(clocks.policy());
  }

  /**
   * Records the engine's decisions, each with the durable deadline it needs: a clock that stops,
   * pauses or changes its limit has its pending deadline cancelled, and one that counts towards a
   * reminder or a due time gets a deadline for it.
   */
  private static void keepClocks(
      SlaClocks before, List<SlaEvent> decided, DeadlineManager deadlines) {
    SlaClocks current = before;
    for (int i = 0; i < decided.size(); i++) {
      SlaEvent event = decided.get(i);
      boolean breachFollows = i + 1 < decided.size() && decided.get(i + 1) instanceof SlaBreached;
      SlaEvent armed = SlaDeadlines.arm(event, current, deadlines, breachFollows);
      apply(armed);
      current = current.apply(armed);
    }
  }

  /**
   * A command of a process step the ticket has taken already changes nothing; the events of a new
   * step carry its number, which is how the ticket knows it has taken it.
   */
  @CommandHandlerInterceptor
  Object skipTakenSteps(CommandMessage<?> command, InterceptorChain chain) throws Exception {
    if (command.getMetaData().get(PROCESS_STEP) instanceof Number step) {
      if (step.longValue() <= processStep) {
        return null;
      }
      CurrentUnitOfWork.get()
          .registerCorrelationDataProvider(new SimpleCorrelationDataProvider(PROCESS_STEP));
    }
    return chain.proceed();
  }

  @EventSourcingHandler
  void on(TicketEvent event, @MetaDataValue(PROCESS_STEP) Number step) {
    if (step != null) {
      processStep = Math.max(processStep, step.longValue());
    }
    status = TicketLifecycle.statusAfter(status, event);
    clocks = clocks.apply(event);
    event.accept(new StateChanges());
  }

  /** What each event changes of the state the command handlers decide on. */
  private final class StateChanges implements TicketEventVisitor<Void> {

    @Override
    public Void on(TicketSubmitted submitted) {
      id = submitted.ticketId();
      classification = submitted.classification();
      escalationLevel = EscalationLevel.HANDLER;
      return null;
    }

    @Override
    public Void on(ClassificationSuggested suggested) {
      return null; // the suggestion is what the submission classified already
    }

    @Override
    public Void on(TicketClassified classified) {
      classification = classified.classification();
      return null;
    }

    @Override
    public Void on(TicketAssigned assigned) {
      assignee = assigned.assignee();
      return null;
    }

    @Override
    public Void on(TicketAccepted accepted) {
      assignee = accepted.assignee();
      return null;
    }

    @Override
    public Void on(ReplyPosted replied) {
      return null;
    }

    @Override
    public Void on(InternalNoteAdded noted) {
      return null;
    }

    @Override
    public Void on(InformationRequested requested) {
      return null;
    }

    @Override
    public Void on(CustomerReplied replied) {
      return null;
    }

    @Override
    public Void on(TicketResolved resolved) {
      resolutionSummary = resolved.summary();
      resolutions++;
      returnVisitDue = true;
      return null;
    }

    @Override
    public Void on(CustomerConfirmationRecorded confirmed) {
      return null; // what follows from it (closing, reopening, escalating) are events of their own
    }

    @Override
    public Void on(TicketClosed closed) {
      everClosed = true;
      return null;
    }

    @Override
    public Void on(TicketReopened reopened) {
      reopenCount = reopened.reopenCount();
      returnVisitDue = false;
      return null;
    }

    @Override
    public Void on(TicketEscalated escalated) {
      escalationLevel = escalated.to();
      return null;
    }

    @Override
    public Void on(TicketClosureAnnounced announced) {
      return null;
    }

    @Override
    public Void on(ReturnVisitRecorded visited) {
      returnVisitDue = false;
      return null;
    }

    @Override
    public Void on(ClassificationReviewed reviewed) {
      return null;
    }

    @Override
    public Void on(SlaPolicyApplied event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaClockStarted event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaClockPaused event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaClockResumed event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaClockRetargeted event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaClockStopped event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaReminderRaised event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }

    @Override
    public Void on(SlaBreached event) {
      return null; // the clocks fold it: see on(TicketEvent)
    }
  }
}
