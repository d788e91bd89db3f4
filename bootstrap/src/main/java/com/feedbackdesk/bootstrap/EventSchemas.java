package com.feedbackdesk.bootstrap;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.feedbackdesk.application.ticket.port.out.EventSchemaPort;
import com.feedbackdesk.application.ticket.view.EventSchema;
import com.feedbackdesk.domain.DomainEventTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The events' JSON Schemas, derived from the mapper the event store writes with: the properties
 * Jackson finds on each event record, each typed as Jackson writes it (single values such as a
 * ticket id as the string they are written as, times as ISO-8601 strings, enums with their values).
 * Every property may be null, as an event's absent values are written; none beyond them is written.
 * Checked against every kind of event as written (EventSchemasTest).
 */
final class EventSchemas implements EventSchemaPort {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final List<EventSchema> schemas;

  EventSchemas(ObjectMapper mapper) {
    this.mapper = mapper;
    List<EventSchema> all = new ArrayList<>();
    for (Class<?> type : DomainEventTypes.ALL) {
      Revision revision = type.getAnnotation(Revision.class);
      String version = revision == null ? null : revision.value();
      ObjectNode schema = NODES.objectNode();
      schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      schema.put("$id", "urn:feedbackdesk:event:" + type.getSimpleName() + ":" + version);
      schema.put("title", type.getSimpleName());
      schema.setAll(object(mapper.constructType(type), false));
      all.add(new EventSchema(type.getSimpleName(), version, schema.toPrettyString()));
    }
    all.sort(Comparator.comparing(EventSchema::type));
    this.schemas = List.copyOf(all);
  }

  @Override
  public List<EventSchema> schemas() {
    return schemas;
  }

  /** The schema of a value of this type, null allowed unless it is a primitive. */
  private ObjectNode schemaOf(JavaType type) {
    Class<?> raw = type.getRawClass();
    boolean nullable = !raw.isPrimitive();
    if (raw == String.class || raw == Character.class || raw == char.class) {
      return simple("string", nullable, null);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return simple("boolean", nullable, null);
    }
    if (raw == int.class
        || raw == long.class
        || raw == short.class
        || raw == Integer.class
        || raw == Long.class
        || raw == Short.class
        || raw == BigInteger.class) {
      return simple("integer", nullable, null);
    }
    if (raw == double.class
        || raw == float.class
        || raw == Double.class
        || raw == Float.class
        || raw == BigDecimal.class) {
      return simple("number", nullable, null);
    }
    if (raw == UUID.class) {
      return simple("string", nullable, "uuid");
    }
    if (raw == Instant.class) {
      return simple("string", nullable, "date-time");
    }
    if (raw == LocalDate.class) {
      return simple("string", nullable, "date");
    }
    if (raw == Duration.class) {
      return simple("string", nullable, "duration");
    }
    if (raw.isEnum()) {
      ObjectNode schema = simple("string", nullable, null);
      ArrayNode values = schema.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      if (nullable) {
        values.addNull();
      }
      return schema;
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      ObjectNode schema = simple("array", nullable, null);
      schema.set("items", schemaOf(type.getContentType()));
      return schema;
    }
    if (Map.class.isAssignableFrom(raw)) {
      ObjectNode schema = simple("object", nullable, null);
      schema.set("additionalProperties", schemaOf(type.getContentType()));
      return schema;
    }
    BeanDescription description = mapper.getSerializationConfig().introspect(type);
    AnnotatedMember value = description.findJsonValueAccessor();
    if (value != null) {
      // written as a single value (a ticket id, a number, a department)
      ObjectNode schema = schemaOf(value.getType());
      return nullable ? withNull(schema) : schema;
    }
    return object(type, nullable);
  }

  private ObjectNode object(JavaType type, boolean nullable) {
    ObjectNode schema = simple("object", nullable, null);
    ObjectNode properties = schema.putObject("properties");
    BeanDescription description = mapper.getSerializationConfig().introspect(type);
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (property.couldSerialize()) {
        properties.set(property.getName(), schemaOf(property.getPrimaryType()));
      }
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode simple(String type, boolean nullable, String format) {
    ObjectNode schema = NODES.objectNode();
    if (nullable) {
      schema.putArray("type").add(type).add("null");
    } else {
      schema.put("type", type);
    }
    if (format != null) {
      schema.put("format", format);
    }
    return schema;
  }

  private static ObjectNode withNull(ObjectNode schema) {
    if (schema.get("type") != null && schema.get("type").isTextual()) {
      String type = schema.get("type").asText();
      schema.remove("type");
      ObjectNode copy = NODES.objectNode();
      copy.putArray("type").add(type).add("null");
      copy.setAll(schema);
      return copy;
    }
    return schema;
  }
}
