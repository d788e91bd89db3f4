package com.feedbackdesk.domain.aftersales;

import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.LOGISTICS;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.POLICY;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.TASKS;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.apply;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.at;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.line;
import static com.feedbackdesk.domain.aftersales.AfterSalesTestData.newId;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.TestClocks;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.SlaTestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application's lifecycle and the policy's time limits, with the framework's fixture. */
class AfterSalesApplicationTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 4);
  private static final Instant DAY_SIX = at(RECEIVED.plusDays(6), 10);
  private static final Actor HANDLER = Actor.agent("li.na");

  private AggregateTestFixture<AfterSalesApplication> fixture;
  private final ApplicationId id = newId();

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(AfterSalesApplication.class);
    fixture.registerInjectableResource(POLICY);
    fixture.registerInjectableResource(TASKS);
    fixture.registerInjectableResource(SlaTestData.catalogue(SlaTestData.AFTER_SALES));
    fixture.registerInjectableResource(TestClocks.following(() -> fixture.currentTime()));
  }

  private ApplyForAfterSalesCommand noReasonReturn() {
    return apply(
        id, line("ELECTRONICS", RECEIVED), Remedy.RETURN, ApplicationReason.NO_REASON, DAY_SIX);
  }

  private List<Object> appliedAndAccepted() {
    return List.of(
        applied(noReasonReturn()),
        reviewed(ReviewDecision.ACCEPTED, LOGISTICS, DAY_SIX.plus(POLICY.shipWithin())));
  }

  private static AfterSalesApplied applied(ApplyForAfterSalesCommand c) {
    return new AfterSalesApplied(
        c.applicationId(),
        c.number(),
        c.applicationId().ticket(),
        c.channel(),
        c.customer(),
        c.line(),
        c.remedy(),
        c.reason(),
        c.quantity(),
        c.description(),
        c.attachments(),
        c.actor(),
        c.at());
  }

  private AfterSalesReviewed reviewed(
      ReviewDecision decision, com.feedbackdesk.domain.ticket.Department department, Instant due) {
    return new AfterSalesReviewed(
        id,
        decision,
        DecidedBy.RULES,
        POLICY.version(),
        "cn-mainland@1",
        List.of(),
        null,
        department,
        null,
        due,
        AfterSalesApplication.POLICY,
        DAY_SIX);
  }

  @Test
  void anAcceptedReturnGoesToTheWarehouseAndWaitsForTheGoods() {
    fixture
        .givenCurrentTime(DAY_SIX)
        .when(noReasonReturn())
        .expectSuccessfulHandlerExecution()
        .expectScheduledDeadline(
            POLICY.shipWithin(),
            new ApplicationDeadline(
                ApplicationDeadline.Kind.SHIPMENT, DAY_SIX.plus(POLICY.shipWithin())));
  }

  @Test
  void theReviewRecordsThePolicyVersionEveryRuleAndTheTask() {
    var result =
        fixture.givenCurrentTime(DAY_SIX).when(noReasonReturn()).expectSuccessfulHandlerExecution();
    result.expectEventsMatching(
        org.axonframework.test.matchers.Matchers.exactSequenceOf(
            org.axonframework.test.matchers.Matchers.messageWithPayload(
                org.hamcrest.Matchers.instanceOf(AfterSalesApplied.class)),
            org.axonframework.test.matchers.Matchers.messageWithPayload(
                org.hamcrest.Matchers.allOf(
                    org.hamcrest.Matchers.instanceOf(AfterSalesReviewed.class),
                    org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("decision=ACCEPTED")),
                    org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("policyVersion=" + POLICY.version())),
                    org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("NO_REASON_WINDOW")),
                    org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("department=WAREHOUSE_LOGISTICS")))),
            org.axonframework.test.matchers.Matchers.andNoMore()));
  }

  @Test
  void goodsNotSentBackInTimeCloseTheApplicationByTimeout() {
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(noReasonReturn())
        .whenTimeElapses(POLICY.shipWithin().plusMinutes(1))
        .expectDeadlinesMet(
            new ApplicationDeadline(
                ApplicationDeadline.Kind.SHIPMENT, DAY_SIX.plus(POLICY.shipWithin())))
        .expectEventsMatching(
            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.messageWithPayload(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.instanceOf(AfterSalesLapsed.class),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString(
                                "shipBy=" + DAY_SIX.plus(POLICY.shipWithin()))))),
                org.axonframework.test.matchers.Matchers.andNoMore()));
  }

  @Test
  void goodsSentBackStartTheRefundsTimeLimitWhichPaysTheCustomer() {
    Instant shipped = DAY_SIX.plus(Duration.ofDays(1));
    Instant refundDue = shipped.plus(POLICY.refundWithin());
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGiven(appliedAndAccepted())
        .andGivenCurrentTime(shipped)
        .when(
            new RecordReturnShipmentCommand(
                id, "顺丰速运", "SF1234567890", Actor.customer("C10086"), shipped))
        .expectEvents(
            new ReturnShipped(
                id, "顺丰速运", "SF1234567890", refundDue, Actor.customer("C10086"), shipped))
        .expectScheduledDeadline(
            POLICY.refundWithin(),
            new ApplicationDeadline(ApplicationDeadline.Kind.REFUND, refundDue));
  }

  @Test
  void aRefundNotMadeInTimeIsOwedByTimeout() {
    Instant shipped = DAY_SIX.plus(Duration.ofDays(1));
    Instant refundDue = shipped.plus(POLICY.refundWithin());
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(
            noReasonReturn(),
            new RecordReturnShipmentCommand(id, "顺丰速运", "SF1", Actor.customer("C10086"), shipped))
        .whenTimeAdvancesTo(refundDue.plusSeconds(1))
        .expectEventsMatching(
            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.messageWithPayload(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.instanceOf(AfterSalesCompleted.class),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString("decidedBy=TIMEOUT")),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString("amount=Money[amount=299.00")))),
                org.axonframework.test.matchers.Matchers.andNoMore()));
  }

  @Test
  void aReferredApplicationNobodyDecidesIsAcceptedByTimeout() {
    ApplyForAfterSalesCommand expensive =
        apply(
            id,
            line("ELECTRONICS", new BigDecimal("2999.00"), RECEIVED),
            Remedy.RETURN,
            ApplicationReason.NO_REASON,
            DAY_SIX);
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(expensive)
        .whenTimeAdvancesTo(DAY_SIX.plus(POLICY.decideWithin()).plusSeconds(1))
        .expectEventsMatching(
            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.messageWithPayload(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.instanceOf(AfterSalesReviewed.class),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString("decision=ACCEPTED")),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString("decidedBy=TIMEOUT")),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString(
                                "department=WAREHOUSE_LOGISTICS")))),
                org.axonframework.test.matchers.Matchers.andNoMore()));
  }

  @Test
  void aDecisionInTimeLeavesTheTimeLimitNothingToDo() {
    ApplyForAfterSalesCommand expensive =
        apply(
            id,
            line("ELECTRONICS", new BigDecimal("2999.00"), RECEIVED),
            Remedy.RETURN,
            ApplicationReason.NO_REASON,
            DAY_SIX);
    Instant due = DAY_SIX.plus(POLICY.decideWithin());
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(
            expensive,
            new ReviewApplicationCommand(
                id, ReviewDecision.REJECTED, "包装已拆且有使用痕迹", HANDLER, DAY_SIX.plusSeconds(60)))
        .whenTimeAdvancesTo(due.plusSeconds(1))
        .expectNoEvents();
  }

  @Test
  void onlyAReferredApplicationIsDecidedByAPerson() {
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGiven(appliedAndAccepted())
        .when(new ReviewApplicationCommand(id, ReviewDecision.REJECTED, "no", HANDLER, DAY_SIX))
        .expectException(ApplicationStateException.class);
  }

  @Test
  void aReturnIsCompletedOnlyOnceTheGoodsAreOnTheirWay() {
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGiven(appliedAndAccepted())
        .when(
            new CompleteAfterSalesCommand(
                id,
                ResolutionType.RETURN,
                "已退款",
                new Money(new BigDecimal("299.00"), "CNY"),
                HANDLER,
                DAY_SIX))
        .expectException(ApplicationStateException.class);
  }

  @Test
  void anEndedApplicationCannotBeWithdrawn() {
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGiven(appliedAndAccepted())
        .andGiven(new AfterSalesLapsed(id, DAY_SIX, AfterSalesApplication.TIMEOUT, DAY_SIX))
        .when(new WithdrawApplicationCommand(id, null, Actor.customer("C10086"), DAY_SIX))
        .expectException(ApplicationStateException.class);
  }

  @Test
  void aDecisionAfterItsTimeLimitIsRefusedTheTimeoutDecides() {
    ApplyForAfterSalesCommand expensive =
        apply(
            id,
            line("ELECTRONICS", new BigDecimal("2999.00"), RECEIVED),
            Remedy.RETURN,
            ApplicationReason.NO_REASON,
            DAY_SIX);
    Instant late = DAY_SIX.plus(POLICY.decideWithin()).plusSeconds(3);
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(expensive)
        .when(new ReviewApplicationCommand(id, ReviewDecision.REJECTED, "太晚了", HANDLER, late))
        .expectException(ApplicationStateException.class);
  }

  @Test
  void goodsSentAfterTheirTimeLimitAreRefused() {
    Instant late = DAY_SIX.plus(POLICY.shipWithin()).plusSeconds(1);
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(noReasonReturn())
        .when(new RecordReturnShipmentCommand(id, "顺丰速运", "SF1", Actor.customer("C10086"), late))
        .expectException(ApplicationStateException.class);
  }

  @Test
  void aCompletionStatesARemedysOutcomeAndNoMoreMoneyThanWasPaid() {
    Instant shipped = DAY_SIX.plusSeconds(60);
    var given =
        fixture
            .givenCurrentTime(DAY_SIX)
            .andGivenCommands(
                noReasonReturn(),
                new RecordReturnShipmentCommand(
                    id, "顺丰速运", "SF1", Actor.customer("C10086"), shipped));
    given
        .when(
            new CompleteAfterSalesCommand(
                id, ResolutionType.EXPLANATION, "不退", null, HANDLER, shipped))
        .expectException(com.feedbackdesk.domain.shared.InvalidValueException.class);
  }

  @Test
  void aRefundAboveWhatWasPaidIsRefused() {
    Instant shipped = DAY_SIX.plusSeconds(60);
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(
            noReasonReturn(),
            new RecordReturnShipmentCommand(id, "顺丰速运", "SF1", Actor.customer("C10086"), shipped))
        .when(
            new CompleteAfterSalesCommand(
                id,
                ResolutionType.RETURN,
                "已退款",
                new Money(new BigDecimal("999.00"), "CNY"),
                HANDLER,
                shipped))
        .expectException(com.feedbackdesk.domain.shared.InvalidValueException.class);
  }

  @Test
  void goodsOnTheirWayBackCannotBeWithdrawn() {
    Instant shipped = DAY_SIX.plusSeconds(60);
    fixture
        .givenCurrentTime(DAY_SIX)
        .andGivenCommands(
            noReasonReturn(),
            new RecordReturnShipmentCommand(id, "顺丰速运", "SF1", Actor.customer("C10086"), shipped))
        .when(new WithdrawApplicationCommand(id, null, Actor.customer("C10086"), shipped))
        .expectException(ApplicationStateException.class);
  }
}
