package com.feedbackdesk.domain.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImprovementProjectTest {

  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final ImprovementProjectId ID =
      ImprovementProjectId.forHotSpot(NOVEMBER, ImprovementSubject.CATEGORY, "CQ02");
  static final Actor JOB = Actor.system("month-close");
  static final Actor DIRECTOR = Actor.agent("wang.director");
  static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");
  static final LocalDate DUE = LocalDate.of(2027, 1, 1);
  static final Department LOGISTICS = new Department("WAREHOUSE_LOGISTICS");

  private FixtureConfiguration<ImprovementProject> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(ImprovementProject.class);
  }

  static RaiseImprovementProjectCommand raise() {
    return new RaiseImprovementProjectCommand(
        ID,
        NOVEMBER,
        ImprovementSubject.CATEGORY,
        "CQ02",
        "物流服务 logistics",
        612,
        0.306,
        0.05,
        DUE,
        JOB,
        AT);
  }

  static ImprovementProjectRaised raised() {
    return new ImprovementProjectRaised(
        ID,
        "2026-11",
        ImprovementSubject.CATEGORY,
        "CQ02",
        "物流服务 logistics",
        612,
        0.306,
        0.05,
        DUE,
        JOB,
        AT);
  }

  static ImprovementProjectStarted started() {
    return new ImprovementProjectStarted(ID, LOGISTICS, "li.na", "换包装", DIRECTOR, AT);
  }

  @Test
  void aHotSpotRaisesAProjectThatIsStartedNotedAndCompleted() {
    fixture.givenNoPriorActivity().when(raise()).expectEvents(raised());
    fixture
        .given(raised())
        .when(new StartImprovementProjectCommand(ID, LOGISTICS, "li.na", "换包装", DIRECTOR, AT))
        .expectEvents(started());
    fixture
        .given(raised(), started())
        .when(new RecordImprovementProgressCommand(ID, "试点上线", DIRECTOR, AT))
        .expectEvents(new ImprovementProgressRecorded(ID, "试点上线", DIRECTOR, AT));
    fixture
        .given(raised(), started())
        .when(new CompleteImprovementProjectCommand(ID, "破损投诉下降 40%", DIRECTOR, AT))
        .expectEvents(new ImprovementProjectCompleted(ID, "破损投诉下降 40%", DIRECTOR, AT));
  }

  @Test
  void theStatusDecidesWhatMayHappenNext() {
    fixture
        .given(raised())
        .when(new CompleteImprovementProjectCommand(ID, "done", DIRECTOR, AT))
        .expectException(ImprovementProjectStateException.class)
        .expectExceptionMessage(
            "improvement project "
                + ID
                + " is RAISED: a project is completed once it is in progress");
    fixture
        .given(raised())
        .when(new RecordImprovementProgressCommand(ID, "note", DIRECTOR, AT))
        .expectException(ImprovementProjectStateException.class);
    fixture
        .given(raised(), started())
        .when(new StartImprovementProjectCommand(ID, LOGISTICS, "li.na", "again", DIRECTOR, AT))
        .expectException(ImprovementProjectStateException.class);
    fixture
        .given(raised(), started(), new ImprovementProjectCompleted(ID, "done", DIRECTOR, AT))
        .when(new RecordImprovementProgressCommand(ID, "more", DIRECTOR, AT))
        .expectException(ImprovementProjectStateException.class);
  }

  @Test
  void theIdIsTheHotSpotsSoThatRaisingAgainNamesTheSameProject() {
    assertThat(ID.value()).isEqualTo("IP-202611-CATEGORY-CQ02");
    ImprovementProjectId product =
        ImprovementProjectId.forHotSpot(NOVEMBER, ImprovementSubject.PRODUCT, "蓝牙耳机 A1");
    assertThat(product.value()).matches("IP-202611-PRODUCT-[0-9a-f]{10}");
    assertThat(ImprovementProjectId.forHotSpot(NOVEMBER, ImprovementSubject.PRODUCT, "蓝牙耳机 A1"))
        .isEqualTo(product);
    assertThatThrownBy(() -> ImprovementProjectId.parse("IP-2026-11"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                new RaiseImprovementProjectCommand(
                    ID,
                    NOVEMBER,
                    ImprovementSubject.CATEGORY,
                    "CQ01",
                    "x",
                    1,
                    0.1,
                    0.05,
                    DUE,
                    JOB,
                    AT))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> new StartImprovementProjectCommand(ID, LOGISTICS, "li.na", " ", DIRECTOR, AT))
        .isInstanceOf(InvalidValueException.class);
  }
}
