package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.DailyNumbers;
import java.time.LocalDate;

/**
 * The number people quote on the phone: {@code FW} + the registration day {@code yyyyMMdd} in the
 * business time zone + a daily serial of at least three digits, e.g. {@code FW20240520001}.
 */
public record TicketNumber(String value) {

  private static final DailyNumbers NUMBERS =
      new DailyNumbers("FW", "a", "ticket", "FW20240520001");

  public TicketNumber {
    NUMBERS.require(value);
  }

  /** The number of the {@code serial}-th ticket registered on {@code day}. */
  public static TicketNumber of(LocalDate day, long serial) {
    return new TicketNumber(NUMBERS.of(day, serial));
  }

  /** Whether the text has the shape of a ticket number (not whether one has it). */
  public static boolean looksLikeNumber(String text) {
    return NUMBERS.looksLikeNumber(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
