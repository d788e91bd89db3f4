package com.feedbackdesk.domain.ticket;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.ActorKind;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
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
@Revision("1")
public class Ticket {

  /** The actor recorded for the automatic classification. */
  static final Actor CLASSIFICATION_RULES = Actor.system("keyword-rules");

  @AggregateIdentifier private TicketId id;
  private TicketStatus status;
  private Classification classification;
  private String assignee;
  private EscalationLevel escalationLevel;
  private int reopenCount;
  private String resolutionSummary;

  /** For the framework, which rebuilds tickets from their events. */
  Ticket() {}

  @CommandHandler
  Ticket(SubmitTicketCommand command, ClassificationPolicy classificationPolicy) {
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
    apply(
        new TicketSubmitted(
            command.ticketId(),
            command.number(),
            command.channel(),
            command.customer(),
            command.orderNumber(),
            command.region(),
            command.description(),
            command.occurredAt(),
            initial,
            customerView,
            command.actor(),
            command.at()));
    apply(
        new ClassificationSuggested(
            command.ticketId(),
            suggestion.classification(),
            suggestion.matchedRules(),
            CLASSIFICATION_RULES,
            command.at()));
  }

  @CommandHandler
  void handle(ClassifyTicketCommand command) {
    require(TicketAction.CLASSIFY);
    Classification confirmed =
        classification.with(command.type(), command.category(), command.priority());
    apply(new TicketClassified(id, classification, confirmed, command.actor(), command.at()));
  }

  @CommandHandler
  void handle(AssignTicketCommand command, DepartmentRouting routing) {
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
    apply(
        new TicketAssigned(
            id,
            lead,
            command.assignee(),
            List.copyOf(command.supportingDepartments()),
            defaultRoute,
            command.actor(),
            command.at()));
  }

  @CommandHandler
  void handle(AcceptTicketCommand command) {
    require(TicketAction.ACCEPT);
    if (assignee != null && !assignee.equals(command.assignee())) {
      throw new AssignedToAnotherHandlerException(id, assignee, command.assignee());
    }
    apply(
        new TicketAccepted(id, command.assignee(), command.plan(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(ReplyToCustomerCommand command) {
    require(TicketAction.REPLY_TO_CUSTOMER);
    apply(new ReplyPosted(id, command.message(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(AddInternalNoteCommand command) {
    require(TicketAction.ADD_INTERNAL_NOTE);
    apply(new InternalNoteAdded(id, command.message(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(RequestInformationCommand command) {
    require(TicketAction.REQUEST_INFORMATION);
    apply(new InformationRequested(id, command.message(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(RecordCustomerReplyCommand command) {
    require(TicketAction.RECORD_CUSTOMER_REPLY);
    apply(new CustomerReplied(id, command.message(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(ResolveTicketCommand command) {
    require(TicketAction.RESOLVE);
    apply(
        new TicketResolved(
            id,
            command.resolutionType(),
            command.summary(),
            command.amount(),
            command.cost(),
            command.actor(),
            command.at()));
  }

  /**
   * Satisfied or basically satisfied closes the ticket with its handling summary; unsatisfied, or
   * "not solved", reopens it and escalates it to the director (unless it is there already).
   */
  @CommandHandler
  void handle(RecordCustomerConfirmationCommand command) {
    require(TicketAction.RECORD_CUSTOMER_CONFIRMATION);
    apply(
        new CustomerConfirmationRecorded(
            id,
            command.resolved(),
            command.satisfaction(),
            command.comment(),
            command.actor(),
            command.at()));
    if (command.acceptsResult()) {
      apply(new TicketClosed(id, resolutionSummary, command.actor(), command.at()));
      return;
    }
    String reason =
        (command.resolved()
                ? "the customer is unsatisfied with the result"
                : "the customer says the problem is not solved")
            + (command.comment() == null ? "" : ": " + command.comment());
    apply(new TicketReopened(id, reason, reopenCount + 1, command.actor(), command.at()));
    if (escalationLevel != EscalationLevel.DIRECTOR) {
      apply(
          new TicketEscalated(
              id,
              escalationLevel,
              EscalationLevel.DIRECTOR,
              reason,
              command.actor(),
              command.at()));
    }
  }

  @CommandHandler
  void handle(ReopenTicketCommand command) {
    require(TicketAction.REOPEN);
    apply(new TicketReopened(id, command.reason(), reopenCount + 1, command.actor(), command.at()));
  }

  @CommandHandler
  void handle(EscalateTicketCommand command) {
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
    apply(
        new TicketEscalated(
            id, escalationLevel, target, command.reason(), command.actor(), command.at()));
  }

  private void require(TicketAction action) {
    TicketLifecycle.requireAllowed(id, status, action);
  }

  @EventSourcingHandler
  void on(TicketEvent event) {
    status = TicketLifecycle.statusAfter(status, event);
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
      return null;
    }

    @Override
    public Void on(CustomerConfirmationRecorded confirmed) {
      return null; // what follows from it (closing, reopening, escalating) are events of their own
    }

    @Override
    public Void on(TicketClosed closed) {
      return null;
    }

    @Override
    public Void on(TicketReopened reopened) {
      reopenCount = reopened.reopenCount();
      return null;
    }

    @Override
    public Void on(TicketEscalated escalated) {
      escalationLevel = escalated.to();
      return null;
    }
  }
}
