package com.feedbackdesk.adapters.in.web;

import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
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

  static final String BEARER = "bearerToken";

  /**
   * The fields of each response schema that are always present (never null), so that a generated
   * client need not treat every field as optional.
   */
  private static final List<String> SUMMARY_ALWAYS_PRESENT =
      List.of(
          "id",
          "number",
          "status",
          "channel",
          "type",
          "category",
          "priority",
          "customer",
          "supportingDepartments",
          "escalationLevel",
          "reopenCount",
          "submittedAt",
          "occurredAt",
          "updatedAt",
          "version");

  private static final Map<String, List<String>> ALWAYS_PRESENT =
      Map.of(
          "TicketResponse",
          java.util.stream.Stream.concat(
                  SUMMARY_ALWAYS_PRESENT.stream(), java.util.stream.Stream.of("description"))
              .toList(),
          "TicketSummaryResponse",
          SUMMARY_ALWAYS_PRESENT,
          "TicketPageResponse",
          List.of("items", "page", "size", "total"),
          "HistoryEntryResponse",
          List.of("sequence", "type", "occurredAt", "actor", "data"),
          "ActorPayload",
          List.of("kind", "id"),
          "MoneyPayload",
          List.of("amount", "currency"),
          PROBLEM,
          List.of("type", "title", "status"));

  /** The operation of the permission matrix behind each path, for the roles it documents. */
  private static final Map<String, TicketOperation> OPERATIONS =
      Map.ofEntries(
          Map.entry("POST /api/v1/tickets", TicketOperation.SUBMIT),
          Map.entry("GET /api/v1/tickets", TicketOperation.LIST),
          Map.entry("GET /api/v1/tickets/{ref}", TicketOperation.VIEW),
          Map.entry("GET /api/v1/tickets/{ref}/history", TicketOperation.VIEW_HISTORY),
          Map.entry("POST /api/v1/tickets/{ref}/classification", TicketOperation.CLASSIFY),
          Map.entry("POST /api/v1/tickets/{ref}/assignment", TicketOperation.ASSIGN),
          Map.entry("POST /api/v1/tickets/{ref}/acceptance", TicketOperation.ACCEPT),
          Map.entry("POST /api/v1/tickets/{ref}/replies", TicketOperation.REPLY_TO_CUSTOMER),
          Map.entry("POST /api/v1/tickets/{ref}/notes", TicketOperation.ADD_INTERNAL_NOTE),
          Map.entry(
              "POST /api/v1/tickets/{ref}/information-requests",
              TicketOperation.REQUEST_INFORMATION),
          Map.entry(
              "POST /api/v1/tickets/{ref}/customer-replies", TicketOperation.RECORD_CUSTOMER_REPLY),
          Map.entry("POST /api/v1/tickets/{ref}/resolution", TicketOperation.RESOLVE),
          Map.entry(
              "POST /api/v1/tickets/{ref}/confirmation",
              TicketOperation.RECORD_CUSTOMER_CONFIRMATION),
          Map.entry("POST /api/v1/tickets/{ref}/reopening", TicketOperation.REOPEN),
          Map.entry("POST /api/v1/tickets/{ref}/escalations", TicketOperation.ESCALATE),
          Map.entry(
              "POST /api/v1/tickets/{ref}/sla-extensions", TicketOperation.EXTEND_SLA_DEADLINE),
          Map.entry("GET /api/v1/sla/breaches", TicketOperation.VIEW_SLA_REPORTS),
          Map.entry("GET /api/v1/sla/at-risk", TicketOperation.VIEW_SLA_REPORTS),
          Map.entry("GET /api/v1/sla/attainment", TicketOperation.VIEW_SLA_REPORTS),
          Map.entry("GET /api/v1/sla/policies", TicketOperation.VIEW_SLA_POLICIES),
          Map.entry("GET /api/v1/sla/policies/active", TicketOperation.VIEW_SLA_POLICIES),
          Map.entry(
              "GET /api/v1/sla/policies/{id}/versions/{version}",
              TicketOperation.VIEW_SLA_POLICIES),
          Map.entry("POST /api/v1/sla/policies/{id}/versions", TicketOperation.MANAGE_SLA_POLICIES),
          Map.entry(
              "POST /api/v1/sla/policies/{id}/versions/{version}/activation",
              TicketOperation.MANAGE_SLA_POLICIES),
          Map.entry("GET /api/v1/sla/calendars", TicketOperation.VIEW_SLA_POLICIES),
          Map.entry("GET /api/v1/sla/calendars/{id}", TicketOperation.VIEW_SLA_POLICIES),
          Map.entry(
              "GET /api/v1/sla/calendars/{id}/versions/{version}",
              TicketOperation.VIEW_SLA_POLICIES),
          Map.entry("PUT /api/v1/sla/calendars/{id}", TicketOperation.MANAGE_SLA_POLICIES),
          Map.entry(
              "POST /api/v1/tickets/{ref}/return-visits", TicketOperation.RECORD_RETURN_VISIT),
          Map.entry("GET /api/v1/follow-ups", TicketOperation.VIEW_FOLLOW_UPS),
          Map.entry(
              "GET /api/v1/customers/{customerId}/messages", TicketOperation.READ_CUSTOMER_INBOX),
          Map.entry(
              "POST /api/v1/customers/{customerId}/messages/{messageId}/read",
              TicketOperation.MARK_INBOX_READ),
          Map.entry("GET /api/v1/tickets/{ref}/notifications", TicketOperation.VIEW_NOTIFICATIONS),
          Map.entry(
              "GET /api/v1/notification-templates", TicketOperation.VIEW_NOTIFICATION_TEMPLATES),
          Map.entry("POST /api/v1/webhooks", TicketOperation.MANAGE_WEBHOOKS),
          Map.entry("GET /api/v1/webhooks", TicketOperation.MANAGE_WEBHOOKS),
          Map.entry("GET /api/v1/webhooks/{id}", TicketOperation.MANAGE_WEBHOOKS),
          Map.entry("GET /api/v1/webhooks/{id}/deliveries", TicketOperation.MANAGE_WEBHOOKS),
          Map.entry("POST /api/v1/webhooks/{id}/resumption", TicketOperation.MANAGE_WEBHOOKS),
          Map.entry("DELETE /api/v1/webhooks/{id}", TicketOperation.MANAGE_WEBHOOKS),
          Map.entry("GET /api/v1/events", TicketOperation.EXPORT_EVENTS),
          Map.entry("GET /api/v1/events/schemas", TicketOperation.VIEW_EVENT_SCHEMAS),
          Map.entry("GET /api/v1/stats/satisfaction", TicketOperation.VIEW_STATISTICS),
          Map.entry("GET /api/v1/reports/monthly", TicketOperation.VIEW_MONTHLY_REPORT),
          Map.entry("GET /api/v1/quality/samples/{month}", TicketOperation.VIEW_QUALITY_SAMPLE),
          Map.entry(
              "POST /api/v1/tickets/{ref}/classification-reviews",
              TicketOperation.REVIEW_CLASSIFICATION),
          Map.entry("GET /api/v1/improvement-projects", TicketOperation.VIEW_IMPROVEMENT_PROJECTS),
          Map.entry(
              "GET /api/v1/improvement-projects/{id}", TicketOperation.VIEW_IMPROVEMENT_PROJECTS),
          Map.entry(
              "POST /api/v1/improvement-projects/raising",
              TicketOperation.MANAGE_IMPROVEMENT_PROJECTS),
          Map.entry(
              "POST /api/v1/improvement-projects/{id}/start",
              TicketOperation.MANAGE_IMPROVEMENT_PROJECTS),
          Map.entry(
              "POST /api/v1/improvement-projects/{id}/progress",
              TicketOperation.MANAGE_IMPROVEMENT_PROJECTS),
          Map.entry(
              "POST /api/v1/improvement-projects/{id}/completion",
              TicketOperation.MANAGE_IMPROVEMENT_PROJECTS),
          Map.entry("GET /api/v1/projections", TicketOperation.VIEW_PROJECTIONS),
          Map.entry(
              "POST /api/v1/projections/{name}/rebuilds", TicketOperation.REBUILD_PROJECTIONS),
          Map.entry("GET /api/v1/projections/rebuilds/{id}", TicketOperation.VIEW_PROJECTIONS),
          Map.entry("GET /api/v1/shop-orders/{orderNumber}", TicketOperation.VIEW_SHOP_ORDERS),
          Map.entry("PUT /api/v1/shop-orders/{orderNumber}", TicketOperation.LOAD_SHOP_ORDERS),
          Map.entry("POST /api/v1/after-sales/applications", TicketOperation.APPLY_FOR_AFTER_SALES),
          Map.entry("GET /api/v1/after-sales/applications", TicketOperation.VIEW_AFTER_SALES),
          Map.entry("GET /api/v1/after-sales/applications/{ref}", TicketOperation.VIEW_AFTER_SALES),
          Map.entry(
              "POST /api/v1/after-sales/applications/{ref}/decision",
              TicketOperation.DECIDE_AFTER_SALES),
          Map.entry(
              "POST /api/v1/after-sales/applications/{ref}/return-shipment",
              TicketOperation.RECORD_RETURN_SHIPMENT),
          Map.entry(
              "POST /api/v1/after-sales/applications/{ref}/handling",
              TicketOperation.HANDLE_AFTER_SALES),
          Map.entry(
              "POST /api/v1/after-sales/applications/{ref}/completion",
              TicketOperation.HANDLE_AFTER_SALES),
          Map.entry(
              "POST /api/v1/after-sales/applications/{ref}/withdrawal",
              TicketOperation.WITHDRAW_AFTER_SALES),
          Map.entry("GET /api/v1/after-sales/policy", TicketOperation.VIEW_AFTER_SALES_POLICY),
          Map.entry("POST /api/v1/attachments", TicketOperation.UPLOAD_ATTACHMENT),
          Map.entry("GET /api/v1/attachments/{id}", TicketOperation.VIEW_ATTACHMENT));

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
                        + " (application/problem+json) whose type identifies it. Every /api"
                        + " operation needs a bearer token; which roles may run it is in its"
                        + " description and its x-roles.")
                .contact(new Contact().name("Feedback Desk team").email("feedbackdesk@example.com"))
                .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
        .addServersItem(new Server().url("/").description("This instance"));
  }

  /** Adds the problem answers to every operation, by what the operation can run into. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi.getComponents().addSecuritySchemes(BEARER, bearerScheme());
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) -> {
                            addProblems(path, method, operation);
                            secure(path, method, operation);
                          }));
      ALWAYS_PRESENT.forEach(
          (name, fields) -> {
            Schema<?> schema = openApi.getComponents().getSchemas().get(name);
            if (schema != null) {
              schema.setRequired(
                  fields.stream().filter(schema.getProperties()::containsKey).toList());
            }
          });
    };
  }

  private static SecurityScheme bearerScheme() {
    return new SecurityScheme()
        .type(SecurityScheme.Type.HTTP)
        .scheme("bearer")
        .bearerFormat("JWT")
        .description(
            "A JWT of a trusted issuer: the company's staff IdP or a shop's customer IdP"
                + " (docs/security.md). On the embedded default, POST"
                + " /dev/tokens?role=agent&subject=chen.jing mints one.");
  }

  /**
   * An /api operation needs a bearer token, and says which roles may run it (from the permission
   * matrix the use cases enforce); other paths (the documents, the development issuer) need none.
   */
  private static void secure(String path, PathItem.HttpMethod method, Operation operation) {
    if (!path.startsWith("/api/")) {
      operation.setSecurity(List.of());
      return;
    }
    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
    add(operation, "401", "No valid bearer token (WWW-Authenticate: Bearer).");
    add(operation, "403", "The caller's roles do not allow this, or not on this ticket.");
    TicketOperation permission = OPERATIONS.get(method.name() + " " + path);
    if (permission == null) {
      return;
    }
    List<String> roles =
        PermissionMatrix.allowed(permission).stream()
            .map(role -> role.name().toLowerCase(java.util.Locale.ROOT))
            .toList();
    operation.addExtension("x-roles", roles);
    operation.setDescription(
        (operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
            + "Roles: "
            + String.join(", ", roles)
            + " (docs/security.md: customers on their own tickets only, handlers on their"
            + " department's).");
    if (permission == TicketOperation.SUBMIT) {
      add(operation, "429", "More submissions than the caller's rate limit; see Retry-After.");
      operation
          .getResponses()
          .get("429")
          .addHeaderObject(
              "Retry-After",
              new Header()
                  .description("Seconds to wait before submitting again.")
                  .schema(new IntegerSchema().example(20)));
    }
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
    if (writes && !path.equals("/api/v1/attachments")) {
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
