package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.TextLimits;
import com.feedbackdesk.domain.ticket.TicketType;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "New feedback, a complaint or an after-sales application, from any channel.")
record SubmitTicketRequest(
    @Schema(description = "Where the feedback came in.", example = "APP") @NotNull Channel channel,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Valid CustomerPayload customer,
    @Schema(
            description = "The related order, if any.",
            example = "SO-2024-000123",
            maxLength = TextLimits.ORDER_NUMBER)
        @Size(max = TextLimits.ORDER_NUMBER)
        String orderNumber,
    @Schema(
            description =
                "The product the feedback is about, by name or SKU, if the customer named one (an"
                    + " app's product page does); the monthly analysis counts hot spots by product.",
            example = "蓝牙耳机 A1",
            maxLength = TextLimits.PRODUCT)
        @Size(max = TextLimits.PRODUCT)
        String product,
    @Schema(
            description = "The customer's region.",
            example = "Shanghai",
            maxLength = TextLimits.REGION)
        @Size(max = TextLimits.REGION)
        String region,
    @Schema(description = "Leave out to let the keyword rules decide.", example = "COMPLAINT")
        TicketType type,
    @Schema(description = "Leave out to let the keyword rules decide.", example = "CQ02")
        Category category,
    @Schema(description = "Leave out to let the keyword rules decide.", example = "P2")
        Priority priority,
    @Schema(
            description =
                "The problem in the customer's own words; stored verbatim, never rewritten.",
            example = "收到的包裹外箱破损，杯子碎了。",
            maxLength = TextLimits.DESCRIPTION)
        @NotBlank
        @Size(max = TextLimits.DESCRIPTION)
        String description,
    @Schema(
            description =
                "When the customer complained, if earlier than now (a phone call registered later);"
                    + " defaults to the registration time. Must not lie in the future.",
            example = "2024-05-20T09:30:00+08:00")
        OffsetDateTime occurredAt,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "Photos and videos uploaded before (POST /api/v1/attachments) by the"
                            + " caller, by id; at most feedbackdesk.attachments.max-per-item (9)."
                            + " Each may be attached once.",
                    example = "[\"0b6f6a8e-5d1c-4f3e-9a57-2f1e4c8d9b10\"]"),
            schema = @Schema(maxLength = 64))
        @Size(max = 100)
        List<@NotBlank @Size(max = 64) String> attachments) {

  TicketSubmission toSubmission(String idempotencyKey) {
    return new TicketSubmission(
        channel,
        customer.toCustomer(),
        orderNumber,
        product,
        region,
        type,
        category,
        priority,
        description,
        occurredAt == null ? null : occurredAt.toInstant(),
        idempotencyKey,
        attachments == null ? List.of() : attachments);
  }
}
