package com.feedbackdesk.application.access;

/** Everything a caller can do with tickets; each is a row of the {@link PermissionMatrix}. */
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
  ESCALATE
}
