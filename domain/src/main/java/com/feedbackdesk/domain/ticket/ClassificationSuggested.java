package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The automatic classification proposed a type, category and priority from the description, naming
 * the keyword rules that matched; kept so that classification accuracy can be measured against what
 * people confirm.
 *
 * <p>Revision 2 added {@code rulesVersion}, the version of the keyword rules that decided (a digest
 * of them); revision 1 events read with it null.
 */
@Revision("2")
public record ClassificationSuggested(
    TicketId ticketId,
    Classification suggestion,
    List<String> matchedRules,
    String rulesVersion,
    Actor actor,
    Instant at)
    implements TicketEvent {

  /** A suggestion without the rules' version. */
  public ClassificationSuggested(
      TicketId ticketId,
      Classification suggestion,
      List<String> matchedRules,
      Actor actor,
      Instant at) {
    this(ticketId, suggestion, matchedRules, null, actor, at);
  }

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
