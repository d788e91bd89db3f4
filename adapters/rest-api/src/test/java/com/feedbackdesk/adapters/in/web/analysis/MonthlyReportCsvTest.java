package com.feedbackdesk.adapters.in.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthlyReportCsvTest {

  @Test
  void cellsAreQuotedAsRfc4180WritesThem() {
    assertThat(MonthlyReportCsv.quoted("物流服务 logistics")).isEqualTo("物流服务 logistics");
    assertThat(MonthlyReportCsv.quoted("a,b")).isEqualTo("\"a,b\"");
    assertThat(MonthlyReportCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(MonthlyReportCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(MonthlyReportCsv.quoted(null)).isEmpty();
  }

  @Test
  void whatASpreadsheetWouldRunAsAFormulaStaysText() {
    assertThat(MonthlyReportCsv.quoted("=HYPERLINK(\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(MonthlyReportCsv.quoted("-2+3+cmd|' /C calc'!A0"))
        .isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(MonthlyReportCsv.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(MonthlyReportCsv.quoted("\tx")).isEqualTo("'\tx");
    assertThat(MonthlyReportCsv.quoted("=1\n+2")).isEqualTo("\"'=1\n+2\"");
    assertThat(MonthlyReportCsv.quoted("-0.25")).as("a number stays a number").isEqualTo("-0.25");
    assertThat(MonthlyReportCsv.quoted("+86 138")).isEqualTo("'+86 138");
  }
}
