package com.feedbackdesk.domain.improvement;

import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.shared.InvalidValueException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * An improvement project's id: {@code IP-<yyyyMM>-<subject>-<key>}, derived from the hot spot that
 * raised it, so that raising the same hot spot again names the same project (and is refused as a
 * duplicate). A category is its code; a product, free text, is 10 hex digits of its digest.
 */
public record ImprovementProjectId(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("IP-\\d{6}-(CATEGORY|PRODUCT)-[A-Za-z0-9]{2,40}");

  public ImprovementProjectId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "projectId",
          "an improvement project id looks like IP-202611-CATEGORY-CQ02, was '" + value + "'");
    }
  }

  public static ImprovementProjectId parse(String value) {
    return new ImprovementProjectId(value);
  }

  /** The id of the project the hot spot of the month raises. */
  public static ImprovementProjectId forHotSpot(
      YearMonth month, ImprovementSubject subject, String key) {
    String part = subject == ImprovementSubject.CATEGORY ? key : Digests.hex(key, 5);
    return new ImprovementProjectId(
        "IP-" + month.format(DateTimeFormatter.ofPattern("yyyyMM")) + "-" + subject + "-" + part);
  }

  @Override
  public String toString() {
    return value;
  }
}
