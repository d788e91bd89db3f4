package com.feedbackdesk.domain.aftersales;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.SlaCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * An after-sales application (售后申请) from its making, reviewed at once against the after-sales
 * policy, through a person's decision when the rules cannot decide, the goods' way back, handling
 * and completion, to its end. The policy's time limits are durable deadlines that decide in the
 * customer's favour when the shop does not act, and close the application when the customer does
 * not send the goods back.
 *
 * <p>The application is handled on a ticket of its own ({@link ApplicationId#ticket()}); the
 * process that drives the ticket from the application's events lives in the application layer.
 */
@Revision("1")
public class AfterSalesApplication {

  /** The actor recorded for the automatic review. */
  public static final Actor POLICY = Actor.system("after-sales-policy");

  /** The actor recorded for decisions by timeout. */
  public static final Actor TIMEOUT = Actor.system("after-sales-timeout");

  private static final Set<ApplicationStatus> WITHDRAWABLE =
      EnumSet.of(
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.ACCEPTED,
          ApplicationStatus.IN_HANDLING);

  @AggregateIdentifier private ApplicationId id;
  private ApplicationStatus status;
  private Remedy remedy;
  private OrderLineFacts line;
  private int quantity;
  private boolean shipped;
  private CustomerLanguage language;
  private ApplicationDeadline pending;

  /** For the framework, which rebuilds applications from their events. */
  AfterSalesApplication() {}

  @CommandHandler
  AfterSalesApplication(
      ApplyForAfterSalesCommand command,
      AfterSalesPolicy policy,
      AfterSalesTasks tasks,
      SlaCatalogue calendars,
      DeadlineManager deadlines) {
    apply(
        new AfterSalesApplied(
            command.applicationId(),
            command.number(),
            command.applicationId().ticket(),
            command.channel(),
            command.customer(),
            command.line(),
            command.remedy(),
            command.reason(),
            command.quantity(),
            command.description(),
            command.attachments(),
            command.actor(),
            command.at()));
    BusinessCalendar calendar = calendars.currentCalendar(policy.calendar());
    PolicyReview review =
        policy.review(
            new ReviewFacts(
                command.line(),
                command.remedy(),
                command.reason(),
                command.quantity(),
                command.attachments().size(),
                command.settled(),
                command.openApplication(),
                CustomerLanguage.of(command.customer().language()),
                command.at()),
            calendar);
    ApplicationDeadline next =
        switch (review.decision()) {
          case REFERRED ->
              new ApplicationDeadline(
                  ApplicationDeadline.Kind.DECISION, command.at().plus(policy.decideWithin()));
          case ACCEPTED -> afterAcceptance(command.remedy(), policy, command.at());
          case REJECTED -> null;
        };
    AfterSalesTasks.Task task =
        switch (review.decision()) {
          case REFERRED -> tasks.review();
          case ACCEPTED -> tasks.taskFor(command.remedy(), command.line().productCategory());
          case REJECTED -> null;
        };
    apply(
        new AfterSalesReviewed(
            command.applicationId(),
            review.decision(),
            DecidedBy.RULES,
            policy.version(),
            calendar.ref().toString(),
            review.rules(),
            null,
            task == null ? null : task.department(),
            task == null ? null : task.assignee(),
            next == null ? null : next.at(),
            POLICY,
            command.at()));
    schedule(next, deadlines);
  }

  @CommandHandler
  void handle(
      ReviewApplicationCommand command,
      AfterSalesPolicy policy,
      AfterSalesTasks tasks,
      DeadlineManager deadlines) {
    require(ApplicationStatus.UNDER_REVIEW, "only an application referred to a person is decided");
    requireBefore(ApplicationDeadline.Kind.DECISION, command.at(), "a person decides it");
    ApplicationDeadline next =
        command.decision() == ReviewDecision.ACCEPTED
            ? afterAcceptance(remedy, policy, command.at())
            : null;
    AfterSalesTasks.Task task =
        command.decision() == ReviewDecision.ACCEPTED
            ? tasks.taskFor(remedy, line.productCategory())
            : null;
    apply(
        new AfterSalesReviewed(
            id,
            command.decision(),
            DecidedBy.PERSON,
            policy.version(),
            null,
            List.of(),
            command.note(),
            task == null ? null : task.department(),
            task == null ? null : task.assignee(),
            next == null ? null : next.at(),
            command.actor(),
            command.at()));
    schedule(next, deadlines);
  }

  @CommandHandler
  void handle(
      RecordReturnShipmentCommand command, AfterSalesPolicy policy, DeadlineManager deadlines) {
    if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.IN_HANDLING) {
      throw new ApplicationStateException(id, status, "goods go back once it is accepted");
    }
    if (!remedy.goodsComeBack()) {
      throw new ApplicationStateException(id, status, "a " + remedy + " takes no goods back");
    }
    if (shipped) {
      throw new ApplicationStateException(id, status, "the goods were sent back already");
    }
    requireBefore(ApplicationDeadline.Kind.SHIPMENT, command.at(), "the goods are sent back");
    ApplicationDeadline next =
        remedy == Remedy.RETURN
            ? new ApplicationDeadline(
                ApplicationDeadline.Kind.REFUND, command.at().plus(policy.refundWithin()))
            : null;
    apply(
        new ReturnShipped(
            id,
            command.carrier(),
            command.trackingNumber(),
            next == null ? null : next.at(),
            command.actor(),
            command.at()));
    schedule(next, deadlines);
  }

  @CommandHandler
  void handle(StartAfterSalesHandlingCommand command) {
    require(ApplicationStatus.ACCEPTED, "an accepted application is taken on");
    apply(new AfterSalesHandlingStarted(id, command.handler(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(CompleteAfterSalesCommand command) {
    if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.IN_HANDLING) {
      throw new ApplicationStateException(id, status, "an accepted application is completed");
    }
    if (remedy.goodsComeBack() && !shipped) {
      throw new ApplicationStateException(
          id, status, "the goods of a " + remedy + " are sent back before it is completed");
    }
    requireFitting(command.outcome(), command.amount());
    apply(
        new AfterSalesCompleted(
            id,
            command.outcome(),
            command.summary(),
            command.amount(),
            DecidedBy.PERSON,
            command.actor(),
            command.at()));
  }

  @CommandHandler
  void handle(WithdrawApplicationCommand command) {
    if (!WITHDRAWABLE.contains(status)) {
      throw new ApplicationStateException(id, status, "an application that ended stays as it is");
    }
    if (shipped) {
      throw new ApplicationStateException(
          id, status, "the goods are on their way back: the shop completes it");
    }
    apply(new AfterSalesWithdrawn(id, command.reason(), command.actor(), command.at()));
  }

  /**
   * A time limit ran out. One the application has moved past since does nothing; the others decide
   * as the policy says: a referral is accepted, goods not sent back close the application, a refund
   * not made is owed.
   */
  @DeadlineHandler(deadlineName = ApplicationDeadline.NAME)
  void on(
      ApplicationDeadline deadline,
      AfterSalesPolicy policy,
      AfterSalesTasks tasks,
      DeadlineManager deadlines,
      Clock clock) {
    if (!deadline.equals(pending) || status.ended()) {
      return;
    }
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    if (now.isBefore(deadline.at())) {
      throw new AfterSalesDeadlineEarlyException(id, deadline.at(), now);
    }
    switch (deadline.kind()) {
      case DECISION -> {
        ApplicationDeadline next = afterAcceptance(remedy, policy, now);
        AfterSalesTasks.Task task = tasks.taskFor(remedy, line.productCategory());
        apply(
            new AfterSalesReviewed(
                id,
                ReviewDecision.ACCEPTED,
                DecidedBy.TIMEOUT,
                policy.version(),
                null,
                List.of(),
                language == CustomerLanguage.ENGLISH
                    ? "the shop did not decide by " + deadline.at() + ": accepted by the policy"
                    : "商家未在 " + deadline.at() + " 前处理，按政策自动通过",
                task.department(),
                task.assignee(),
                next == null ? null : next.at(),
                TIMEOUT,
                now));
        schedule(next, deadlines);
      }
      case SHIPMENT -> apply(new AfterSalesLapsed(id, deadline.at(), TIMEOUT, now));
      case REFUND -> {
        Money owed = line.priceOf(quantity);
        apply(
            new AfterSalesCompleted(
                id,
                remedy.resolution(),
                "refund of "
                    + owed.amount().toPlainString()
                    + " "
                    + owed.currency()
                    + " owed: the shop did not refund by "
                    + deadline.at(),
                owed,
                DecidedBy.TIMEOUT,
                TIMEOUT,
                now));
      }
    }
  }

  /** The time limit an acceptance starts: the dispatch of goods coming back, or the refund. */
  private static ApplicationDeadline afterAcceptance(
      Remedy remedy, AfterSalesPolicy policy, Instant at) {
    if (remedy.goodsComeBack()) {
      return new ApplicationDeadline(
          ApplicationDeadline.Kind.SHIPMENT, at.plus(policy.shipWithin()));
    }
    if (remedy == Remedy.REFUND) {
      return new ApplicationDeadline(
          ApplicationDeadline.Kind.REFUND, at.plus(policy.refundWithin()));
    }
    return null;
  }

  private static void schedule(ApplicationDeadline deadline, DeadlineManager deadlines) {
    if (deadline != null) {
      deadlines.schedule(deadline.at(), ApplicationDeadline.NAME, deadline);
    }
  }

  /**
   * A time limit that has run out decides by itself (its deadline may fire a little later): what it
   * decides can no longer be done by hand.
   */
  private void requireBefore(ApplicationDeadline.Kind kind, Instant at, String refused) {
    if (pending != null && pending.kind() == kind && !at.isBefore(pending.at())) {
      throw new ApplicationStateException(
          id, status, "the time limit ran out at " + pending.at() + ": no longer can " + refused);
    }
  }

  /**
   * An application is completed with one of the remedies; money goes in the line's currency, at
   * most what the items applied for cost.
   */
  private void requireFitting(ResolutionType outcome, Money amount) {
    boolean aRemedy =
        java.util.Arrays.stream(Remedy.values()).anyMatch(r -> r.resolution() == outcome);
    if (!aRemedy) {
      throw new InvalidValueException(
          "outcome", "an application is completed with a remedy's outcome, not " + outcome);
    }
    boolean money = outcome == ResolutionType.REFUND || outcome == ResolutionType.RETURN;
    if (money && amount == null) {
      throw new InvalidValueException("amount", "a " + outcome + " states the amount refunded");
    }
    if (amount != null) {
      Money most = line.priceOf(quantity);
      if (!amount.currency().equals(most.currency())) {
        throw new InvalidValueException(
            "currency", "the order line was paid in " + most.currency());
      }
      if (amount.amount().compareTo(most.amount()) > 0) {
        throw new InvalidValueException(
            "amount",
            "at most "
                + most.amount().toPlainString()
                + " "
                + most.currency()
                + " was paid for the items applied for");
      }
    }
  }

  private void require(ApplicationStatus expected, String rule) {
    if (status != expected) {
      throw new ApplicationStateException(id, status, rule);
    }
  }

  @EventSourcingHandler
  void on(AfterSalesEvent event) {
    event.accept(new StateChange());
  }

  /** What each event changes of the state the commands decide on. */
  private final class StateChange implements AfterSalesEventVisitor<Void> {

    @Override
    public Void on(AfterSalesApplied event) {
      id = event.applicationId();
      remedy = event.remedy();
      line = event.line();
      quantity = event.quantity();
      language = CustomerLanguage.of(event.customer().language());
      return null;
    }

    @Override
    public Void on(AfterSalesReviewed event) {
      status =
          switch (event.decision()) {
            case ACCEPTED -> ApplicationStatus.ACCEPTED;
            case REJECTED -> ApplicationStatus.REJECTED;
            case REFERRED -> ApplicationStatus.UNDER_REVIEW;
          };
      pending =
          event.dueBy() == null
              ? null
              : new ApplicationDeadline(
                  switch (event.decision()) {
                    case REFERRED -> ApplicationDeadline.Kind.DECISION;
                    default ->
                        remedy.goodsComeBack()
                            ? ApplicationDeadline.Kind.SHIPMENT
                            : ApplicationDeadline.Kind.REFUND;
                  },
                  event.dueBy());
      return null;
    }

    @Override
    public Void on(ReturnShipped event) {
      shipped = true;
      pending =
          event.refundDueBy() == null
              ? null
              : new ApplicationDeadline(ApplicationDeadline.Kind.REFUND, event.refundDueBy());
      return null;
    }

    @Override
    public Void on(AfterSalesHandlingStarted event) {
      status = ApplicationStatus.IN_HANDLING;
      return null;
    }

    @Override
    public Void on(AfterSalesCompleted event) {
      status = ApplicationStatus.COMPLETED;
      pending = null;
      return null;
    }

    @Override
    public Void on(AfterSalesWithdrawn event) {
      status = ApplicationStatus.WITHDRAWN;
      pending = null;
      return null;
    }

    @Override
    public Void on(AfterSalesLapsed event) {
      status = ApplicationStatus.CLOSED;
      pending = null;
      return null;
    }
  }
}
