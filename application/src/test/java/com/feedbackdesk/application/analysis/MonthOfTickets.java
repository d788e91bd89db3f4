package com.feedbackdesk.application.analysis;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.ClosureReason;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketResolved;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A month of tickets generated from a seed: for each ticket the plan (what happened to it, when)
 * and the events it recorded, SLA clocks included (decided by the SLA engine under the after-sales
 * test policy; no deadlines fire, so a late clock is found late when it stops). Categories,
 * channels and outcomes are drawn with realistic skew; some tickets are reclassified, reopened,
 * left unanswered or still open at the month's end, and some events spill into the next month.
 */
public final class MonthOfTickets {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor SYSTEM = Actor.system("auto-closure");
  private static final Category[] CATEGORIES = Category.values();
  // shares of CQ01..CQ09: logistics and quality lead, account security and privacy are rare
  private static final double[] CATEGORY_WEIGHTS = {25, 30, 15, 8, 6, 2, 4, 1, 9};

  public enum Outcome {
    /** rated satisfied or basically satisfied, and closed */
    RATED,
    /** rated unsatisfied: reopened, resolved again, then rated satisfied and closed */
    UNSATISFIED_THEN_RATED,
    /** closed when the confirmation window ran out, unrated */
    TIMED_OUT,
    /** resolved, the customer has not answered yet */
    AWAITING
  }

  /** What happened to one ticket; null times for what did not happen. */
  public record Plan(
      TicketId id,
      TicketNumber number,
      Priority priority,
      Channel channel,
      Category suggested,
      Category actual,
      Department department,
      String handler,
      Instant submittedAt,
      Instant reclassifiedAt,
      Instant respondedAt,
      Instant resolvedAt,
      Outcome outcome,
      Satisfaction rating,
      Instant ratedAt,
      Instant reopenedAt,
      Instant resolvedAgainAt,
      Instant ratedAgainAt,
      Instant closedAt,
      List<TicketEvent> events) {}

  private MonthOfTickets() {}

