package com.feedbackdesk.application.sla.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.sla.port.in.SlaVersionTakenException;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.SlaTestData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SlaDefinitionPort} must do; extended by each implementation's test. */
public abstract class SlaDefinitionPortContract {

  private SlaDefinitionPort store;

  protected abstract SlaDefinitionPort createPort();

  @BeforeEach
  void createFreshPort() {
    store = createPort();
  }

  @Test
  void aPolicyVersionIsReadBackExactlyAndCannotBeStoredTwice() {
    store.add(SlaTestData.AFTER_SALES);

    assertThat(store.policy(SlaTestData.AFTER_SALES.ref())).contains(SlaTestData.AFTER_SALES);
    assertThat(store.policies()).containsExactly(SlaTestData.AFTER_SALES);
    assertThatThrownBy(() -> store.add(SlaTestData.AFTER_SALES))
        .isInstanceOf(SlaVersionTakenException.class);
    assertThat(store.policy(new VersionRef("after-sales", 2))).isEmpty();
  }

  @Test
  void aCalendarVersionWithHolidaysAndMakeUpDaysIsReadBackExactly() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            new VersionRef("cn-mainland", 2),
            SlaTestData.SHANGHAI,
            SlaTestData.WORKING_WEEK.week(),
            Map.of(LocalDate.of(2026, 10, 1), "National Day"),
            Map.of(LocalDate.of(2026, 10, 10), DayOfWeek.FRIDAY));

    store.add(calendar);

    assertThat(store.calendar(calendar.ref())).contains(calendar);
    assertThat(store.calendars()).containsExactly(calendar);
    assertThatThrownBy(() -> store.add(calendar)).isInstanceOf(SlaVersionTakenException.class);
  }

  @Test
  void theActivePolicyIsTheOneActivatedLast() {
    assertThat(store.activePolicy()).isEmpty();

    store.activate(new VersionRef("after-sales", 1));
    store.activate(new VersionRef("complaint-plan", 3));

    assertThat(store.activePolicy()).contains(new VersionRef("complaint-plan", 3));
  }
}
