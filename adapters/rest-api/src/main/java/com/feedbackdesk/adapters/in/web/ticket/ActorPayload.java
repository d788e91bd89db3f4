package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.ActorKind;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Who did something.")
record ActorPayload(
    @Schema(example = "AGENT") ActorKind kind,
    @Schema(
            description = "Id within its kind: staff id, customer id or rule set.",
            example = "li.na")
        String id) {

  static ActorPayload of(Actor actor) {
    return actor == null ? null : new ActorPayload(actor.kind(), actor.id());
  }
}
