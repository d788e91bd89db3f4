package com.feedbackdesk.application.seed;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Classification;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.ClosureReason;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.ReturnVisitRecorded;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaBreached;
import com.feedbackdesk.domain.ticket.SlaCatalogue;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.SlaEvent;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import com.feedbackdesk.domain.ticket.SlaPolicyApplied;
import com.feedbackdesk.domain.ticket.SlaRules;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketClosureAnnounced;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketResolved;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A month of feedback generated from a seed: for each ticket the plan (what happened to it, when)
 * and the events it records, as the ticket would have: the SLA engine decides its clocks under the
 * given policy, a clock still counting past its due time is found breached then (as the durable
 * deadline would), and a resolution the customer leaves unanswered is announced a day ahead and
 * closed by timeout after 7 days. Categories, channels, products and outcomes are drawn with
 * realistic skew; most closed tickets get their return visit a few hours after closing; some are
 * reclassified, reopened, unanswered or still open at the month's end, and some events fall in the
 * next month. The same month and seed give the same tickets (ids and all), so seeding them twice
 * into one store is refused rather than doubled.
 */
public final class MonthOfFeedback {

  /** The actor of a closure by timeout and its notice. */
  public static final Actor AUTO_CLOSURE = Actor.system("auto-closure");

  private static final Category[] CATEGORIES = Category.values();
  // shares of CQ01..CQ09: logistics and quality lead, account security and privacy are rare
  private static final double[] CATEGORY_WEIGHTS = {25, 30, 15, 8, 6, 2, 4, 1, 9};
  private static final Channel[] CHANNELS = Channel.values();
  // WEB_FORM, APP, PHONE, EMAIL, ONLINE_CHAT, SOCIAL_MEDIA, THIRD_PARTY_PLATFORM
  private static final double[] CHANNEL_WEIGHTS = {15, 35, 15, 8, 17, 5, 5};
  private static final String[] PRODUCTS = {"蓝牙耳机 A1", "智能手表 S3", "空气炸锅 K5", "保温杯 500ml"};
  private static final double[] PRODUCT_WEIGHTS = {45, 25, 20, 10};
  private static final String[] DEPARTMENTS = {
    "WAREHOUSE_LOGISTICS", "TECHNICAL", "CUSTOMER_SERVICE"
  };

  /** How each ticket's story ends. */
  public enum Outcome {
    /** rated satisfied or basically satisfied, and closed */
    RATED,
    /** rated unsatisfied: reopened, resolved again, then rated satisfied and closed */
    UNSATISFIED_THEN_RATED,
    /** announced, then closed when the confirmation window ran out, unrated */
    TIMED_OUT,
    /** resolved; the customer has not answered yet */
    AWAITING
  }

  /** Where the tickets' numbers come from: the store's allocation, or a test's own. */
  public interface Numbers {
    TicketNumber allocate(LocalDate day, TicketId ticket);
  }

  /** What happened to one ticket; null times for what did not happen. */
  public record Plan(
      TicketId id,
      TicketNumber number,
      Priority priority,
      Channel channel,
      String product,
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
      Instant returnVisitAt,
      List<TicketEvent> events) {

    /** The same plan with the events it records. */
    Plan withEvents(List<TicketEvent> recorded) {
      return new Plan(
          id,
          number,
          priority,
          channel,
          product,
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
          returnVisitAt,
          recorded);
    }
  }

  private final ZoneId zone;
  private final SlaPolicy policy;
  private final SlaRules rules;

  public MonthOfFeedback(ZoneId zone, SlaPolicy policy, SlaCatalogue catalogue) {
    this.zone = zone;
    this.policy = policy;
    this.rules = SlaRules.of(policy, catalogue);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The month's tickets, submitted at random times through it, in the order of submission. */
  public List<Plan> generate(YearMonth month, int tickets, long seed, Numbers numbers) {
    Random random = new Random(seed);
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    long monthMillis =
        Duration.between(start, month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
            .toMillis();
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < tickets; i++) {
      times.add(start.plusMillis((long) (random.nextDouble() * monthMillis)));
    }
    times.sort(Comparator.naturalOrder());
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < tickets; i++) {
      TicketId id = ticketId(month, seed, i);
      Instant submittedAt = times.get(i);
      plans.add(
          plan(
              random,
              id,
              numbers.allocate(submittedAt.atZone(zone).toLocalDate(), id),
              submittedAt));
    }
    return plans;
  }

