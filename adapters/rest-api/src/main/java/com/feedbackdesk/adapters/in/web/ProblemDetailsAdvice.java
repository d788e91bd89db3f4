package com.feedbackdesk.adapters.in.web;

import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.aftersales.port.in.ApplicationNotFoundException;
import com.feedbackdesk.application.aftersales.port.in.ConcurrentApplicationChangeException;
import com.feedbackdesk.application.aftersales.port.in.OrderNotFoundException;
import com.feedbackdesk.application.aftersales.port.in.OrdersReadOnlyException;
import com.feedbackdesk.application.attachment.port.in.AttachmentNotFoundException;
import com.feedbackdesk.application.attachment.port.in.AttachmentTooLargeException;
import com.feedbackdesk.application.attachment.port.in.RangeNotSatisfiableException;
import com.feedbackdesk.application.attachment.port.in.UnsupportedAttachmentTypeException;
import com.feedbackdesk.application.improvement.port.in.ImprovementProjectNotFoundException;
import com.feedbackdesk.application.improvement.port.in.MonthNotOverException;
import com.feedbackdesk.application.notification.port.in.InboxMessageNotFoundException;
import com.feedbackdesk.application.notification.port.in.WebhookNotFoundException;
import com.feedbackdesk.application.projection.RebuildNotFoundException;
import com.feedbackdesk.application.projection.RebuildRunningException;
import com.feedbackdesk.application.projection.UnknownProjectionException;
import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.application.sla.port.in.SlaDefinitionNotFoundException;
import com.feedbackdesk.application.sla.port.in.SlaVersionTakenException;
import com.feedbackdesk.application.ticket.port.in.ConcurrentTicketChangeException;
import com.feedbackdesk.application.ticket.port.in.IdempotencyKeyReusedException;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.domain.aftersales.ApplicationStateException;
import com.feedbackdesk.domain.improvement.ImprovementProjectStateException;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.TicketRuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into RFC 9457 problem details ({@code application/problem+json}) with a
 * {@link ProblemType}: what the client got wrong is a 4xx that says which field and why; only a
 * fault of the service is a 500, and its detail gives away nothing but an id to quote to support.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  /** How long a client should wait before it tries again when the store could not answer. */
  static final int RETRY_AFTER_SECONDS = 2;

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<Object> invalidValue(InvalidValueException e) {
    ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, e.getMessage());
    problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
    return respond(problem);
  }

  @ExceptionHandler(TicketNotFoundException.class)
  ResponseEntity<Object> notFound(TicketNotFoundException e) {
    return respond(problem(ProblemType.TICKET_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(SlaDefinitionNotFoundException.class)
  ResponseEntity<Object> slaDefinitionNotFound(SlaDefinitionNotFoundException e) {
    return respond(problem(ProblemType.SLA_DEFINITION_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(InboxMessageNotFoundException.class)
  ResponseEntity<Object> messageNotFound(InboxMessageNotFoundException e) {
    return respond(problem(ProblemType.MESSAGE_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(WebhookNotFoundException.class)
  ResponseEntity<Object> webhookNotFound(WebhookNotFoundException e) {
    return respond(problem(ProblemType.WEBHOOK_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ImprovementProjectNotFoundException.class)
  ResponseEntity<Object> projectNotFound(ImprovementProjectNotFoundException e) {
    return respond(problem(ProblemType.IMPROVEMENT_PROJECT_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ImprovementProjectStateException.class)
  ResponseEntity<Object> projectState(ImprovementProjectStateException e) {
    ProblemDetail problem = problem(ProblemType.IMPROVEMENT_PROJECT_STATE_CONFLICT, e.getMessage());
    problem.setProperty("projectStatus", e.status() == null ? null : e.status().name());
    return respond(problem);
  }

  @ExceptionHandler({UnknownProjectionException.class, RebuildNotFoundException.class})
  ResponseEntity<Object> projectionNotFound(RuntimeException e) {
    return respond(problem(ProblemType.PROJECTION_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(RebuildRunningException.class)
  ResponseEntity<Object> rebuildRunning(RebuildRunningException e) {
    return respond(problem(ProblemType.REBUILD_RUNNING, e.getMessage()));
  }

  @ExceptionHandler(AttachmentNotFoundException.class)
  ResponseEntity<Object> attachmentNotFound(AttachmentNotFoundException e) {
    return respond(problem(ProblemType.ATTACHMENT_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(UnsupportedAttachmentTypeException.class)
  ResponseEntity<Object> unsupportedAttachment(UnsupportedAttachmentTypeException e) {
    return respond(problem(ProblemType.UNSUPPORTED_ATTACHMENT_TYPE, e.getMessage()));
  }

  @ExceptionHandler(AttachmentTooLargeException.class)
  ResponseEntity<Object> attachmentTooLarge(AttachmentTooLargeException e) {
    ProblemDetail problem = problem(ProblemType.ATTACHMENT_TOO_LARGE, e.getMessage());
    problem.setProperty("limit", e.limit());
    return respond(problem);
  }

  @ExceptionHandler(RangeNotSatisfiableException.class)
  ResponseEntity<Object> rangeNotSatisfiable(RangeNotSatisfiableException e) {
    return ResponseEntity.status(ProblemType.RANGE_NOT_SATISFIABLE.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_RANGE, "bytes */" + e.size())
        .body(problem(ProblemType.RANGE_NOT_SATISFIABLE, e.getMessage()));
  }

  @ExceptionHandler(OrderNotFoundException.class)
  ResponseEntity<Object> orderNotFound(OrderNotFoundException e) {
    return respond(problem(ProblemType.ORDER_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ApplicationNotFoundException.class)
  ResponseEntity<Object> applicationNotFound(ApplicationNotFoundException e) {
    return respond(problem(ProblemType.APPLICATION_NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ApplicationStateException.class)
  ResponseEntity<Object> applicationState(ApplicationStateException e) {
    ProblemDetail problem = problem(ProblemType.APPLICATION_STATE_CONFLICT, e.getMessage());
    problem.setProperty("applicationStatus", e.status() == null ? null : e.status().name());
    return respond(problem);
  }

  @ExceptionHandler(OrdersReadOnlyException.class)
  ResponseEntity<Object> ordersReadOnly(OrdersReadOnlyException e) {
    return respond(problem(ProblemType.ORDERS_READ_ONLY, e.getMessage()));
  }

  @ExceptionHandler(MonthNotOverException.class)
  ResponseEntity<Object> monthNotOver(MonthNotOverException e) {
    return respond(problem(ProblemType.MONTH_NOT_OVER, e.getMessage()));
  }

  @ExceptionHandler(SlaVersionTakenException.class)
  ResponseEntity<Object> slaVersionTaken(SlaVersionTakenException e) {
    return respond(problem(ProblemType.SLA_VERSION_TAKEN, e.getMessage()));
  }

  @ExceptionHandler(OperationNotPermittedException.class)
  ResponseEntity<Object> notPermitted(OperationNotPermittedException e) {
    ProblemDetail problem = problem(ProblemType.OPERATION_NOT_PERMITTED, e.getMessage());
    problem.setProperty("operation", e.operation().name());
    return respond(problem);
  }

  @ExceptionHandler(TicketRuleViolationException.class)
  ResponseEntity<Object> ruleViolation(TicketRuleViolationException e) {
    ProblemDetail problem = problem(ProblemType.TICKET_STATE_CONFLICT, e.getMessage());
    problem.setProperty("rule", e.getClass().getSimpleName().replaceFirst("Exception$", ""));
    problem.setProperty("ticketId", e.ticketId() == null ? null : e.ticketId().toString());
    return respond(problem);
  }

  @ExceptionHandler(ConcurrentTicketChangeException.class)
  ResponseEntity<Object> concurrentChange(ConcurrentTicketChangeException e) {
    return respond(
        problem(
            ProblemType.CONCURRENT_MODIFICATION,
            "someone else changed the ticket at the same moment; read it again and retry"));
  }

  @ExceptionHandler(ConcurrentApplicationChangeException.class)
  ResponseEntity<Object> concurrentApplicationChange(ConcurrentApplicationChangeException e) {
    return respond(
        problem(
            ProblemType.CONCURRENT_MODIFICATION,
            "someone else changed the application at the same moment; read it again and retry"));
  }

  /**
   * The store could not answer: nothing was wrong with the request, and the client may send it
   * again after the time {@code Retry-After} names (a command is safe to repeat with the same
   * {@code Idempotency-Key}, or after reading the ticket again).
   */
  @ExceptionHandler(StorageUnavailableException.class)
  ResponseEntity<Object> storageUnavailable(StorageUnavailableException e, WebRequest request) {
    log.warn(
        "store unavailable while handling {}: {}", request.getDescription(false), e.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            problem(
                ProblemType.STORAGE_UNAVAILABLE,
                "the service could not reach its store; try again in "
                    + RETRY_AFTER_SECONDS
                    + " seconds"));
  }

  /**
   * The query string (or a form body) cannot be decoded: an invalid percent-encoding such as {@code
   * ?status=%zz}, or more parameters than the container takes. Tomcat reports it when the
   * parameters are first read, which is inside Spring MVC.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> undecodableParameters(InvalidParameterException e) {
    return respond(
        problem(
            ProblemType.INVALID_REQUEST,
            "the query string cannot be decoded: use UTF-8 and %XX escapes with two hex digits"));
  }

  /**
   * A multipart body that cannot be read (a broken one sent to the upload; multipart bodies are
   * parsed lazily, only by the operation that takes them, so other operations answer 415).
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> unreadableMultipart(MultipartException e) {
    return respond(problem(ProblemType.INVALID_REQUEST, "the multipart body cannot be read"));
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException e) {
    return respond(problem(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    String incident = UUID.randomUUID().toString();
    log.error("incident {} while handling {}", incident, request.getDescription(false), e);
    ProblemDetail problem =
        problem(
            ProblemType.INTERNAL_ERROR,
            "the service failed to handle the request; quote incident " + incident + " to support");
    problem.setProperty("incident", incident);
    return respond(problem);
  }

  // ---- Spring MVC's own exceptions, refined where the default says too little ----

  /** An upload larger than the largest attachment, refused by the multipart parser. */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(
            ProblemType.ATTACHMENT_TOO_LARGE,
            "an attachment may be at most " + e.getMaxUploadSize() + " bytes");
    if (e.getMaxUploadSize() > 0) {
      problem.setProperty("limit", e.getMaxUploadSize());
    }
    return respond(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(
            error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
    return invalid(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    e.getParameterValidationResults()
        .forEach(
            result ->
                result
                    .getResolvableErrors()
                    .forEach(
                        error ->
                            errors.add(
                                new FieldError(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage()))));
    return invalid(errors);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Class<?> required = e.getRequiredType();
    if (e instanceof MethodArgumentTypeMismatchException mismatch
        && required != null
        && java.util.Collection.class.isAssignableFrom(required)) {
      required =
          ResolvableType.forMethodParameter(mismatch.getParameter())
              .asCollection()
              .resolveGeneric(0);
    }
    Object value = e.getValue();
    String shown =
        value instanceof Object[] values
            ? String.join(",", Arrays.stream(values).map(String::valueOf).toList())
            : String.valueOf(value);
    String message = "'" + shown + "' is not a valid value" + allowed(required);
    return invalid(List.of(new FieldError(e.getPropertyName(), message)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e.getMostSpecificCause() instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
      return respond(problem(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
    }
    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof JacksonException)) {
      cause = cause.getCause();
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return invalid(
          List.of(
              new FieldError(
                  path(unknown),
                  "unknown field; known fields are " + unknown.getKnownPropertyIds())));
    }
    if (cause instanceof InvalidFormatException format) {
      return invalid(
          List.of(
              new FieldError(
                  path(format),
                  "'"
                      + format.getValue()
                      + "' is not a valid value"
                      + allowed(format.getTargetType()))));
    }
    if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
      return respond(problem(ProblemType.INVALID_REQUEST, "the body must be a JSON object"));
    }
    if (cause instanceof MismatchedInputException mismatch) {
      String expected =
          mismatch.getTargetType() == null
              ? "a different type"
              : describe(mismatch.getTargetType());
      return invalid(List.of(new FieldError(path(mismatch), "must be " + expected)));
    }
    if (cause instanceof StreamReadException syntax) {
      return respond(
          problem(
              ProblemType.INVALID_REQUEST,
              "the body is not well-formed JSON: " + syntax.getOriginalMessage()));
    }
    return respond(
        problem(ProblemType.INVALID_REQUEST, "the body is missing or cannot be read as JSON"));
  }

  /**
   * Every response this handler builds passes through here, Spring's own problems (405, 415, …)
   * included: give them our types and the problem media type.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      ProblemType type = ProblemType.forStatus(status.value());
      problem.setType(type.uri());
      problem.setTitle(type.title());
    }
    HttpHeaders problemHeaders = new HttpHeaders();
    problemHeaders.putAll(headers);
    problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(body, problemHeaders, status);
  }

  private static ResponseEntity<Object> invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
    ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, detail);
    problem.setProperty("errors", errors);
    return respond(problem);
  }

  private static ProblemDetail problem(ProblemType type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    return problem;
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** The JSON path of the offending value, e.g. {@code customer.phone} or {@code tags[2]}. */
  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String allowed(Class<?> type) {
    return type != null && type.isEnum()
        ? "; allowed values are " + Arrays.toString(type.getEnumConstants())
        : type == null ? "" : "; expected " + describe(type);
  }

  private static String describe(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 time with offset, e.g. 2024-05-20T10:15:00+08:00";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