  public static List<Plan> generate(YearMonth month, int tickets, long seed) {
    Random random = new Random(seed);
    Instant start = month.atDay(1).atStartOfDay(ZONE).toInstant();
    long monthMillis =
        Duration.between(start, month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant())
            .toMillis();
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < tickets; i++) {
      plans.add(plan(random, i, start.plusMillis((long) (random.nextDouble() * monthMillis))));
    }
    return plans;
  }

  private static Plan plan(Random random, int index, Instant submittedAt) {
    TicketId id = new TicketId(new UUID(0x5eed_0000_0000_0000L, index));
    TicketNumber number = TicketNumber.of(submittedAt.atZone(ZONE).toLocalDate(), index + 1);
    Priority priority = random.nextDouble() < 0.3 ? Priority.P2 : Priority.P3;
    Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
    Category actual = CATEGORIES[weighted(random, CATEGORY_WEIGHTS)];
    Category suggested =
        random.nextDouble() < 0.8 ? actual : CATEGORIES[random.nextInt(CATEGORIES.length)];
    Department department =
        new Department(random.nextBoolean() ? "WAREHOUSE_LOGISTICS" : "TECHNICAL");
    String handler = "handler." + random.nextInt(6);
    Instant reclassifiedAt = suggested == actual ? null : submittedAt.plus(Duration.ofMinutes(5));
    Instant respondedAt = submittedAt.plus(minutes(random, 20, 30 * 60));
    Instant resolvedAt = respondedAt.plus(minutes(random, 60, 60 * 60));
    double roll = random.nextDouble();
    Outcome outcome =
        roll < 0.55
            ? Outcome.RATED
            : roll < 0.65
                ? Outcome.UNSATISFIED_THEN_RATED
                : roll < 0.85 ? Outcome.TIMED_OUT : Outcome.AWAITING;
    Satisfaction rating = null;
    Instant ratedAt = null;
    Instant reopenedAt = null;
    Instant resolvedAgainAt = null;
    Instant ratedAgainAt = null;
    Instant closedAt = null;
    switch (outcome) {
      case RATED -> {
        rating =
            random.nextDouble() < 0.75 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
        ratedAt = resolvedAt.plus(minutes(random, 10, 48 * 60));
        closedAt = ratedAt;
      }
      case UNSATISFIED_THEN_RATED -> {
        rating = Satisfaction.UNSATISFIED;
        ratedAt = resolvedAt.plus(minutes(random, 10, 48 * 60));
        reopenedAt = ratedAt.plusSeconds(1);
        resolvedAgainAt = reopenedAt.plus(Duration.ofHours(5));
        ratedAgainAt = resolvedAgainAt.plus(Duration.ofHours(2));
        closedAt = ratedAgainAt;
      }
      case TIMED_OUT -> closedAt = resolvedAt.plus(Duration.ofDays(7));
      case AWAITING -> {}
    }
    Plan draft =
        new Plan(
            id,
            number,
            priority,
            channel,
            suggested,
            actual,
            department,
            handler,
            submittedAt,
            reclassifiedAt,
            respondedAt,
            resolvedAt,
            outcome,
            rating,
            ratedAt,
            reopenedAt,
            resolvedAgainAt,
            ratedAgainAt,
            closedAt,
            List.of());
    return new Plan(
        id,
        number,
        priority,
        channel,
        suggested,
        actual,
        department,
        handler,
        submittedAt,
        reclassifiedAt,
        respondedAt,
        resolvedAt,
        outcome,
        rating,
        ratedAt,
        reopenedAt,
        resolvedAgainAt,
        ratedAgainAt,
        closedAt,
        SlaTestData.withClocks(lifecycle(draft), SlaTestData.AFTER_SALES));
  }

  private static List<TicketEvent> lifecycle(Plan plan) {
    TicketId id = plan.id();
    Actor customer = Actor.customer("C" + id.toString().substring(28));
    Actor handler = Actor.agent(plan.handler());
    Actor agent = Actor.agent("zhang.wei");
    Classification suggestion =
        new Classification(TicketType.COMPLAINT, plan.suggested(), plan.priority());
    List<TicketEvent> events = new ArrayList<>();
    events.add(
        new TicketSubmitted(
            id,
            plan.number(),
            plan.channel(),
            new Customer(customer.id(), "王芳", "+86 138 0013 8000", null),
            null,
            null,
            "包裹破损 parcel damaged",
            plan.submittedAt(),
            suggestion,
            null,
            customer,
            plan.submittedAt()));
    events.add(
        new ClassificationSuggested(
            id,
            suggestion,
            List.of("rule"),
            "sha256:test",
            Actor.system("keyword-rules"),
            plan.submittedAt()));
    if (plan.reclassifiedAt() != null) {
      events.add(
          new TicketClassified(
              id,
              suggestion,
              suggestion.with(null, plan.actual(), null),
              agent,
              plan.reclassifiedAt()));
    }
    Instant assignedAt = plan.submittedAt().plus(Duration.ofMinutes(10));
    events.add(
        new TicketAssigned(
            id, plan.department(), plan.handler(), List.of(), false, null, agent, assignedAt));
    events.add(
        new TicketAccepted(
            id, plan.handler(), "核实中", handler, assignedAt.plus(Duration.ofMinutes(5))));
    events.add(new ReplyPosted(id, "已收到，正在处理", handler, plan.respondedAt()));
    events.add(resolved(id, handler, plan.resolvedAt()));
    switch (plan.outcome()) {
      case RATED -> {
        events.add(
            new CustomerConfirmationRecorded(
                id, true, plan.rating(), null, customer, plan.ratedAt()));
        events.add(new TicketClosed(id, "done", customer, plan.closedAt()));
      }
      case UNSATISFIED_THEN_RATED -> {
        events.add(
            new CustomerConfirmationRecorded(
                id, false, Satisfaction.UNSATISFIED, "still broken", customer, plan.ratedAt()));
        events.add(new TicketReopened(id, "customer unsatisfied", 1, customer, plan.reopenedAt()));
        events.add(resolved(id, handler, plan.resolvedAgainAt()));
        events.add(
            new CustomerConfirmationRecorded(
                id, true, Satisfaction.SATISFIED, null, customer, plan.ratedAgainAt()));
        events.add(new TicketClosed(id, "done", customer, plan.closedAt()));
      }
      case TIMED_OUT ->
          events.add(
              new TicketClosed(
                  id, "done", ClosureReason.CONFIRMATION_TIMEOUT, SYSTEM, plan.closedAt()));
      case AWAITING -> {}
    }
    return events;
  }

  private static TicketResolved resolved(TicketId id, Actor handler, Instant at) {
    return new TicketResolved(
        id,
        ResolutionType.REFUND,
        "退款已处理",
        null,
        null,
        null,
        null,
        at.plus(Duration.ofDays(7)),
        handler,
        at);
  }

  private static Duration minutes(Random random, int least, int most) {
    // skewed towards the short end, as response and handling times are
    double share = Math.pow(random.nextDouble(), 2);
    return Duration.ofSeconds((long) ((least + share * (most - least)) * 60));
  }

  private static int weighted(Random random, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
