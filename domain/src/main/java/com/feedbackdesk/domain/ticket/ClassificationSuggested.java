package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The automatic classification proposed a type, category and priority from the description, naming
 * the keyword rules that matched; kept so that classification accuracy can be measured against what
 * people confirm.
 */
@Revision("1")
public record ClassificationSuggested(
    TicketId ticketId,
    Classification suggestion,
    List<String> matchedRules,
    Actor actor,
    Instant at)
    implements TicketEvent {

  @Override
  public <R> R accept(TicketEventVisitor<R> visitor) {
    return visitor.on(this);
  }
}
