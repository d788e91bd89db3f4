package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.application.ticket.view.TicketPage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "One page of the work queue, most urgent first.")
record TicketPageResponse(
    List<TicketSummaryResponse> items,
    @Schema(description = "The page number, from 0.", example = "0") int page,
    @Schema(description = "Items per page.", example = "20") int size,
    @Schema(description = "How many tickets match in all.", example = "137") long total) {

  static TicketPageResponse of(TicketPage page) {
    return new TicketPageResponse(
        page.items().stream().map(TicketSummaryResponse::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
