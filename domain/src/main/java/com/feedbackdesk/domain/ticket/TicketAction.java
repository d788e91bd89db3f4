package com.feedbackdesk.domain.ticket;

/** What someone may try to do to a ticket; {@link TicketLifecycle} says in which statuses. */
public enum TicketAction {
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
  RECORD_RETURN_VISIT
}
