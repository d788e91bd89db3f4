package com.feedbackdesk.application.access;

/**
 * Everything a caller can do with tickets and their SLA clocks; each is a row of the {@link
 * PermissionMatrix}.
 */
public enum TicketOperation {
  SUBMIT,
  VIEW,
  VIEW_HISTORY,
  LIST,
  CLASSIFY,
  ASSIGN,
  ACCEPT,
  REPLY_TO_CUSTOMER,
  ADD_INTERNAL_NOTE,
  REQUEST_INFORMATION,
  RECORD_CUSTOMER_REPLY,
  RESOLVE,
  RECORD_CUSTOMER_CONFIRMATION,
  REOPEN,
  ESCALATE,
  /** Extend a clock's limit for a complex case (approved by the caller). */
  EXTEND_SLA_DEADLINE,
  /** Read the SLA breaches and at-risk lists and the attainment of closed tickets. */
  VIEW_SLA_REPORTS,
  /** Read the SLA policies and business calendars. */
  VIEW_SLA_POLICIES,
  /** Create and activate SLA policy versions; change business calendars. */
  MANAGE_SLA_POLICIES,
  /** Record the outcome of the return visit (回访) after a resolution. */
  RECORD_RETURN_VISIT,
  /** Read the follow-up queue: the return visits due. */
  VIEW_FOLLOW_UPS,
  /** Read a customer's in-app inbox. */
  READ_CUSTOMER_INBOX,
  /** Mark a message in one's own in-app inbox read. */
  MARK_INBOX_READ,
  /** Read the messages sent about a ticket, with every delivery attempt. */
  VIEW_NOTIFICATIONS,
  /** Read the message templates in use. */
  VIEW_NOTIFICATION_TEMPLATES,
  /** Register, pause, resume and delete webhook subscribers, and read their deliveries. */
  MANAGE_WEBHOOKS,
  /** Export the event history (NDJSON), for analyses of one's own. */
  EXPORT_EVENTS,
  /** Read the events' JSON Schemas. */
  VIEW_EVENT_SCHEMAS,
  /** Read the satisfaction statistics. */
  VIEW_STATISTICS,
  /** Read the monthly analysis (JSON or CSV). */
  VIEW_MONTHLY_REPORT,
  /** Read a month's quality sample of closed tickets and its verdicts. */
  VIEW_QUALITY_SAMPLE,
  /** Give a verdict on the classification of a ticket in a quality sample. */
  REVIEW_CLASSIFICATION,
  /** Read the improvement projects the hot spots raised. */
  VIEW_IMPROVEMENT_PROJECTS,
  /** Raise the projects of a month's hot spots; start, note progress on and complete them. */
  MANAGE_IMPROVEMENT_PROJECTS,
  /** Read the projections' positions and the rebuilds' progress. */
  VIEW_PROJECTIONS,
  /** Rebuild a projection from the event history. */
  REBUILD_PROJECTIONS,
  /** Read an order from the shop's order system (for after-sales handling). */
  VIEW_SHOP_ORDERS,
  /** Load orders into the embedded order directory (the embedded default has no shop system). */
  LOAD_SHOP_ORDERS,
  /** Apply for a return, refund, exchange, repair or resend of an order line. */
  APPLY_FOR_AFTER_SALES,
  /** Read after-sales applications and their reviews. */
  VIEW_AFTER_SALES,
  /** Decide an application the policy's rules referred to a person. */
  DECIDE_AFTER_SALES,
  /** Record that the goods of an accepted application were sent back. */
  RECORD_RETURN_SHIPMENT,
  /** Take an accepted application on and complete it. */
  HANDLE_AFTER_SALES,
  /** Withdraw an application. */
  WITHDRAW_AFTER_SALES,
  /** Read the after-sales policy in force and its task routes. */
  VIEW_AFTER_SALES_POLICY,
  /** Upload a photo or video, to attach it to a submission or a reply. */
  UPLOAD_ATTACHMENT,
  /** Download an attachment, with the reach of what it is attached to. */
  VIEW_ATTACHMENT
}
