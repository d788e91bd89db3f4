package com.feedbackdesk.application.analysis;

import com.feedbackdesk.application.seed.MonthOfFeedback;
import com.feedbackdesk.domain.ticket.SlaTestData;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The seed's generated month under the after-sales test policy, numbered by the tests. */
public final class MonthOfTickets {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final MonthOfFeedback GENERATOR =
      new MonthOfFeedback(
          ZONE, SlaTestData.AFTER_SALES, SlaTestData.catalogue(SlaTestData.AFTER_SALES));

  private MonthOfTickets() {}

  public static List<MonthOfFeedback.Plan> generate(YearMonth month, int tickets, long seed) {
    AtomicLong serial = new AtomicLong();
    return GENERATOR.generate(
        month, tickets, seed, (day, ticket) -> TicketNumber.of(day, serial.incrementAndGet()));
  }
}
