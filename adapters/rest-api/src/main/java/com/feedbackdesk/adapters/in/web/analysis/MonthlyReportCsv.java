package com.feedbackdesk.adapters.in.web.analysis;

import com.feedbackdesk.application.analysis.view.DurationFigures;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.analysis.view.SatisfactionFigures;
import com.feedbackdesk.application.analysis.view.Share;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The monthly report as CSV (RFC 4180): one figure a row, {@code section,dimension,key,label,
 * metric,value}, so that a spreadsheet filters and pivots it. UTF-8 with a byte-order mark, which
 * Excel needs to read Chinese text as UTF-8; CRLF line ends; numbers with a dot and no grouping.
 */
final class MonthlyReportCsv {

  static final String MEDIA_TYPE = "text/csv";
  private static final String BOM = "\uFEFF";

  private final StringBuilder csv = new StringBuilder(BOM);

  private MonthlyReportCsv() {
    row("section", "dimension", "key", "label", "metric", "value");
  }

  static byte[] of(MonthlyReport report) {
    MonthlyReportCsv out = new MonthlyReportCsv();
    out.row("report", "", "", "", "month", report.month().toString());
    out.row("report", "", "", "", "zone", report.zone());
    out.row("report", "", "", "", "complete", String.valueOf(report.complete()));
    out.row("report", "", "", "", "generatedAt", report.generatedAt().toString());
    MonthlyReport.Volume volume = report.volume();
    out.row("volume", "", "", "", "total", number(volume.total()));
    out.shares("category", volume.byCategory());
    out.shares("type", volume.byType());
    out.shares("channel", volume.byChannel());
    out.shares("department", volume.byDepartment());
    out.shares("product", volume.byProduct());
    out.durations("firstResponse", report.firstResponse());
    out.durations("resolution", report.resolution());
    report.sla().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              String clock = entry.getKey().name();
              out.row("sla", "clock", clock, "", "met", number(entry.getValue().met()));
              out.row("sla", "clock", clock, "", "breached", number(entry.getValue().breached()));
              out.row(
                  "sla", "clock", clock, "", "attainment", number(entry.getValue().attainment()));
            });
    MonthlyReport.Reopening reopening = report.reopening();
    out.row("reopening", "", "", "", "resolutions", number(reopening.resolutions()));
    out.row("reopening", "", "", "", "reopenings", number(reopening.reopenings()));
    out.row("reopening", "", "", "", "rate", number(reopening.rate()));
    out.satisfaction(report.satisfaction());
    MonthlyReport.Accuracy accuracy = report.classification();
    out.row("classification", "automatic", "", "", "closed", number(accuracy.closed()));
    out.row(
        "classification", "automatic", "", "", "withSuggestion", number(accuracy.withSuggestion()));
    out.row(
        "classification",
        "automatic",
        "",
        "",
        "suggestionConfirmed",
        number(accuracy.suggestionConfirmed()));
    out.row("classification", "automatic", "", "", "accuracy", number(accuracy.automatic()));
    MonthlyReport.Sample sample = accuracy.sample();
    out.row("classification", "sample", "", "", "samplingVersion", sample.samplingVersion());
    out.row("classification", "sample", "", "", "rate", number(sample.rate()));
    out.row("classification", "sample", "", "", "drawn", number(sample.drawn()));
    out.row("classification", "sample", "", "", "share", number(sample.share()));
    out.row("classification", "sample", "", "", "reviewed", number(sample.reviewed()));
    out.row("classification", "sample", "", "", "correct", number(sample.correct()));
    out.row("classification", "sample", "", "", "accuracy", number(sample.accuracy()));
    for (MonthlyReport.HotSpot hotSpot : report.hotSpots()) {
      String dimension = hotSpot.kind().name().toLowerCase(Locale.ROOT);
      out.row(
          "hotSpot", dimension, hotSpot.key(), hotSpot.label(), "count", number(hotSpot.count()));
      out.row(
          "hotSpot", dimension, hotSpot.key(), hotSpot.label(), "share", number(hotSpot.share()));
      if (hotSpot.project() != null) {
        out.row(
            "hotSpot",
            dimension,
            hotSpot.key(),
            hotSpot.label(),
            "project",
            hotSpot.project().id().value());
        out.row(
            "hotSpot",
            dimension,
            hotSpot.key(),
            hotSpot.label(),
            "projectStatus",
            hotSpot.project().status().name());
        out.row(
            "hotSpot",
            dimension,
            hotSpot.key(),
            hotSpot.label(),
            "projectDueOn",
            hotSpot.project().dueOn().toString());
        out.row(
            "hotSpot",
            dimension,
            hotSpot.key(),
            hotSpot.label(),
            "projectOverdue",
            String.valueOf(hotSpot.project().overdue()));
      }
    }
    return out.csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void shares(String dimension, List<Share> shares) {
    for (Share share : shares) {
      row("volume", dimension, share.key(), share.label(), "count", number(share.count()));
      row("volume", dimension, share.key(), share.label(), "share", number(share.share()));
    }
  }

  private void durations(String section, DurationFigures.Both both) {
    durations(section, "calendar", both.calendar());
    durations(section, "business", both.business());
  }

  private void durations(String section, String basis, DurationFigures figures) {
    row(section, basis, "", "", "count", number(figures.count()));
    row(section, basis, "", "", "meanHours", number(figures.meanHours()));
    row(section, basis, "", "", "medianHours", number(figures.medianHours()));
    row(section, basis, "", "", "p90Hours", number(figures.p90Hours()));
  }

  private void satisfaction(SatisfactionFigures figures) {
    figures.ratings().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            entry ->
                row(
                    "satisfaction",
                    "rating",
                    entry.getKey().name(),
                    "",
                    "count",
                    number(entry.getValue())));
    row("satisfaction", "", "", "", "rated", number(figures.rated()));
    row("satisfaction", "", "", "", "unanswered", number(figures.unanswered()));
    row("satisfaction", "", "", "", "csat", number(figures.csat()));
    row("satisfaction", "", "", "", "responseRate", number(figures.responseRate()));
  }

  private static String number(long value) {
    return Long.toString(value);
  }

  /** A share or an hour figure; empty when there is none. */
  private static String number(Double value) {
    return value == null
        ? ""
        : String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private void row(String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quoted(cells[i]));
    }
    csv.append("\r\n");
  }

  /**
   * A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. A cell a
   * spreadsheet would take for a formula (one starting with =, +, -, @, a tab or a carriage return,
   * unless it is a plain number) gets a leading ' so that it stays text (OWASP's CSV injection).
   */
  static String quoted(String cell) {
    if (cell == null) {
      return "";
    }
    boolean formula =
        !cell.isEmpty()
            && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
            && !cell.matches("-?\\d+(\\.\\d+)?");
    String safe = formula ? "'" + cell : cell;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
