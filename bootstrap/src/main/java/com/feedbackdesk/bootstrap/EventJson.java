package com.feedbackdesk.bootstrap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.Ticket;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How events (and Axon's own messages and tokens) are written as JSON: the format analysts read and
 * upcasters transform, documented in docs/events.md.
 *
 * <ul>
 *   <li>Single-value types are written as their value: a ticket id is {@code "6f1c…"}, not {@code
 *       {"value":"6f1c…"}}. The domain stays free of Jackson: the annotations are mix-ins.
 *   <li>Times are ISO-8601 strings in UTC; amounts keep their exact decimals.
 *   <li>Unknown properties are ignored when reading, so events written by a newer version of the
 *       service can still be read by an older one during a rolling upgrade.
 * </ul>
 *
 * Axon 4's JacksonSerializer is built on Jackson 2, which lives beside Spring Boot 4's Jackson 3.
 */
public final class EventJson {

  private EventJson() {}

  public static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // durations (an SLA clock's limit and elapsed time) as ISO-8601: PT48H
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // upcasters work on JSON trees: keep 1.50 as 1.50 there too
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .addMixIn(TicketId.class, UuidValueJson.class)
        .addMixIn(TicketNumber.class, StringValueJson.class)
        .addMixIn(ImprovementProjectId.class, StringValueJson.class)
        .addMixIn(ApplicationId.class, UuidValueJson.class)
        .addMixIn(ApplicationNumber.class, StringValueJson.class)
        .addMixIn(Department.class, DepartmentJson.class)
        .build();
  }

  /** The serializer for events, messages and tokens alike. */
  public static Serializer serializer() {
    return JacksonSerializer.builder().objectMapper(objectMapper()).build();
  }

  /**
   * The serializer for snapshots, which are aggregates: their state is in private fields without
   * accessors, so for the aggregate classes (and only for them) fields are what is written and
   * read.
   */
  public static Serializer snapshotSerializer() {
    ObjectMapper mapper =
        objectMapper()
            .addMixIn(Ticket.class, AggregateStateJson.class)
            .addMixIn(SlaClocks.class, AggregateStateJson.class);
    return JacksonSerializer.builder().objectMapper(mapper).build();
  }

  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.ANY,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE)
  private abstract static class AggregateStateJson {}

  private abstract static class UuidValueJson {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    UuidValueJson(UUID value) {}

    @JsonValue
    abstract UUID value();
  }

  private abstract static class StringValueJson {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    StringValueJson(String value) {}

    @JsonValue
    abstract String value();
  }

  private abstract static class DepartmentJson {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    DepartmentJson(String code) {}

    @JsonValue
    abstract String code();
  }
}
