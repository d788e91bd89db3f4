package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Which of a month's closed tickets supervisors review (质检抽样): a ticket is in the sample when a
 * hash of the month and its id falls below the rate. Anyone can recompute the sample from the
 * ticket ids; it does not depend on the order tickets close in or on when it is asked, so a ticket
 * never leaves the sample once drawn; and the share comes to the rate on average (the report states
 * the share drawn). The version names the rule, so that a verdict records which sample it was given
 * for.
 *
 * @param rate the share of closed tickets drawn, above 0 and at most 1
 */
public record QualitySampling(double rate) {

  /** The SOPs' sample: 30% of the month's closed tickets. */
  public static final QualitySampling STANDARD = new QualitySampling(0.30);

  public QualitySampling {
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("a sampling rate lies in (0, 1], was " + rate);
    }
  }

  /** The rule's version: a digest of its method and rate. */
  public String version() {
    return Digests.version(rule());
  }

  private String rule() {
    return String.format(Locale.ROOT, "sha256(month|ticketId)[0..7) / 2^56 < %.6f", rate);
  }

  /** Whether the ticket, closed in the month, is in the month's sample. */
  public boolean draws(YearMonth month, TicketId ticket) {
    // the first 56 bits of the digest as a fraction of 2^56: uniform in [0, 1)
    double position = Long.parseLong(Digests.hex(month + "|" + ticket, 7), 16) / 0x1p56;
    return position < rate;
  }
}
