package com.feedbackdesk.adapters.in.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems written straight to the servlet response, for answers given before or outside Spring MVC
 * (where {@link ProblemDetailsAdvice} cannot be reached): the body-size limit, Tomcat's own
 * refusals of requests it cannot parse, and the container's error dispatch.
 */
public final class ContainerProblems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ContainerProblems() {}

  /** The problem as JSON; {@code instance} is left out when null. */
  public static String json(ProblemType type, int status, String detail, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.uri().toString());
    problem.put("title", type.title());
    problem.put("status", status);
    problem.put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    return JSON.writeValueAsString(problem);
  }

  /** Sets the status and content type and writes the problem to the response. */
  public static void write(
      HttpServletResponse response, ProblemType type, int status, String detail, String instance)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Writer writer = response.getWriter();
    writer.write(json(type, status, detail, instance));
    writer.flush();
  }

  /** What a client is told of a refusal the container made: its status, in words. */
  public static String detailFor(int status) {
    return switch (status) {
      case 400 ->
          "the request cannot be read: its URI, request line or headers are malformed (an invalid"
              + " percent-encoding, an encoded NUL, slash or backslash, or a path outside the root)";
      case 401 -> "this operation needs a valid bearer token (Authorization: Bearer …)";
      case 403 -> "the caller may not do this";
      case 404 -> "there is no resource at this path";
      case 405 -> "this method is not allowed here";
      case 408 -> "the request took too long to arrive";
      case 413 -> "the request is too large";
      case 414 -> "the URI is too long";
      case 431 -> "the request's headers are too large";
      case 501 -> "this method is not implemented";
      case 503 -> "the service cannot take requests at the moment; try again shortly";
      case 505 -> "the request line names an HTTP version other than 1.0, 1.1 or 2";
      default ->
          status >= 500 ? "the service failed to handle the request" : "the request was refused";
    };
  }
}
