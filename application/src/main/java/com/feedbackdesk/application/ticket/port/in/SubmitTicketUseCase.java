package com.feedbackdesk.application.ticket.port.in;

/** Register feedback from any channel. */
public interface SubmitTicketUseCase {

  /**
   * Registers the submission as a new ticket with a fresh number and returns it as stored.
   *
   * @throws IdempotencyKeyReusedException when the key was used for a different submission
   */
  SubmittedTicket submit(TicketSubmission submission);
}
