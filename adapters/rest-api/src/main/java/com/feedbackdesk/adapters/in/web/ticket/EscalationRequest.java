package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Escalate the ticket (handler → supervisor → director).")
record EscalationRequest(
    @Schema(description = "Why.", example = "客户表示将向消费者协会投诉", maxLength = TextLimits.REASON)
        @NotBlank
        @Size(max = TextLimits.REASON)
        String reason,
    @Schema(
            description = "The level to escalate to; leave out to go one level up.",
            example = "SUPERVISOR")
        Target level) {

  /** The levels a ticket can be escalated to. */
  enum Target {
    SUPERVISOR,
    DIRECTOR;

    EscalationLevel toLevel() {
      return EscalationLevel.valueOf(name());
    }
  }
}
