package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.DailyNumbers;
import java.time.LocalDate;

/**
 * The number a customer quotes for an application, by the ticket numbering's rules: {@code SH} (售后)
 * + the day it was made {@code yyyyMMdd} in the business time zone + a daily serial of at least
 * three digits, e.g. {@code SH20261201001}. Unique and never reused, like ticket numbers.
 */
public record ApplicationNumber(String value) {

  private static final DailyNumbers NUMBERS =
      new DailyNumbers("SH", "an", "application", "SH20261201001");

  public ApplicationNumber {
    NUMBERS.require(value);
  }

  /** The number of the {@code serial}-th application registered on {@code day}. */
  public static ApplicationNumber of(LocalDate day, long serial) {
    return new ApplicationNumber(NUMBERS.of(day, serial));
  }

  /** Whether the text has the shape of a application number (not whether one has it). */
  public static boolean looksLikeNumber(String text) {
    return NUMBERS.looksLikeNumber(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
