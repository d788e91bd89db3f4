package com.feedbackdesk.adapters.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem, a path whose percent-encoding is broken where Tomcat does not look:
 * in path parameters ({@code /tickets/a;b=%zz}). Tomcat passes those through undecoded, and the
 * first filter that parses the path (Spring Security's) failed on them with a 500. Runs before
 * every other filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UndecodablePathFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!wellEncoded(request.getRequestURI())) {
      ContainerProblems.write(
          response,
          ProblemType.INVALID_REQUEST,
          400,
          "the path cannot be decoded: every % must start an escape of two hex digits",
          null);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether every {@code %} starts a {@code %XX} escape. */
  static boolean wellEncoded(String path) {
    for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
      if (i + 2 >= path.length() || !isHex(path.charAt(i + 1)) || !isHex(path.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
