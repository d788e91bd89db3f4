package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.application.sla.view.SlaAttainment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.TreeMap;

@Schema(
    description =
        "How the clocks of the closed tickets ended as recorded, and would have ended under a"
            + " policy version; computed from the event history, which it does not change.")
record SlaAttainmentResponse(
    @Schema(description = "The policy version measured against.", example = "after-sales@2")
        String policy,
    @Schema(description = "How many closed tickets were measured.", example = "120") int tickets,
    @Schema(description = "Per clock, the outcomes recorded on the tickets.")
        Map<String, Outcomes> recorded,
    @Schema(description = "Per clock, the outcomes under the policy version.")
        Map<String, Outcomes> underPolicy) {

  @Schema(description = "Clock runs met and breached (cancelled runs count in neither).")
  record Outcomes(
      @Schema(example = "110") long met,
      @Schema(example = "10") long breached,
      @Schema(description = "The share met, 0 to 1; null when none ended.", example = "0.9167")
          Double attainment) {}

  static SlaAttainmentResponse of(SlaAttainment attainment) {
    return new SlaAttainmentResponse(
        attainment.policy(),
        attainment.tickets(),
        outcomes(attainment.recorded()),
        outcomes(attainment.underPolicy()));
  }

  private static Map<String, Outcomes> outcomes(
      Map<com.feedbackdesk.domain.ticket.SlaClockKind, SlaAttainment.Outcomes> byClock) {
    Map<String, Outcomes> outcomes = new TreeMap<>();
    byClock.forEach(
        (clock, o) ->
            outcomes.put(clock.name(), new Outcomes(o.met(), o.breached(), o.attainment())));
    return outcomes;
  }
}
