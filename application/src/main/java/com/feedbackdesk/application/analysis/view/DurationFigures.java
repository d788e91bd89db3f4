package com.feedbackdesk.application.analysis.view;

import java.time.Duration;
import java.util.List;

/**
 * How long something took across a month's tickets, in hours (rounded to hundredths). Median and
 * 90th percentile are by nearest rank: the smallest value at least that share of the values are at
 * or below.
 */
public record DurationFigures(long count, Double meanHours, Double medianHours, Double p90Hours) {

  public static DurationFigures of(List<Duration> durations) {
    if (durations.isEmpty()) {
      return new DurationFigures(0, null, null, null);
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    double meanSeconds =
        sorted.stream().mapToDouble(duration -> duration.toMillis() / 1000.0).average().orElse(0);
    return new DurationFigures(
        sorted.size(),
        hours(meanSeconds),
        hours(nearestRank(sorted, 0.5).toMillis() / 1000.0),
        hours(nearestRank(sorted, 0.9).toMillis() / 1000.0));
  }

  /** The smallest value with at least {@code share} of the sorted values at or below it. */
  static Duration nearestRank(List<Duration> sorted, double share) {
    int rank = (int) Math.ceil(share * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static double hours(double seconds) {
    return Math.round(seconds / 36.0) / 100.0;
  }

  /** The same measure in calendar time and on the business calendar. */
  public record Both(DurationFigures calendar, DurationFigures business) {}
}
