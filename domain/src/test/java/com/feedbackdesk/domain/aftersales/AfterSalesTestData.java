package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.SlaTestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** A policy, task routes, an order line and applications, as the after-sales tests use them. */
final class AfterSalesTestData {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final AfterSalesPolicy POLICY =
      new AfterSalesPolicy(
          7,
          new TreeSet<>(Set.of("CUSTOMISED", "PERISHABLE", "SOFTWARE")),
          7,
          15,
          12,
          new TreeMap<>(Map.of("APPLIANCES", 36, "PERISHABLE", 0)),
          new Money(new BigDecimal("2000"), "CNY"),
          Duration.ofHours(48),
          Duration.ofDays(7),
          Duration.ofHours(72),
          "cn-mainland");

  static final Department LOGISTICS = new Department("WAREHOUSE_LOGISTICS");
  static final Department SERVICE = new Department("CUSTOMER_SERVICE");
  static final Department TECHNICAL = new Department("TECHNICAL");

  static final AfterSalesTasks TASKS =
      new AfterSalesTasks(
          List.of(
              new AfterSalesTasks.Route(Remedy.RETURN, null, LOGISTICS, null),
              new AfterSalesTasks.Route(Remedy.REFUND, null, SERVICE, null),
              new AfterSalesTasks.Route(Remedy.REPAIR, null, TECHNICAL, null),
              new AfterSalesTasks.Route(Remedy.REPAIR, "APPLIANCES", TECHNICAL, "wang.qiang")),
          SERVICE,
          SERVICE);

  /** Monday to Friday, 09:00 to 18:00, no holidays. */
  static final BusinessCalendar WORKING_WEEK = SlaTestData.WORKING_WEEK;

  /** The working week with the National Day holidays of 2026 (1 to 7 October). */
  static final BusinessCalendar NATIONAL_DAY =
      new BusinessCalendar(
          new VersionRef("cn-mainland", 2),
          SHANGHAI,
          WORKING_WEEK.week(),
          Map.of(
              LocalDate.of(2026, 10, 1), "国庆节",
              LocalDate.of(2026, 10, 2), "国庆节",
              LocalDate.of(2026, 10, 5), "国庆节",
              LocalDate.of(2026, 10, 6), "国庆节",
              LocalDate.of(2026, 10, 7), "国庆节"),
          Map.of());

  private AfterSalesTestData() {}

  static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(SHANGHAI).toInstant();
  }

  /** A line of two earphones at 299.00, received on the day at 09:30 Shanghai. */
  static OrderLineFacts line(String category, LocalDate received) {
    return line(category, new BigDecimal("299.00"), received);
  }

  static OrderLineFacts line(String category, BigDecimal price, LocalDate received) {
    Instant receipt = received.atTime(9, 30).atZone(SHANGHAI).toInstant();
    return new OrderLineFacts(
        "SO-2026-000123",
        "1",
        "BT-A1-BLK",
        "蓝牙耳机 A1",
        category,
        2,
        new Money(price, "CNY"),
        receipt.minus(Duration.ofHours(3)),
        receipt);
  }

  static ReviewFacts facts(
      OrderLineFacts line, Remedy remedy, ApplicationReason reason, Instant at) {
    return new ReviewFacts(line, remedy, reason, 1, 1, 0, null, CustomerLanguage.CHINESE, at);
  }

  static ApplyForAfterSalesCommand apply(
      ApplicationId id, OrderLineFacts line, Remedy remedy, ApplicationReason reason, Instant at) {
    return new ApplyForAfterSalesCommand(
        id,
        new ApplicationNumber("SH20261110001"),
        Channel.APP,
        new Customer("C10086", null, null, null, "zh-CN", null),
        line,
        remedy,
        reason,
        1,
        "耳机左耳无声",
        List.of(
            new com.feedbackdesk.domain.attachment.AttachmentRef(
                "photo-1", "左耳.jpg", "image/jpeg", 52_000, "a".repeat(64))),
        0,
        null,
        Actor.customer("C10086"),
        at);
  }

  static ApplicationId newId() {
    return new ApplicationId(UUID.randomUUID());
  }
}
