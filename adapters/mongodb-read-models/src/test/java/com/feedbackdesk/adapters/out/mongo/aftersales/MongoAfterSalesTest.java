package com.feedbackdesk.adapters.out.mongo.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.aftersales.model.OrderLineClaim;
import com.feedbackdesk.application.aftersales.view.ApplicationPage;
import com.feedbackdesk.application.aftersales.view.ApplicationQuery;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.feedbackdesk.domain.aftersales.ApplicationReason;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.aftersales.DecidedBy;
import com.feedbackdesk.domain.aftersales.OrderLineFacts;
import com.feedbackdesk.domain.aftersales.PolicyRule;
import com.feedbackdesk.domain.aftersales.Remedy;
import com.feedbackdesk.domain.aftersales.ReviewDecision;
import com.feedbackdesk.domain.aftersales.RuleOutcome;
import com.feedbackdesk.domain.aftersales.RuleVerdict;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The after-sales adapters on the embedded MongoDB server: numbers, line claims, the views. */
class MongoAfterSalesTest {

  private static final Instant AT = Instant.parse("2026-11-10T02:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final MongoDatabase database = TestMongo.freshDatabase();

  private static ApplicationId anyApplication() {
    return new ApplicationId(UUID.randomUUID());
  }

  @Nested
  class Numbers {

    private final MongoApplicationNumbers numbers = new MongoApplicationNumbers(database);

    @Test
    void countUpPerDayAndLeadBackToTheirApplication() {
      ApplicationId first = anyApplication();

      ApplicationNumber one = numbers.allocate(DAY, first);
      ApplicationNumber two = numbers.allocate(DAY, anyApplication());
      ApplicationNumber nextDay = numbers.allocate(DAY.plusDays(1), anyApplication());

      assertThat(one.value()).isEqualTo("SH20261110001");
      assertThat(two.value()).isEqualTo("SH20261110002");
      assertThat(nextDay.value()).isEqualTo("SH20261111001");
      assertThat(numbers.find(one)).contains(first);
      assertThat(numbers.find(ApplicationNumber.of(DAY, 999))).isEmpty();
    }

    @Test
    void areNeverSharedByConcurrentCallersNorClashWithTicketNumbers() throws Exception {
      new com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketNumbers(database)
          .allocate(DAY, new com.feedbackdesk.domain.ticket.TicketId(UUID.randomUUID()));
      Set<String> handedOut = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done =
            java.util.stream.IntStream.range(0, 4)
                .<Future<?>>mapToObj(
                    i ->
                        pool.submit(
                            () -> {
                              for (int j = 0; j < 25; j++) {
                                handedOut.add(numbers.allocate(DAY, anyApplication()).value());
                              }
                            }))
                .toList();
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        pool.shutdown();
      }

      assertThat(handedOut).hasSize(100).contains("SH20261110001", "SH20261110100");
    }
  }

  @Nested
  class Claims {

    private final MongoOrderLineClaims claims = new MongoOrderLineClaims(database);
    private final OrderLineClaim first =
        new OrderLineClaim(anyApplication(), new ApplicationNumber("SH20261110001"), AT);
    private final OrderLineClaim second =
        new OrderLineClaim(anyApplication(), new ApplicationNumber("SH20261110002"), AT);

    @Test
    void oneApplicationHoldsALineAndTheNextLearnsWhich() {
      assertThat(claims.claim("SO-1", "1", first)).isEqualTo(first);
      assertThat(claims.claim("SO-1", "1", second)).isEqualTo(first);
      assertThat(claims.claim("SO-1", "2", second)).as("another line").isEqualTo(second);
      assertThat(claims.claim("SO-2", "1", second)).as("another order").isEqualTo(second);
    }

    @Test
    void aTakeOverSucceedsOnlyFromTheHolderNamed() {
      claims.claim("SO-1", "1", first);
      OrderLineClaim third =
          new OrderLineClaim(anyApplication(), new ApplicationNumber("SH20261110003"), AT);

      assertThat(claims.takeOver("SO-1", "1", second.holder(), third)).isFalse();
      assertThat(claims.takeOver("SO-1", "1", first.holder(), second)).isTrue();
      assertThat(claims.claim("SO-1", "1", third)).isEqualTo(second);
    }

    @Test
    void onlyTheHolderReleasesALine() {
      claims.claim("SO-1", "1", first);

      claims.release("SO-1", "1", second.holder());
      assertThat(claims.claim("SO-1", "1", second)).isEqualTo(first);

      claims.release("SO-1", "1", first.holder());
      assertThat(claims.claim("SO-1", "1", second)).isEqualTo(second);
    }
  }

  @Nested
  class Views {

