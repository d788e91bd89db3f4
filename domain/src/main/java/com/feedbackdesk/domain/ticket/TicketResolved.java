package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The handler settled the case (处理结果): how, a summary, the amount granted to the customer and what
 * it cost, who was responsible and what is being improved so it does not happen again.
 *
 * <p>Revision 2 added {@code responsibility}, {@code improvements} and {@code closesUnconfirmedAt};
 * revision 1 events read with them null.
 *
 * @param responsibility who was responsible (责任认定), as told to the customer; may be null
 * @param improvements what the company changes because of the case (改进措施); may be null
 * @param closesUnconfirmedAt when the ticket closes by itself if the customer does not confirm;
 *     null when resolved tickets wait for the customer indefinitely
 */
@Revision("2")
public record TicketResolved(
    TicketId ticketId,
    ResolutionType resolutionType,
    String summary,
    Money amount,
    Money cost,
    String responsibility,
    String improvements,
    Instant closesUnconfirmedAt,
    Actor actor,
    Instant at)
    implements TicketEvent {

  /** A resolution without responsibility, improvements or closing window. */
  public TicketResolved(
      TicketId ticketId,
      ResolutionType resolutionType,
      String summary,
      Money amount,
      Money cost,
      Actor actor,
      Instant at) {
    this(ticketId, resolutionType, summary, amount, cost, null, null, null, actor, at);
  }

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
