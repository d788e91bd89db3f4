package com.feedbackdesk.application.ticket.port.in;

import com.feedbackdesk.application.access.Caller;

/** Register feedback from any channel. */
public interface SubmitTicketUseCase {

  /**
   * Registers the submission as a new ticket with a fresh number, on the caller's behalf, and
   * returns it as stored.
   *
   * @throws com.feedbackdesk.application.access.OperationNotPermittedException when the caller may
   *     not submit, or not this (a customer submits for themselves, through the app or the web)
   * @throws IdempotencyKeyReusedException when the key was used for a different submission
   */
  SubmittedTicket submit(Caller caller, TicketSubmission submission);
}
