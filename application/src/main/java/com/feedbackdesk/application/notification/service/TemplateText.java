package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text parsed once: literal text, variables ({@code {{ticket.number}}}) and sections
 * shown when a variable is set ({@code {{#closesAt}}…{{/closesAt}}}) or not ({@code
 * {{^x}}…{{/x}}}). That is the whole language: templates are configuration that people edit, so it
 * is kept too small to go wrong, and a template with an unclosed section or an unknown variable is
 * refused when it is loaded, not when a customer's message is rendered.
 */
final class TemplateText {

  private static final Pattern TAG =
      Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_.]+)\\s*}}");

  private sealed interface Node permits Literal, Variable, Section {}

  private record Literal(String text) implements Node {}

  private record Variable(String name) implements Node {}

  private record Section(String name, boolean inverted, List<Node> body) implements Node {}

  private final List<Node> nodes;

  private TemplateText(List<Node> nodes) {
    this.nodes = nodes;
  }

  /**
   * @param where names the template part in errors, e.g. {@code result/zh/html}
   * @throws InvalidValueException for an unclosed or mismatched section, or an unknown variable
   */
  static TemplateText parse(String where, String source, Set<String> allowed) {
    List<List<Node>> stack = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<Boolean> inverted = new ArrayList<>();
    stack.add(new ArrayList<>());
    Matcher tag = TAG.matcher(source == null ? "" : source);
    int from = 0;
    while (tag.find()) {
      if (tag.start() > from) {
        stack.get(stack.size() - 1).add(new Literal(source.substring(from, tag.start())));
      }
      from = tag.end();
      String kind = tag.group(1);
      String name = tag.group(2);
      if (!allowed.contains(name)) {
        throw new InvalidValueException(
            where, "uses {{" + name + "}}, which this template does not have; it has " + allowed);
      }
      switch (kind) {
        case "#", "^" -> {
          stack.add(new ArrayList<>());
          open.add(name);
          inverted.add(kind.equals("^"));
        }
        case "/" -> {
          if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
            throw new InvalidValueException(
                where,
                "closes {{/" + name + "}} but " + (open.isEmpty() ? "none" : open) + " open");
          }
          List<Node> body = stack.remove(stack.size() - 1);
          String closed = open.remove(open.size() - 1);
          boolean not = inverted.remove(inverted.size() - 1);
          stack.get(stack.size() - 1).add(new Section(closed, not, List.copyOf(body)));
        }
        default -> stack.get(stack.size() - 1).add(new Variable(name));
      }
    }
    if (!open.isEmpty()) {
      throw new InvalidValueException(where, "leaves " + open + " open");
    }
    if (from < (source == null ? 0 : source.length())) {
      stack.get(0).add(new Literal(source.substring(from)));
    }
    return new TemplateText(List.copyOf(stack.get(0)));
  }

  /** The variables it uses, in order of first use. */
  Set<String> variables() {
    Set<String> names = new LinkedHashSet<>();
    collect(nodes, names);
    return names;
  }

  private static void collect(List<Node> nodes, Set<String> names) {
    for (Node node : nodes) {
      if (node instanceof Variable v) {
        names.add(v.name());
      } else if (node instanceof Section s) {
        names.add(s.name());
        collect(s.body(), names);
      }
    }
  }

  /**
   * Renders with the values; a code value is shown through the labels when one is given.
   *
   * @param html whether values are escaped for HTML
   */
  String render(Map<String, Object> values, Map<String, String> labels, boolean html) {
    StringBuilder out = new StringBuilder();
    render(nodes, values, labels, html, out);
    return out.toString();
  }

  private static void render(
      List<Node> nodes,
      Map<String, Object> values,
      Map<String, String> labels,
      boolean html,
      StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Literal literal) {
        out.append(literal.text());
      } else if (node instanceof Variable variable) {
        Object value = values.get(variable.name());
        if (value != null && !Boolean.FALSE.equals(value)) {
          String text = shown(value, labels);
          out.append(html ? escape(text) : text);
        }
      } else if (node instanceof Section section) {
        if (set(values.get(section.name())) != section.inverted()) {
          render(section.body(), values, labels, html, out);
        }
      }
    }
  }

  /** A code (an enum, a department) through its label; anything else as it is. */
  private static String shown(Object value, Map<String, String> labels) {
    String code =
        value instanceof Enum<?> constant
            ? constant.name()
            : value instanceof Code named ? named.value() : null;
    return code == null ? String.valueOf(value) : labels.getOrDefault(code, code);
  }

  /** A value that is a code to be shown through the template's labels. */
  record Code(String value) {}

  private static boolean set(Object value) {
    return value != null
        && !Boolean.FALSE.equals(value)
        && !(value instanceof CharSequence text && text.isEmpty());
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
