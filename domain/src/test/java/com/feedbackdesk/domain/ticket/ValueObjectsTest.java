package com.feedbackdesk.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.ActorKind;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @Test
  void ticketNumbersPadSerialsToThreeDigitsAndGrowBeyond() {
    LocalDate day = LocalDate.of(2024, 5, 20);

    assertThat(TicketNumber.of(day, 1).value()).isEqualTo("FW20240520001");
    assertThat(TicketNumber.of(day, 999).value()).isEqualTo("FW20240520999");
    assertThat(TicketNumber.of(day, 1000).value()).isEqualTo("FW202405201000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FW2024052001",
        "FW20241340001",
        "FW20240520000",
        "fw20240520001",
        "FW20240520001 ",
        "20240520001"
      })
  void malformedTicketNumbersAreRefused(String text) {
    assertThatThrownBy(() -> new TicketNumber(text))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("number");
  }

  @Test
  void ticketIdsReadAndWriteTheirPlainUuid() {
    UUID uuid = UUID.randomUUID();

    assertThat(TicketId.parse(uuid.toString())).isEqualTo(new TicketId(uuid));
    assertThat(new TicketId(uuid)).hasToString(uuid.toString());
    assertThat(TicketId.looksLikeId("FW20240520001")).isFalse();
    assertThatThrownBy(() -> TicketId.parse("nope")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aCustomerNeedsAWayToBeReachedOrFound() {
    assertThat(new Customer("C1", null, null, null).id()).isEqualTo("C1");
    assertThat(new Customer(null, null, "+86 138 0013 8000", null).phone()).isNotNull();
    assertThat(new Customer(null, null, null, "a@b.cn").email()).isNotNull();
    assertThat(new Customer(" ", "王芳", null, "a@b.cn").id()).as("blank is absent").isNull();
    assertThatThrownBy(() -> new Customer(null, "王芳", null, null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Customer("C1", null, "call me", null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Customer("C1", null, null, "nobody"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Customer("C1", "名".repeat(101), null, null))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void moneyIsNeverNegativeHasAtMostTwoDecimalsAndAlwaysShowsTwo() {
    assertThat(Money.of("39.9", "CNY").amount()).isEqualTo(new BigDecimal("39.90"));
    assertThat(Money.of("39.900", "CNY").amount()).isEqualTo(new BigDecimal("39.90"));
    assertThatThrownBy(() -> Money.of("-1", "CNY")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Money.of("0.001", "CNY")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Money.of("1", "yuan")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void actorsReadAndWriteTheirKindColonIdForm() {
    assertThat(Actor.parse("agent:li.na")).isEqualTo(new Actor(ActorKind.AGENT, "li.na"));
    assertThat(Actor.parse("Customer:C10086")).isEqualTo(Actor.customer("C10086"));
    assertThat(Actor.system("keyword-rules")).hasToString("system:keyword-rules");
    for (String bad : new String[] {"li.na", ":x", "robot:x", "agent:", "agent:two words"}) {
      assertThatThrownBy(() -> Actor.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void routingNeedsARouteForEveryCategoryIntoAKnownDepartment() {
    Department tech = new Department("TECHNICAL");
    Map<Category, Department> incomplete = Map.of(Category.CQ01, tech);

    assertThatThrownBy(() -> new DepartmentRouting(Set.of(tech), incomplete, Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("CQ02");
    assertThatThrownBy(() -> new Department("tech")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theMostUrgentProposalWinsPriorityWhileTheFirstRuleWinsCategory() {
    ClassificationPolicy policy = TicketTestData.classificationPolicy();

    ClassificationSuggestion suggestion =
        policy.suggest("The box was DAMAGED and my data may LEAK");

    assertThat(suggestion.classification().category()).isEqualTo(Category.CQ08);
    assertThat(suggestion.classification().priority()).isEqualTo(Priority.P1);
    assertThat(suggestion.matchedRules()).containsExactly("data-leak", "damaged-parcel");
    assertThat(policy.suggest("怎么用？").classification().type()).isEqualTo(TicketType.CONSULTATION);
  }

  @Test
  void aPseudonymIsStableUnderOneKeyAndDiffersUnderAnother() {
    Customer byPhone = new Customer(null, "王芳", "+86 138 0013 8000", null);
    byte[] key = "a key of sixteen+".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] other = "another key, 16b".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Customer once = byPhone.pseudonymized(key);

    assertThat(once)
        .isEqualTo(new Customer(null, "x", "+86 (138) 0013-8000", null).pseudonymized(key));
    assertThat(once.id()).startsWith("p-").hasSize(26);
    assertThat(once.name()).isNull();
    assertThat(once.phone()).isNull();
    assertThat(byPhone.pseudonymized(other)).isNotEqualTo(once);
    assertThat(new Customer("C1", "王芳", null, null).pseudonymized(key))
        .isEqualTo(new Customer("C1", null, null, null));
  }
}
