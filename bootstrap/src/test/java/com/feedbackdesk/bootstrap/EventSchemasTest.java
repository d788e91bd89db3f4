package com.feedbackdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.feedbackdesk.application.ticket.view.EventSchema;
import com.feedbackdesk.domain.DomainEventTypes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * The published schemas describe the events as they are written: every kind of event, written by
 * the event serializer, conforms to its type's schema; and docs/event-schemas.json is what the code
 * generates (regenerate it with {@code -Devent-schemas.write=true} on this test).
 */
class EventSchemasTest {

  private static final Path PUBLISHED = Path.of("..", "docs", "event-schemas.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Serializer serializer = EventJson.serializer();
  private final EventSchemas schemas = new EventSchemas(EventJson.objectMapper());

  @Test
  void thereIsOneSchemaPerEventTypeWithItsRevision() {
    assertThat(schemas.schemas())
        .extracting(EventSchema::type)
        .containsExactlyElementsOf(DomainEventTypes.NAMES);
    assertThat(schemas.schemas())
        .filteredOn(s -> s.type().equals("TicketResolved"))
        .singleElement()
        .satisfies(s -> assertThat(s.revision()).isEqualTo("2"));
  }

  @Test
  void everyKindOfEventAsWrittenConformsToItsSchema() throws Exception {
    Map<String, JsonNode> byType =
        schemas.schemas().stream()
            .collect(Collectors.toMap(EventSchema::type, s -> read(s.schema())));
    for (Object event : EventJsonTest.everyDomainEvent()) {
      JsonNode written = JSON.readTree(serializer.serialize(event, String.class).getData());
      List<String> problems = new ArrayList<>();
      conforms(byType.get(event.getClass().getSimpleName()), written, "$", problems);
      assertThat(problems).as(event.getClass().getSimpleName() + ": " + written).isEmpty();
    }
  }

  @Test
  void aValueThatDoesNotFitIsCaught() throws Exception {
    JsonNode schema =
        read(
            schemas.schemas().stream()
                .filter(s -> s.type().equals("TicketClosed"))
                .findFirst()
                .orElseThrow()
                .schema());
    List<String> problems = new ArrayList<>();
    conforms(
        schema,
        JSON.readTree(
            "{\"ticketId\":\"x\",\"handlingSummary\":1,\"reason\":\"HAPPY\",\"actor\":null,"
                + "\"at\":null,\"extra\":true}"),
        "$",
        problems);
    assertThat(problems).hasSize(3);
  }

  @Test
  void thePublishedSchemasAreTheGeneratedOnes() throws Exception {
    StringBuilder generated = new StringBuilder("{\n");
    List<EventSchema> all = schemas.schemas();
    for (int i = 0; i < all.size(); i++) {
      generated
          .append("\"")
          .append(all.get(i).type())
          .append("\": ")
          .append(all.get(i).schema().replace("\n", "\n  "))
          .append(i + 1 < all.size() ? ",\n" : "\n");
    }
    generated.append("}\n");
    if (Boolean.getBoolean("event-schemas.write")) {
      Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("docs/event-schemas.json is out of date: run this test with -Devent-schemas.write=true")
        .isEqualTo(generated.toString());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The part of JSON Schema the generated schemas use: type, enum, properties, items. */
  private static void conforms(JsonNode schema, JsonNode value, String at, List<String> problems) {
    JsonNode types = schema.get("type");
    if (types != null) {
      List<String> allowed = new ArrayList<>();
      if (types.isArray()) {
        types.forEach(t -> allowed.add(t.asText()));
      } else {
        allowed.add(types.asText());
      }
      if (allowed.stream().noneMatch(t -> is(t, value))) {
        problems.add(at + ": " + value + " is not " + allowed);
        return;
      }
    }
    JsonNode values = schema.get("enum");
    if (values != null) {
      boolean listed = false;
      for (JsonNode allowed : values) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        problems.add(at + ": " + value + " is not one of " + values);
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.get("properties");
      JsonNode additional = schema.get("additionalProperties");
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode declared = properties == null ? null : properties.get(field.getKey());
        if (declared != null) {
          conforms(declared, field.getValue(), at + "." + field.getKey(), problems);
        } else if (additional != null && additional.isObject()) {
          conforms(additional, field.getValue(), at + "." + field.getKey(), problems);
        } else if (additional != null && !additional.asBoolean(true)) {
          problems.add(at + ": " + field.getKey() + " is not in the schema");
        }
      }
    }
    if (value.isArray() && schema.get("items") != null) {
      int i = 0;
      for (JsonNode item : value) {
        conforms(schema.get("items"), item, at + "[" + i++ + "]", problems);
      }
    }
  }

  private static boolean is(String type, JsonNode value) {
    return switch (type) {
      case "null" -> value.isNull();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> false;
    };
  }
}
