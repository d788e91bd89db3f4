package com.feedbackdesk.adapters.in.web.ticket;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(description = "Assign or reassign the ticket; a reassigned ticket must be accepted again.")
record AssignmentRequest(
    @Schema(
            description =
                "Code of the lead department; leave out to use the default route of the ticket's"
                    + " category.",
            example = "WAREHOUSE_LOGISTICS")
        String department,
    @Schema(
            description = "Staff id of the handler; leave out to leave it to the department.",
            example = "li.na",
            maxLength = 64)
        @Size(max = 64)
        String assignee,
    @ArraySchema(
            arraySchema = @Schema(description = "Departments that support the lead department."),
            schema = @Schema(example = "LEGAL"),
            maxItems = 10)
        @Size(max = 10)
        List<String> supportingDepartments) {}
