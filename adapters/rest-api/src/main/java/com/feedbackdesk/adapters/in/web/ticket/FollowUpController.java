package com.feedbackdesk.adapters.in.web.ticket;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.ticket.port.in.ListTicketsUseCase;
import com.feedbackdesk.application.ticket.view.TicketPage;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The follow-up queue: the return visits (回访) due, for the agents who make them. */
@RestController
@RequestMapping(path = "/api/v1/follow-ups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Follow-ups", description = "Return visits due after resolution.")
class FollowUpController {

  private final ListTicketsUseCase tickets;

  FollowUpController(ListTicketsUseCase tickets) {
    this.tickets = tickets;
  }

  @Schema(description = "A ticket whose return visit is due, and when.")
  record FollowUpResponse(
      @JsonUnwrapped TicketSummaryResponse ticket,
      @Schema(
              description =
                  "When the return visit is due (the policy's window in business days after the"
                      + " resolution).",
              example = "2024-05-23T03:00:00Z")
          Instant returnVisitDueAt) {}

  @Schema(description = "A page of the follow-up queue, the visit due first first.")
  record FollowUpPageResponse(
      List<FollowUpResponse> items,
      @Schema(example = "0") int page,
      @Schema(example = "20") int size,
      @Schema(example = "3") long total) {

    static FollowUpPageResponse of(TicketPage page) {
      return new FollowUpPageResponse(
          page.items().stream()
              .map(
                  s ->
                      new FollowUpResponse(
                          TicketSummaryResponse.of(s), s.dueTimes().get(SlaClockKind.RETURN_VISIT)))
              .toList(),
          page.page(),
          page.size(),
          page.total());
    }
  }

  @Operation(
      summary = "List the return visits due",
      description =
          "Resolved and closed tickets whose return visit is still to be made, the one due first"
              + " first, with the customer's contact and preferred channel. Record a visit with"
              + " POST /api/v1/tickets/{ref}/return-visits.")
  @GetMapping
  FollowUpPageResponse list(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "Page number, from 0.") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Items per page, 1 to " + TicketQueueQuery.MAX_PAGE_SIZE + ".")
          @RequestParam(defaultValue = "" + TicketQueueQuery.DEFAULT_PAGE_SIZE)
          int size) {
    return FollowUpPageResponse.of(tickets.followUps(caller, page, size));
  }
}