  /** The id of the month's {@code index}-th ticket from the seed. */
  public static TicketId ticketId(YearMonth month, long seed, int index) {
    return new TicketId(
        UUID.nameUUIDFromBytes(
            ("feedbackdesk:seed:" + month + ":" + seed + ":" + index)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private Plan plan(Random random, TicketId id, TicketNumber number, Instant submittedAt) {
    Priority priority = random.nextDouble() < 0.3 ? Priority.P2 : Priority.P3;
    Channel channel = CHANNELS[weighted(random, CHANNEL_WEIGHTS)];
    Category actual = CATEGORIES[weighted(random, CATEGORY_WEIGHTS)];
    Category suggested =
        random.nextDouble() < 0.8 ? actual : CATEGORIES[random.nextInt(CATEGORIES.length)];
    // complaints about the goods name the product (the app's product page does)
    String product =
        actual == Category.CQ01 || actual == Category.CQ07
            ? PRODUCTS[weighted(random, PRODUCT_WEIGHTS)]
            : null;
    Department department = new Department(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
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
    // the frontline calls back (回访) most customers whose tickets closed, a few hours later
    Instant returnVisitAt =
        closedAt != null && random.nextDouble() < 0.7 ? closedAt.plus(Duration.ofHours(4)) : null;
    Plan plan =
        new Plan(
            id,
            number,
            priority,
            channel,
            product,
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
            returnVisitAt,
            List.of());
    return plan.withEvents(recorded(plan));
  }

  /** The plan's lifecycle with what the SLA engine records among it, as the ticket records it. */
  private List<TicketEvent> recorded(Plan plan) {
    List<TicketEvent> lifecycle = lifecycle(plan);
    TicketSubmitted submitted = (TicketSubmitted) lifecycle.get(0);
    Classification classification = submitted.classification();
    SlaPolicyApplied applied =
        new SlaPolicyApplied(plan.id(), policy.ref(), SlaClocks.ENGINE, submitted.at());
    List<TicketEvent> recorded = new ArrayList<>(lifecycle.subList(0, 2));
    recorded.add(applied);
    SlaClocks clocks = SlaClocks.none().apply(applied);
    for (int i = 0; i < lifecycle.size(); i++) {
      TicketEvent event = lifecycle.get(i);
      if (i > 0) {
        // what the durable deadlines would have found before this event: clocks past their due
        for (SlaClock clock : List.copyOf(clocks.all())) {
          if (clock.counting()
              && !clock.breached()
              && clock.dueAt() != null
              && clock.dueAt().isBefore(event.at())) {
            SlaBreached breach =
                new SlaBreached(
                    plan.id(),
                    clock.kind(),
                    clock.run(),
                    clock.dueAt(),
                    SlaClocks.ENGINE,
                    clock.dueAt());
            recorded.add(breach);
            clocks = clocks.apply(breach);
          }
        }
        if (i > 1) {
          recorded.add(event);
        }
      }
      if (event instanceof TicketClassified classified) {
        classification = classified.classification();
      }
      if (i == 1) {
        continue; // the suggestion is decided with the submission
      }
      for (SlaEvent decided : clocks.reactTo(event, classification, rules)) {
        recorded.add(decided);
        clocks = clocks.apply(decided);
      }
    }
    return recorded;
  }

  private List<TicketEvent> lifecycle(Plan plan) {
    TicketId id = plan.id();
    Actor customer = Actor.customer("seed-" + plan.number().value());
    Actor handler = Actor.agent(plan.handler());
    Actor agent = Actor.agent("seed.agent");
    Classification suggestion =
        new Classification(TicketType.COMPLAINT, plan.suggested(), plan.priority());
    List<TicketEvent> events = new ArrayList<>();
    events.add(
        new TicketSubmitted(
            id,
            plan.number(),
            plan.channel(),
            new Customer(customer.id(), "王芳", null, null),
            null,
            plan.product(),
            null,
            description(plan.actual()),
            plan.submittedAt(),
            suggestion,
            null,
            java.util.List.of(),
            customer,
            plan.submittedAt()));
    events.add(
        new ClassificationSuggested(
            id,
            suggestion,
            List.of("seed"),
            "seed",
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
        events.add(new TicketClosed(id, "已处理", customer, plan.closedAt()));
      }
      case UNSATISFIED_THEN_RATED -> {
        events.add(
            new CustomerConfirmationRecorded(
                id, false, Satisfaction.UNSATISFIED, "还是不行", customer, plan.ratedAt()));
        events.add(new TicketReopened(id, "客户不满意", 1, customer, plan.reopenedAt()));
        events.add(resolved(id, handler, plan.resolvedAgainAt()));
        events.add(
            new CustomerConfirmationRecorded(
                id, true, Satisfaction.SATISFIED, null, customer, plan.ratedAgainAt()));
        events.add(new TicketClosed(id, "已处理", customer, plan.closedAt()));
      }
      case TIMED_OUT -> {
        events.add(
            new TicketClosureAnnounced(
                id, plan.closedAt(), AUTO_CLOSURE, plan.closedAt().minus(Duration.ofDays(1))));
        events.add(
            new TicketClosed(
                id, "已处理", ClosureReason.CONFIRMATION_TIMEOUT, AUTO_CLOSURE, plan.closedAt()));
      }
      case AWAITING -> {}
    }
    if (plan.returnVisitAt() != null) {
      events.add(
          new ReturnVisitRecorded(
              id, true, ContactChannel.PHONE, true, "回访：问题已解决", agent, plan.returnVisitAt()));
    }
    return events;
  }

  private static String description(Category category) {
    return switch (category) {
      case CQ01 -> "商品有质量问题，用了两天就坏了";
      case CQ02 -> "快递迟迟不到，包裹外箱破损";
      case CQ03 -> "退款申请提交一周了还没处理";
      case CQ04 -> "付款时被重复扣款";
      case CQ05 -> "客服态度不好，回复很慢";
      case CQ06 -> "账号被盗，密码被改";
      case CQ07 -> "实物和描述不符";
      case CQ08 -> "我的个人信息被泄露";
      case CQ09 -> "其他问题";
    };
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
