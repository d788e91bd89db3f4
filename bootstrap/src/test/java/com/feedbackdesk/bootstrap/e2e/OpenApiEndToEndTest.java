package com.feedbackdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document the frontend team builds against: complete and described. */
class OpenApiEndToEndTest extends EndToEndTest {

  @Test
  void everyOperationOfTheV1ContractIsDocumentedWithItsProblems() {
    JsonNode paths = api.get("/v3/api-docs").body().path("paths");

    for (String action :
        List.of(
            "classification",
            "assignment",
            "acceptance",
            "replies",
            "notes",
            "information-requests",
            "customer-replies",
            "resolution",
            "confirmation",
            "reopening",
            "escalations")) {
      JsonNode post = paths.path("/api/v1/tickets/{ref}/" + action).path("post");
      assertThat(post.path("summary").asString()).as(action).isNotBlank();
      assertThat(post.path("description").asString()).as(action).isNotBlank();
      assertThat(post.path("responses").propertyNames())
          .as(action)
          .contains("200", "400", "404", "409");
    }
    assertThat(paths.path("/api/v1/tickets").path("post").path("responses").propertyNames())
        .contains("201", "400", "422");
    assertThat(paths.path("/api/v1/tickets").path("get").path("summary").asString()).isNotBlank();
    assertThat(paths.path("/api/v1/tickets/{ref}").path("get").path("responses").propertyNames())
        .contains("404");
    assertThat(paths.path("/api/v1/tickets/{ref}/history").path("get").path("summary").asString())
        .isNotBlank();
  }

  @Test
  void everyOperationSaysThatAStoreThatCannotAnswerIsA503WithRetryAfter() {
    JsonNode paths = api.get("/v3/api-docs").body().path("paths");
    List<String> operations = new ArrayList<>();

    paths
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          operations.add(operation.getKey() + " " + path.getKey());
                          JsonNode unavailable = operation.getValue().path("responses").path("503");
                          assertThat(unavailable.path("headers").has("Retry-After"))
                              .as(operation.getKey() + " " + path.getKey())
                              .isTrue();
                        }));
    assertThat(operations).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void everyApiOperationNeedsABearerTokenAndNamesTheRolesThatMayRunIt() {
    JsonNode document = api.get("/v3/api-docs").body();
    List<String> unsecured = new ArrayList<>();

    assertThat(
            document
                .path("components")
                .path("securitySchemes")
                .path("bearerToken")
                .path("scheme")
                .asString())
        .isEqualTo("bearer");
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          JsonNode it = operation.getValue();
                          boolean api = path.getKey().startsWith("/api/");
                          boolean secured =
                              it.path("security").toString().contains("bearerToken")
                                  && it.path("x-roles").isArray()
                                  && !it.path("x-roles").isEmpty()
                                  && it.path("responses").has("401")
                                  && it.path("responses").has("403");
                          if (api && !secured) {
                            unsecured.add(operation.getKey() + " " + path.getKey());
                          }
                        }));

    assertThat(unsecured).isEmpty();
    assertThat(
            document
                .path("paths")
                .path("/api/v1/tickets/{ref}/assignment")
                .path("post")
                .path("x-roles")
                .toString())
        .isEqualTo("[\"supervisor\",\"director\"]");
  }

  @Test
  void responseSchemasMarkTheFieldsThatAreAlwaysPresentAsRequired() {
    JsonNode schemas = api.get("/v3/api-docs").body().path("components").path("schemas");

    assertThat(schemas.path("TicketResponse").path("required").toString())
        .contains("\"id\"", "\"number\"", "\"status\"", "\"version\"", "\"description\"")
        .doesNotContain("\"assignee\"", "\"plan\"");
    assertThat(schemas.path("TicketPageResponse").path("required").toString())
        .contains("\"items\"", "\"total\"");
    assertThat(schemas.path("HistoryEntryResponse").path("required").size()).isEqualTo(5);
  }

  @Test
  void theTicketSchemaHasTheContractsFieldsWithDescriptionsOrExamples() {
    JsonNode schemas = api.get("/v3/api-docs").body().path("components").path("schemas");
    JsonNode ticket = schemas.path("TicketResponse").path("properties");

    assertThat(ticket.propertyNames())
        .contains(
            "id",
            "number",
            "status",
            "channel",
            "type",
            "category",
            "priority",
            "customer",
            "orderNumber",
            "region",
            "description",
            "department",
            "assignee",
            "submittedAt",
            "occurredAt",
            "updatedAt",
            "version");
    List<String> undocumented = new ArrayList<>();
    for (String schema : List.of("TicketResponse", "SubmitTicketRequest", "ResolutionRequest")) {
      schemas
          .path(schema)
          .path("properties")
          .properties()
          .forEach(
              property -> {
                JsonNode value = property.getValue();
                boolean documented =
                    value.has("description")
                        || value.has("example")
                        || value.has("$ref")
                        || value.has("allOf");
                if (!documented) {
                  undocumented.add(schema + "." + property.getKey());
                }
              });
    }
    assertThat(undocumented).isEmpty();
    assertThat(schemas.has("Problem")).isTrue();
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