    private final MongoApplicationViews views =
        new MongoApplicationViews(
            new ReadModelGenerations(database)
                .live(MongoApplicationViews.COLLECTION, MongoApplicationViews::indexes));

    private ApplicationView view(
        String customer, ApplicationStatus status, Department department, Instant at, long v) {
      ApplicationId id = anyApplication();
      return new ApplicationView(
          id,
          new ApplicationNumber("SH20261110" + String.format("%03d", 1 + (int) (v % 900))),
          id.ticket(),
          status,
          Channel.APP,
          customer,
          "en",
          new OrderLineFacts(
              "SO-1",
              "1",
              "BT-A1",
              "蓝牙耳机 A1",
              "ELECTRONICS",
              2,
              new Money(new BigDecimal("299.00"), "CNY"),
              AT.minusSeconds(7_200),
              AT.minusSeconds(3_600)),
          Remedy.RETURN,
          ApplicationReason.NO_REASON,
          1,
          "不想要了",
          List.of(new AttachmentRef("a-1", "破损.jpg", "image/jpeg", 1_000, "b".repeat(64))),
          new ApplicationView.Review(
              ReviewDecision.ACCEPTED,
              DecidedBy.RULES,
              "sha256:0123456789ab",
              List.of(new RuleOutcome(PolicyRule.NO_REASON_WINDOW, RuleVerdict.PASSED, "day 6")),
              null,
              "system:after-sales-policy",
              at),
          department,
          null,
          at.plusSeconds(600),
          new ApplicationView.Shipment("顺丰速运", "SF1", at),
          "li.na",
          new ApplicationView.Completion(
              ResolutionType.RETURN,
              "已退款",
              new Money(new BigDecimal("299.00"), "CNY"),
              DecidedBy.PERSON,
              at),
          null,
          at,
          at,
          v);
    }

    @Test
    void aViewComesBackAsItWasStored() {
      ApplicationView stored =
          view("C1", ApplicationStatus.COMPLETED, new Department("WAREHOUSE_LOGISTICS"), AT, 5);

      views.save(stored);

      assertThat(views.find(stored.id())).contains(stored);
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
      ApplicationView newer =
          view("C1", ApplicationStatus.COMPLETED, new Department("WAREHOUSE_LOGISTICS"), AT, 5);
      ApplicationView older =
          new ApplicationView(
              newer.id(),
              newer.number(),
              newer.ticketId(),
              ApplicationStatus.ACCEPTED,
              newer.channel(),
              newer.customerId(),
              newer.customerLanguage(),
              newer.line(),
              newer.remedy(),
              newer.reason(),
              newer.quantity(),
              newer.description(),
              newer.attachments(),
              newer.review(),
              newer.department(),
              newer.assignee(),
              newer.dueBy(),
              null,
              null,
              null,
              null,
              newer.appliedAt(),
              newer.updatedAt(),
              2);

      views.save(newer);
      views.save(older);

      assertThat(views.find(newer.id()).orElseThrow().status())
          .isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    void aResetForgetsEveryApplication() {
      ApplicationView stored =
          view("C1", ApplicationStatus.ACCEPTED, new Department("WAREHOUSE_LOGISTICS"), AT, 1);
      views.save(stored);

      views.deleteAll();

      assertThat(views.find(stored.id())).isEmpty();
    }

    @Test
    void listsNewestFirstByEveryFilterWithTheTotal() {
      Department warehouse = new Department("WAREHOUSE_LOGISTICS");
      ApplicationView a = view("C1", ApplicationStatus.ACCEPTED, warehouse, AT, 1);
      ApplicationView b = view("C1", ApplicationStatus.UNDER_REVIEW, null, AT.plusSeconds(60), 2);
      ApplicationView c = view("C2", ApplicationStatus.ACCEPTED, warehouse, AT.plusSeconds(120), 3);
      List.of(a, b, c).forEach(views::save);

      ApplicationPage all = views.list(new ApplicationQuery(Set.of(), null, null, null, 10, 0));
      ApplicationPage mine = views.list(new ApplicationQuery(Set.of(), "C1", null, null, 10, 0));
      ApplicationPage tasks =
          views.list(
              new ApplicationQuery(
                  Set.of(ApplicationStatus.ACCEPTED, ApplicationStatus.IN_HANDLING),
                  null,
                  warehouse,
                  null,
                  1,
                  0));

      assertThat(all.applications())
          .extracting(ApplicationView::id)
          .containsExactly(c.id(), b.id(), a.id());
      assertThat(mine.applications())
          .extracting(ApplicationView::id)
          .containsExactly(b.id(), a.id());
      assertThat(tasks.total()).isEqualTo(2);
      assertThat(tasks.applications()).extracting(ApplicationView::id).containsExactly(c.id());
    }
  }
}
