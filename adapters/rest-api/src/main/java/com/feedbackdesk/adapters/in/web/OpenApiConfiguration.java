package com.feedbackdesk.adapters.in.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame (served at {@code /v3/api-docs}, Swagger UI at {@code
 * /swagger-ui.html}) and the error answers every operation can give, as RFC 9457 problems.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  private static final String PROBLEM = "Problem";

  @Bean
  OpenAPI feedbackDeskOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Feedback Desk API")
                .version("v1")
                .description(
                    "Customer feedback, complaints and after-sales cases for e-commerce, from"
                        + " intake to closure. Times are ISO-8601 instants; enums are"
                        + " UPPER_SNAKE_CASE; every error is an RFC 9457 problem"
                        + " (application/problem+json) whose type identifies it."));
  }

  /** Adds the problem answers to every operation, by what the operation can run into. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> addProblems(path, method, operation)));
    };
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    boolean namesTicket = path.contains("{ref}");
    boolean writes = method == PathItem.HttpMethod.POST;
    add(operation, "400", "Malformed or invalid input; `errors` lists the offending fields.");
    if (namesTicket) {
      add(operation, "404", "No ticket has this id or number.");
    }
    if (writes && namesTicket) {
      add(
          operation,
          "409",
          "The ticket's state does not allow this (`rule` names the rule), or it was changed"
              + " concurrently.");
    }
    if (writes) {
      add(operation, "413", "The body is larger than 64 KiB.");
      add(operation, "415", "The body is not application/json.");
    }
    add(operation, "500", "The service failed; `incident` identifies the failure in its logs.");
    add(
        operation,
        "503",
        "The service could not reach its store; nothing was wrong with the request. Send it"
            + " again after the seconds `Retry-After` names.");
    operation
        .getResponses()
        .get("503")
        .addHeaderObject(
            "Retry-After",
            new Header()
                .description("Seconds to wait before sending the request again.")
                .schema(new IntegerSchema().example(ProblemDetailsAdvice.RETRY_AFTER_SECONDS)));
  }

  private static void add(Operation operation, String status, String description) {
    if (operation.getResponses().containsKey(status)) {
      return;
    }
    operation
        .getResponses()
        .addApiResponse(
            status,
            new ApiResponse()
                .description(description)
                .content(
                    new Content()
                        .addMediaType(
                            org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    Schema<?> fieldError =
        new ObjectSchema()
            .addProperty("field", new StringSchema().example("customer.phone"))
            .addProperty("message", new StringSchema().example("must be a phone number"));
    return new ObjectSchema()
        .description("An RFC 9457 problem.")
        .properties(
            Map.of(
                "type",
                new StringSchema()
                    .description("Identifies the kind of problem; see docs/api.md.")
                    .example("/problems/ticket-state-conflict"),
                "title",
                new StringSchema().example("The ticket's state does not allow this"),
                "status",
                new IntegerSchema().example(409),
                "detail",
                new StringSchema()
                    .example("ticket 6f1c2d3e-… is closed: cannot resolve; reopen it first"),
                "instance",
                new StringSchema().example("/api/v1/tickets/FW20240520001/resolution"),
                "errors",
                new ArraySchema()
                    .items(fieldError)
                    .description("For invalid input: the offending fields."),
                "rule",
                new StringSchema()
                    .description("For state conflicts: the rule that refused the command.")
                    .example("TicketAlreadyClosed"),
                "incident",
                new StringSchema()
                    .description("For internal errors: the id to quote to support.")));
  }
}
