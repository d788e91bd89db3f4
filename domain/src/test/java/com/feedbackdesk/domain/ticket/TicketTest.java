package com.feedbackdesk.domain.ticket;

import static com.feedbackdesk.domain.ticket.TicketTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ticket's behaviour, one case per test (deadline and fixture state do not carry over). */
class TicketTest {

  private FixtureConfiguration<Ticket> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ticket.class);
    fixture.registerInjectableResource(classificationPolicy());
    fixture.registerInjectableResource(routing());
    fixture.registerInjectableResource(AutoClosure.never());
    fixture.registerInjectableResource(SlaTestData.catalogue(SlaTestData.UNMEASURED));
  }

  // ---- submission and classification ----

  @Test
  void givenNothing_whenSubmitWithoutClassification_thenRulesClassifyAndSuggestionIsKept() {
    fixture
        .givenNoPriorActivity()
        .when(submit())
        .expectEvents(submitted(), suggested(), policyApplied());
  }

  @Test
  void givenNothing_whenStaffRegisterWithClassification_thenStaffWinAndSuggestionIsStillKept() {
    SubmitTicketCommand command = registerPhoneCall(TicketType.AFTER_SALES, Category.CQ03, null);
    fixture
        .givenNoPriorActivity()
        .when(command)
        .expectEvents(
            submittedAs(
                command, new Classification(TicketType.AFTER_SALES, Category.CQ03, Priority.P2)),
            suggested(),
            policyApplied());
  }

  @Test
  void givenNothing_whenCustomerSubmitsWithClassification_thenRulesClassifyAndTheirsIsTheirView() {
    SubmitTicketCommand command = submit(null, Category.CQ06, Priority.P1);
    fixture
        .givenNoPriorActivity()
        .when(command)
        .expectEvents(
            submittedAs(
                command, new Classification(TicketType.COMPLAINT, Category.CQ02, Priority.P2)),
            suggested(),
            policyApplied());
  }

  @Test
  void givenNothing_whenDescriptionMentionsALeak_thenLeakOutranksDamageAsP1() {
    SubmitTicketCommand command = withDescription("我的个人信息泄露了, and the box was damaged");
    fixture
        .givenNoPriorActivity()
        .when(command)
        .expectEvents(
            submittedAs(
                command, new Classification(TicketType.COMPLAINT, Category.CQ08, Priority.P1)),
            new ClassificationSuggested(
                TICKET_ID,
                new Classification(TicketType.COMPLAINT, Category.CQ08, Priority.P1),
                List.of("data-leak", "damaged-parcel"),
                classificationPolicy().version(),
                Ticket.CLASSIFICATION_RULES,
                SUBMITTED_AT),
            policyApplied());
  }

  @Test
  void givenNothing_whenNoRuleMatches_thenFallbackClassificationWithNoMatchedRules() {
    SubmitTicketCommand command = withDescription("Just wanted to say hello");
    Classification fallback = classificationPolicy().fallback();
    fixture
        .givenNoPriorActivity()
        .when(command)
        .expectEvents(
            submittedAs(command, fallback),
            new ClassificationSuggested(
                TICKET_ID,
                fallback,
                List.of(),
                classificationPolicy().version(),
                Ticket.CLASSIFICATION_RULES,
                SUBMITTED_AT),
            policyApplied());
  }

  @Test
  void givenSubmitted_whenSupervisorCorrectsCategory_thenClassifiedKeepsPreviousAndOtherParts() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .when(
            new ClassifyTicketCommand(
                TICKET_ID, null, Category.CQ01, Priority.P1, SUPERVISOR, LATER))
        .expectEvents(
            new TicketClassified(
                TICKET_ID,
                DAMAGED_IN_TRANSIT,
                new Classification(TicketType.COMPLAINT, Category.CQ01, Priority.P1),
                SUPERVISOR,
                LATER));
  }

  @Test
  void givenSubmitted_whenClassifyWithNoParts_thenCurrentClassificationIsConfirmed() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .when(new ClassifyTicketCommand(TICKET_ID, null, null, null, SUPERVISOR, LATER))
        .expectEvents(
            new TicketClassified(
                TICKET_ID, DAMAGED_IN_TRANSIT, DAMAGED_IN_TRANSIT, SUPERVISOR, LATER));
  }

  // ---- assignment and acceptance ----

  @Test
  void givenSubmitted_whenAssignedWithoutDepartment_thenCategoryDefaultRouteDecides() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .when(new AssignTicketCommand(TICKET_ID, null, null, Set.of(LEGAL), SUPERVISOR, LATER))
        .expectEvents(
            new TicketAssigned(
                TICKET_ID,
                WAREHOUSE_LOGISTICS,
                null,
                List.of(LEGAL),
                true,
                routing().version(),
                SUPERVISOR,
                LATER));
  }

  @Test
  void givenReclassified_whenAssignedWithoutDepartment_thenRouteFollowsTheNewCategory() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .andGiven(
            new TicketClassified(
                TICKET_ID,
                DAMAGED_IN_TRANSIT,
                new Classification(TicketType.COMPLAINT, Category.CQ08, Priority.P1),
                SUPERVISOR,
                SUBMITTED_AT))
        .when(new AssignTicketCommand(TICKET_ID, null, HANDLER, Set.of(), SUPERVISOR, LATER))
        .expectEvents(
            new TicketAssigned(
                TICKET_ID,
                LEGAL,
                HANDLER,
                List.of(),
                true,
                routing().version(),
                SUPERVISOR,
                LATER));
  }

  @Test
  void givenASuggestion_whenAssignedWithoutDepartment_thenTheTypeRouteWinsOverTheCategory() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .andGiven(
            new TicketClassified(
                TICKET_ID,
                DAMAGED_IN_TRANSIT,
                new Classification(TicketType.SUGGESTION, Category.CQ02, Priority.P4),
                SUPERVISOR,
                SUBMITTED_AT))
        .when(new AssignTicketCommand(TICKET_ID, null, null, Set.of(), SUPERVISOR, LATER))
        .expectEvents(
            new TicketAssigned(
                TICKET_ID,
                MARKETING,
                null,
                List.of(),
                true,
                routing().version(),
                SUPERVISOR,
                LATER));
  }

  @Test
  void givenSubmitted_whenAssignedToAnUnknownDepartment_thenRefused() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .when(
            new AssignTicketCommand(
                TICKET_ID, new Department("ACCOUNTING"), null, Set.of(), SUPERVISOR, LATER))
        .expectException(UnknownDepartmentException.class)
        .expectNoEvents();
  }

  @Test
  void givenSubmitted_whenUnknownSupportingDepartment_thenRefused() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .when(
            new AssignTicketCommand(
                TICKET_ID,
                TECHNICAL,
                null,
                Set.of(new Department("ACCOUNTING")),
                SUPERVISOR,
                LATER))
        .expectException(UnknownDepartmentException.class);
  }

  @Test
  void givenSubmitted_whenDefaultLeadIsAlsoSupporting_thenRefused() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .when(
            new AssignTicketCommand(
                TICKET_ID, null, null, Set.of(WAREHOUSE_LOGISTICS), SUPERVISOR, LATER))
        .expectException(InvalidValueException.class)
        .expectExceptionMessage(
            org.hamcrest.Matchers.containsString("cannot also be a supporting department"));
  }

  @Test
  void givenAssignedToAPerson_whenThatPersonAccepts_thenAccepted() {
    fixture
        .given(historyUntil(TicketStatus.ASSIGNED))
        .when(new AcceptTicketCommand(TICKET_ID, HANDLER, "已联系物流方核实", HANDLER_ACTOR, LATER))
        .expectEvents(new TicketAccepted(TICKET_ID, HANDLER, "已联系物流方核实", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenAssignedToAPerson_whenSomeoneElseAccepts_thenRefused() {
    fixture
        .given(historyUntil(TicketStatus.ASSIGNED))
        .when(new AcceptTicketCommand(TICKET_ID, "wang.lei", "I'll take it", HANDLER_ACTOR, LATER))
        .expectException(AssignedToAnotherHandlerException.class)
        .expectNoEvents();
  }

  @Test
  void givenAssignedToADepartmentOnly_whenAnyoneAccepts_thenTheyBecomeTheHandler() {
    fixture
        .given(submitted(), suggested())
        .andGiven(
            new TicketAssigned(
                TICKET_ID, WAREHOUSE_LOGISTICS, null, List.of(), true, SUPERVISOR, SUBMITTED_AT))
        .when(new AcceptTicketCommand(TICKET_ID, "wang.lei", "checking", HANDLER_ACTOR, LATER))
        .expectEvents(new TicketAccepted(TICKET_ID, "wang.lei", "checking", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenInProgress_whenReassigned_thenTheNewAssigneeMustAcceptAgain() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .andGiven(
            new TicketAssigned(
                TICKET_ID, TECHNICAL, "wang.lei", List.of(), false, SUPERVISOR, LATER))
        .when(new AcceptTicketCommand(TICKET_ID, HANDLER, "still mine?", HANDLER_ACTOR, LATER))
        .expectException(AssignedToAnotherHandlerException.class);
  }

  // ---- working on the ticket ----

  @Test
  void givenInProgress_whenReplyToCustomer_thenReplyPosted() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .when(new ReplyToCustomerCommand(TICKET_ID, "我们正在核实", HANDLER_ACTOR, LATER))
        .expectEvents(new ReplyPosted(TICKET_ID, "我们正在核实", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenInProgress_whenInternalNote_thenNoteAdded() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .when(new AddInternalNoteCommand(TICKET_ID, "carrier admits fault", HANDLER_ACTOR, LATER))
        .expectEvents(
            new InternalNoteAdded(TICKET_ID, "carrier admits fault", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenInProgress_whenInformationRequested_thenTicketAwaitsTheCustomer() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .when(new RequestInformationCommand(TICKET_ID, "请提供破损照片", HANDLER_ACTOR, LATER))
        .expectEvents(new InformationRequested(TICKET_ID, "请提供破损照片", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenCustomerAnsweredTheRequest_whenAskingAgain_thenAllowedBecauseWorkResumed() {
    fixture
        .given(historyUntil(TicketStatus.AWAITING_CUSTOMER))
        .andGiven(customerReplied())
        .when(
            new RequestInformationCommand(TICKET_ID, "one more photo please", HANDLER_ACTOR, LATER))
        .expectEvents(
            new InformationRequested(TICKET_ID, "one more photo please", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenAwaitingCustomer_whenCustomerReplies_thenCustomerReplied() {
    fixture
        .given(historyUntil(TicketStatus.AWAITING_CUSTOMER))
        .when(new RecordCustomerReplyCommand(TICKET_ID, "照片已上传", CUSTOMER_ACTOR, LATER))
        .expectEvents(
            new CustomerReplied(TICKET_ID, "照片已上传", java.util.List.of(), CUSTOMER_ACTOR, LATER));
  }

  @Test
  void givenAssigned_whenCustomerWritesUnasked_thenStillWaitingForAcceptance() {
    fixture
        .given(historyUntil(TicketStatus.ASSIGNED))
        .andGiven(customerReplied())
        .when(new AcceptTicketCommand(TICKET_ID, HANDLER, "on it", HANDLER_ACTOR, LATER))
        .expectEvents(new TicketAccepted(TICKET_ID, HANDLER, "on it", HANDLER_ACTOR, LATER));
  }

  @Test
  void givenInProgress_whenResolved_thenResolutionRecorded() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .when(resolve())
        .expectEvents(resolvedLater());
  }

  @Test
  void givenAwaitingCustomer_whenResolved_thenResolutionRecorded() {
    fixture
        .given(historyUntil(TicketStatus.AWAITING_CUSTOMER))
        .when(resolve())
        .expectEvents(resolvedLater());
  }

  // ---- confirmation, closing and reopening ----

  @Test
  void givenResolved_whenCustomerSatisfied_thenClosedWithHandlingSummary() {
    fixture
        .given(historyUntil(TicketStatus.RESOLVED))
        .when(confirm(true, Satisfaction.SATISFIED))
        .expectEvents(
            new CustomerConfirmationRecorded(
                TICKET_ID, true, Satisfaction.SATISFIED, "thanks", CUSTOMER_ACTOR, LATER),
            new TicketClosed(TICKET_ID, resolve().summary(), CUSTOMER_ACTOR, LATER));
  }

  @Test
  void givenResolved_whenCustomerBasicallySatisfied_thenClosed() {
    fixture
        .given(historyUntil(TicketStatus.RESOLVED))
        .when(confirm(true, Satisfaction.BASICALLY_SATISFIED))
        .expectEvents(
            new CustomerConfirmationRecorded(
                TICKET_ID, true, Satisfaction.BASICALLY_SATISFIED, "thanks", CUSTOMER_ACTOR, LATER),
            new TicketClosed(TICKET_ID, resolve().summary(), CUSTOMER_ACTOR, LATER));
  }

  @Test
  void givenResolved_whenCustomerUnsatisfied_thenReopenedAndEscalatedToDirector() {
    String reason = "the customer is unsatisfied with the result: thanks";
    fixture
        .given(historyUntil(TicketStatus.RESOLVED))
        .when(confirm(true, Satisfaction.UNSATISFIED))
        .expectEvents(
            new CustomerConfirmationRecorded(
                TICKET_ID, true, Satisfaction.UNSATISFIED, "thanks", CUSTOMER_ACTOR, LATER),
            new TicketReopened(TICKET_ID, reason, 1, CUSTOMER_ACTOR, LATER),
            new TicketEscalated(
                TICKET_ID,
                EscalationLevel.HANDLER,
                EscalationLevel.DIRECTOR,
                reason,
                CUSTOMER_ACTOR,
                LATER));
  }

  @Test
  void givenResolved_whenCustomerSaysNotSolved_thenCountsAsUnsatisfiedAndEscalates() {
    String reason = "the customer says the problem is not solved: thanks";
    fixture
        .given(historyUntil(TicketStatus.RESOLVED))
        .when(confirm(false, null))
        .expectEvents(
            new CustomerConfirmationRecorded(
                TICKET_ID, false, Satisfaction.UNSATISFIED, "thanks", CUSTOMER_ACTOR, LATER),
            new TicketReopened(TICKET_ID, reason, 1, CUSTOMER_ACTOR, LATER),
            new TicketEscalated(
                TICKET_ID,
                EscalationLevel.HANDLER,
                EscalationLevel.DIRECTOR,
                reason,
                CUSTOMER_ACTOR,
                LATER));
  }

  @Test
  void givenAlreadyAtDirector_whenCustomerUnsatisfied_thenReopenedWithoutAnotherEscalation() {
    fixture
        .given(historyUntil(TicketStatus.RESOLVED))
        .andGiven(escalated(EscalationLevel.HANDLER, EscalationLevel.DIRECTOR))
        .when(confirm(true, Satisfaction.UNSATISFIED))
        .expectEvents(
            new CustomerConfirmationRecorded(
                TICKET_ID, true, Satisfaction.UNSATISFIED, "thanks", CUSTOMER_ACTOR, LATER),
            new TicketReopened(
                TICKET_ID,
                "the customer is unsatisfied with the result: thanks",
                1,
                CUSTOMER_ACTOR,
                LATER));
  }

  @Test
  void givenClosed_whenReopened_thenReopenCountStartsAtOne() {
    fixture
        .given(historyUntil(TicketStatus.CLOSED))
        .when(commandFor(TicketAction.REOPEN))
        .expectEvents(
            new TicketReopened(TICKET_ID, "the replacement is broken too", 1, SUPERVISOR, LATER));
  }

  @Test
  void givenReopenedOnceAndResolvedAgain_whenReopened_thenReopenCountGrows() {
    fixture
        .given(historyUntil(TicketStatus.RESOLVED))
        .andGiven(reopened(1), resolved())
        .when(commandFor(TicketAction.REOPEN))
        .expectEvents(
            new TicketReopened(TICKET_ID, "the replacement is broken too", 2, SUPERVISOR, LATER));
  }

  @Test
  void givenReopened_whenResolvedAgain_thenAllowedBecauseWorkResumed() {
    fixture
        .given(historyUntil(TicketStatus.CLOSED))
        .andGiven(reopened(1))
        .when(resolve())
        .expectEvents(resolvedLater());
  }

  // ---- escalation ----

  @Test
  void givenAtHandlerLevel_whenEscalatedWithoutLevel_thenGoesToSupervisor() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .when(commandFor(TicketAction.ESCALATE))
        .expectEvents(
            new TicketEscalated(
                TICKET_ID,
                EscalationLevel.HANDLER,
                EscalationLevel.SUPERVISOR,
                "customer threatens to go public",
                SUPERVISOR,
                LATER));
  }

  @Test
  void givenAtSupervisorLevel_whenEscalatedToSupervisor_thenRefused() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .andGiven(escalated(EscalationLevel.HANDLER, EscalationLevel.SUPERVISOR))
        .when(
            new EscalateTicketCommand(
                TICKET_ID, EscalationLevel.SUPERVISOR, "again", SUPERVISOR, LATER))
        .expectException(EscalationNotUpwardException.class)
        .expectNoEvents();
  }

  @Test
  void givenAtDirectorLevel_whenEscalatedWithoutLevel_thenRefusedForThereIsNoHigherLevel() {
    fixture
        .given(historyUntil(TicketStatus.IN_PROGRESS))
        .andGiven(escalated(EscalationLevel.HANDLER, EscalationLevel.DIRECTOR))
        .when(commandFor(TicketAction.ESCALATE))
        .expectException(EscalationNotUpwardException.class);
  }

  @Test
  void givenSupervisorLevel_whenEscalatedToDirector_thenEscalated() {
    fixture
        .given(historyUntil(TicketStatus.SUBMITTED))
        .andGiven(escalated(EscalationLevel.HANDLER, EscalationLevel.SUPERVISOR))
        .when(
            new EscalateTicketCommand(
                TICKET_ID, EscalationLevel.DIRECTOR, "major complaint", SUPERVISOR, LATER))
        .expectEvents(
            new TicketEscalated(
                TICKET_ID,
                EscalationLevel.SUPERVISOR,
                EscalationLevel.DIRECTOR,
                "major complaint",
                SUPERVISOR,
                LATER));
  }

  @Test
  void theExpectationsAboveUseEventsThatDifferFromTheirDefaults() {
    // guards the fixture data: a test comparing an event with itself would prove nothing
    assertThat(resolvedLater()).isNotEqualTo(resolved());
  }

  private static TicketResolved resolvedLater() {
    ResolveTicketCommand command = resolve();
    return new TicketResolved(
        TICKET_ID,
        command.resolutionType(),
        command.summary(),
        command.amount(),
        command.cost(),
        HANDLER_ACTOR,
        LATER);
  }

  private static SubmitTicketCommand withDescription(String description) {
    SubmitTicketCommand base = submit();
    return new SubmitTicketCommand(
        base.ticketId(),
        base.number(),
        base.channel(),
        base.customer(),
        base.orderNumber(),
        base.product(),
        base.region(),
        description,
        base.occurredAt(),
        null,
        null,
        null,
        base.actor(),
        base.at());
  }

  private static TicketSubmitted submittedAs(
      SubmitTicketCommand command, Classification classification) {
    return new TicketSubmitted(
        command.ticketId(),
        command.number(),
        command.channel(),
        command.customer(),
        command.orderNumber(),
        command.product(),
        command.region(),
        command.description(),
        command.occurredAt(),
        classification,
        command.actor().kind() == com.feedbackdesk.domain.shared.ActorKind.CUSTOMER
            ? CustomerView.ofParts(command.type(), command.category(), command.priority())
            : null,
        command.attachments(),
        command.actor(),
        command.at());
  }
}
