package com.feedbackdesk.adapters.in.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error dispatch (a filter or the container sent an error before Spring MVC
 * answered) as a problem, in place of Spring Boot's {@code {"timestamp", "status", "error"}} body.
 * A request for {@code /error} itself is a 404 like any path that names nothing.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 404;
    ProblemType type = ProblemType.forStatus(status);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    problem.setDetail(ContainerProblems.detailFor(status));
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      problem.setInstance(asUri(uri));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** The path as a URI, or null when it is not one (what Tomcat could not decode, say). */
  private static URI asUri(String path) {
    try {
      return URI.create(path);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
