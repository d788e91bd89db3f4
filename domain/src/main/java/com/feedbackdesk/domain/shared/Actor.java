package com.feedbackdesk.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who did something: every command names its actor and every event records it, so each decision on
 * a ticket can be traced to a person or to the rule that made it.
 *
 * @param kind customer, agent (any member of staff) or system
 * @param id the actor's identifier within its kind, e.g. an employee id or a rule set's name
 */
public record Actor(ActorKind kind, String id) {

  public static final int MAX_ID_LENGTH = 64;
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._@+\\-]{1,64}");

  public Actor {
    Values.required("actor.kind", kind);
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException(
          "actor.id",
          "actor id must be 1 to 64 letters, digits or . _ @ + - characters, was '" + id + "'");
    }
  }

  public static Actor customer(String id) {
    return new Actor(ActorKind.CUSTOMER, id);
  }

  public static Actor agent(String id) {
    return new Actor(ActorKind.AGENT, id);
  }

  public static Actor system(String id) {
    return new Actor(ActorKind.SYSTEM, id);
  }

  /**
   * Parses the {@code kind:id} form produced by {@link #toString()}, e.g. {@code agent:li.na}.
   *
   * @throws InvalidValueException when the text is not of that form
   */
  public static Actor parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0) {
      throw new InvalidValueException(
          "actor", "actor must look like kind:id (e.g. agent:li.na), was '" + text + "'");
    }
    String kind = text.substring(0, colon).toUpperCase(Locale.ROOT);
    for (ActorKind candidate : ActorKind.values()) {
      if (candidate.name().equals(kind)) {
        return new Actor(candidate, text.substring(colon + 1));
      }
    }
    throw new InvalidValueException(
        "actor", "actor kind must be customer, agent or system, was '" + text + "'");
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
