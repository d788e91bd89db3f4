package com.feedbackdesk.adapters.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One offending field of an invalid request. */
@Schema(description = "One offending field of an invalid request.")
public record FieldError(
    @Schema(
            description =
                "Path of the field in the request: a JSON path, a query parameter or a header.",
            example = "customer.phone")
        String field,
    @Schema(description = "What is wrong with it.", example = "not a phone number: 'call me'")
        String message) {}
