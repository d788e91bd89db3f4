package com.feedbackdesk.adapters.in.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API reports (RFC 9457 {@code type}), each with its status and title.
 * Clients branch on the type, never on the human-readable detail. Catalogued in docs/api.md.
 */
public enum ProblemType {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "The request is invalid"),
  AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED, "A valid bearer token is required"),
  OPERATION_NOT_PERMITTED(HttpStatus.FORBIDDEN, "The caller may not do this"),
  TICKET_NOT_FOUND(HttpStatus.NOT_FOUND, "No such ticket"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "No such resource"),
  SLA_DEFINITION_NOT_FOUND(HttpStatus.NOT_FOUND, "No such SLA policy or calendar"),
  SLA_VERSION_TAKEN(HttpStatus.CONFLICT, "That version was created concurrently"),
  MESSAGE_NOT_FOUND(HttpStatus.NOT_FOUND, "No such message in the inbox"),
  WEBHOOK_NOT_FOUND(HttpStatus.NOT_FOUND, "No such webhook subscription"),
  IMPROVEMENT_PROJECT_NOT_FOUND(HttpStatus.NOT_FOUND, "No such improvement project"),
  IMPROVEMENT_PROJECT_STATE_CONFLICT(
      HttpStatus.CONFLICT, "The improvement project's status does not allow this"),
  MONTH_NOT_OVER(HttpStatus.CONFLICT, "The month is not over yet"),
  PROJECTION_NOT_FOUND(HttpStatus.NOT_FOUND, "No such projection or rebuild"),
  REBUILD_RUNNING(HttpStatus.CONFLICT, "A rebuild of the projection is running already"),
  ORDER_NOT_FOUND(HttpStatus.NOT_FOUND, "The shop knows no such order"),
  ORDERS_READ_ONLY(HttpStatus.CONFLICT, "The orders are the shop's order system's"),
  APPLICATION_NOT_FOUND(HttpStatus.NOT_FOUND, "No such after-sales application"),
  APPLICATION_STATE_CONFLICT(HttpStatus.CONFLICT, "The application's status does not allow this"),
  ATTACHMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "No such attachment"),
  UNSUPPORTED_ATTACHMENT_TYPE(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "The file is no photo or video of a type the service takes"),
  ATTACHMENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "The file is too large"),
  RANGE_NOT_SATISFIABLE(
      HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "The range lies outside the file"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Cannot answer in the requested media type"),
  TICKET_STATE_CONFLICT(HttpStatus.CONFLICT, "The ticket's state does not allow this"),
  CONCURRENT_MODIFICATION(HttpStatus.CONFLICT, "The ticket was changed concurrently"),
  PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
  IDEMPOTENCY_KEY_REUSED(
      HttpStatus.UNPROCESSABLE_CONTENT, "The idempotency key was used for another request"),
  HTTP_VERSION_NOT_SUPPORTED(
      HttpStatus.HTTP_VERSION_NOT_SUPPORTED, "The request's HTTP version is not supported"),
  SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service cannot take requests now"),
  STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service cannot reach its store"),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private final HttpStatus status;
  private final String title;

  ProblemType(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  /** {@code /problems/ticket-not-found} and so on: a stable identifier, relative to the API. */
  public URI uri() {
    return URI.create("/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The type to use for a problem Spring reports with this status. */
  static ProblemType forStatus(int status) {
    return switch (status) {
      case 401 -> AUTHENTICATION_REQUIRED;
      case 403 -> OPERATION_NOT_PERMITTED;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONCURRENT_MODIFICATION;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> TOO_MANY_REQUESTS;
      case 500 -> INTERNAL_ERROR;
      case 503 -> SERVICE_UNAVAILABLE;
      case 505 -> HTTP_VERSION_NOT_SUPPORTED;
      default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL_ERROR;
    };
  }
}
