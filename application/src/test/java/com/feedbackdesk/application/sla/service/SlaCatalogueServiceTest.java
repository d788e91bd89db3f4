package com.feedbackdesk.application.sla.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.sla.port.in.SlaDefinitionNotFoundException;
import com.feedbackdesk.application.sla.port.out.memory.InMemorySlaDefinitions;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaPolicy;
import com.feedbackdesk.domain.ticket.SlaTestData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions are created, never changed; activation and calendar changes move the open tickets. */
class SlaCatalogueServiceTest {

  private static final Caller ADMIN = Caller.staff("admin.one", null, Role.ADMIN);
  private static final Caller SUPERVISOR = Caller.staff("chen.jing", null, Role.SUPERVISOR);

  private final InMemorySlaDefinitions store = new InMemorySlaDefinitions();
  private final AtomicInteger rollouts = new AtomicInteger();
  private SlaCatalogueService catalogue;

  @BeforeEach
  void seedTheShippedDefinitions() {
    catalogue =
        new SlaCatalogueService(
            store,
            rollouts::incrementAndGet,
            Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC));
    catalogue.seed(
        Map.of("after-sales", ref -> relabelled(SlaTestData.AFTER_SALES, ref)),
        Map.of("cn-mainland", SlaTestData.WORKING_WEEK::withRef),
        "after-sales");
  }

  private static SlaPolicy relabelled(SlaPolicy policy, VersionRef ref) {
    return new SlaPolicy(
        ref,
        policy.title(),
        policy.calendar(),
        policy.reminderPercent(),
        policy.targets(),
        policy.reopened(),
        policy.rules(),
        policy.extendable(),
        policy.longestExtended());
  }

  @Test
  void seedingAddsWhatShipsOnceAndActivatesIt() {
    catalogue.seed(
        Map.of("after-sales", ref -> relabelled(SlaTestData.AFTER_SALES, ref)),
        Map.of("cn-mainland", SlaTestData.WORKING_WEEK::withRef),
        "after-sales");

    assertThat(store.policies()).hasSize(1);
    assertThat(catalogue.activePolicy().ref()).isEqualTo(new VersionRef("after-sales", 1));
    assertThat(catalogue.currentCalendar("cn-mainland").ref().version()).isEqualTo(1);
    assertThat(rollouts).hasValue(0);
  }

  @Test
  void aNewPolicyVersionIsTheNextNumberAndGovernsNothingUntilActivated() {
    SlaPolicy second =
        catalogue.createPolicyVersion(
            ADMIN, "after-sales", ref -> relabelled(SlaTestData.AFTER_SALES, ref));

    assertThat(second.ref()).isEqualTo(new VersionRef("after-sales", 2));
    assertThat(catalogue.activePolicy(ADMIN).version()).isEqualTo(1);
    assertThat(rollouts).hasValue(0);

    catalogue.activate(ADMIN, second.ref());

    assertThat(catalogue.activePolicy().ref()).isEqualTo(second.ref());
    assertThat(rollouts).as("open tickets are moved").hasValue(1);
    assertThat(catalogue.policy(SUPERVISOR, new VersionRef("after-sales", 1)))
        .as("the old version is still there")
        .isNotNull();
  }

  @Test
  void onlyAnAdminChangesThemAndAPolicyNeedsAKnownCalendar() {
    assertThatThrownBy(
            () ->
                catalogue.createPolicyVersion(
                    SUPERVISOR, "after-sales", ref -> relabelled(SlaTestData.AFTER_SALES, ref)))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(() -> catalogue.activate(SUPERVISOR, new VersionRef("after-sales", 1)))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(
            () ->
                catalogue.createPolicyVersion(
                    ADMIN,
                    "elsewhere",
                    ref -> new SlaPolicy(ref, "x", "hk", 75, Map.of(), Map.of(), null, null, null)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("hk");
    assertThatThrownBy(() -> catalogue.activate(ADMIN, new VersionRef("after-sales", 9)))
        .isInstanceOf(SlaDefinitionNotFoundException.class);
  }

  @Test
  void aChangedCalendarIsItsNextVersionAndTheSameOneAgainCreatesNothing() {
    BusinessCalendar withHoliday =
        catalogue.changeCalendar(
            ADMIN,
            "cn-mainland",
            ref ->
                new BusinessCalendar(
                    ref,
                    SlaTestData.SHANGHAI,
                    SlaTestData.WORKING_WEEK.week(),
                    Map.of(LocalDate.of(2026, 10, 1), "国庆节"),
                    Map.of()));
    BusinessCalendar again =
        catalogue.changeCalendar(
            ADMIN,
            "cn-mainland",
            ref ->
                new BusinessCalendar(
                    ref,
                    SlaTestData.SHANGHAI,
                    SlaTestData.WORKING_WEEK.week(),
                    Map.of(LocalDate.of(2026, 10, 1), "National Day"),
                    Map.of()));

    assertThat(withHoliday.ref()).isEqualTo(new VersionRef("cn-mainland", 2));
    assertThat(again.ref()).isEqualTo(withHoliday.ref());
    assertThat(rollouts).as("moved once, to version 2").hasValue(1);
    assertThat(catalogue.currentCalendar("cn-mainland")).isEqualTo(withHoliday);
    assertThat(catalogue.calendar(new VersionRef("cn-mainland", 1)))
        .isEqualTo(SlaTestData.WORKING_WEEK);
  }
}
