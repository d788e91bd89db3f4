package com.feedbackdesk.application.notification.model;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why a message is sent, which template renders it and the variables that template may use. The
 * templates are checked against these at start, so a misspelt variable stops the service instead of
 * leaving a blank in a customer's message.
 */
public enum MessagePurpose {
  ACKNOWLEDGEMENT("acknowledgement", true, "promisedWithinHours", "promisedBy"),
  INFORMATION_REQUEST("information-request", true, "message"),
  REPLY("reply", true, "message"),
  RESULT(
      "result",
      true,
      "handling",
      "resolution.type",
      "resolution.summary",
      "resolution.responsibility",
      "resolution.amount",
      "resolution.improvements",
      "surveyLink",
      "closesAt"),
  CONFIRMATION_REQUEST(
      "confirmation-request", true, "closesAt", "surveyLink", "resolution.summary"),
  RETURN_VISIT("return-visit", true, "reached", "stillSatisfied", "dissatisfied"),
  STAFF_ASSIGNED("staff-assigned", false, "assignee"),
  STAFF_URGENT("staff-urgent", false),
  STAFF_REMINDER("staff-reminder", false, "clock", "dueAt"),
  STAFF_ESCALATION("staff-escalation", false, "escalation.level", "escalation.reason"),
  /** A ticket event to a webhook subscriber: no template, the event's JSON. */
  WEBHOOK_EVENT(null, false);

  /** Enum constants cannot reach the enum's static fields while they are made: these can. */
  private static final class Common {
    static final Set<String> EVERY =
        Set.of(
            "company",
            "contact",
            "ticket.number",
            "ticket.description",
            "ticket.category",
            "ticket.priority",
            "ticket.submittedAt");
    static final Set<String> CUSTOMER = Set.of("customer.name");
    static final Set<String> STAFF = Set.of("staff.name", "consoleLink", "department");
  }

  private final String template;
  private final boolean toCustomer;
  private final Set<String> variables;

  MessagePurpose(String template, boolean toCustomer, String... own) {
    this.template = template;
    this.toCustomer = toCustomer;
    this.variables =
        Stream.of(Common.EVERY, toCustomer ? Common.CUSTOMER : Common.STAFF, Set.of(own))
            .flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The template's name, e.g. {@code result}; null for webhook events. */
  public String template() {
    return template;
  }

  public boolean toCustomer() {
    return toCustomer;
  }

  /** The variables its template may use. */
  public Set<String> variables() {
    return variables;
  }
}
