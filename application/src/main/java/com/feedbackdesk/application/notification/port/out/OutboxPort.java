package com.feedbackdesk.application.notification.port.out;

import com.feedbackdesk.application.notification.model.DeliveryAttempt;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: every message is stored here before anything tries to deliver it, and each attempt is
 * recorded on it. Instances claim due messages with a lease, so two instances never deliver the
 * same message at once, and one that dies mid-delivery leaves it to be claimed again when its lease
 * ends.
 */
public interface OutboxPort {

  /**
   * Stores the message unless one with its id is stored already.
   *
   * @return whether it was stored now
   */
  boolean record(OutboundMessage message);

  /**
   * Claims the message due first: PENDING with its next attempt due, or SENDING with its lease run
   * out (its instance died). It becomes SENDING until {@code leaseUntil}.
   */
  Optional<OutboundMessage> claimDue(Instant now, Instant leaseUntil);

  /**
   * Records an attempt and the state it leaves the message in.
   *
   * @param nextAttemptAt when a PENDING message is tried again; null otherwise
   */
  void attempted(
      String id, DeliveryAttempt attempt, MessageState state, Instant nextAttemptAt, String note);

  /** Moves a subscription's waiting messages (PENDING, or SENDING by none) to HELD. */
  long hold(String subscription, String note);

  /** Moves a subscription's HELD messages back to PENDING, due now. */
  long release(String subscription, Instant now);

  Optional<OutboundMessage> find(String id);

  /** A ticket's messages, oldest first. */
  List<OutboundMessage> forTicket(TicketId ticket);

  /** A subscription's deliveries, newest first. */
  List<OutboundMessage> forSubscription(String subscription, int limit);
}
