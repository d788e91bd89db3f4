package com.feedbackdesk.adapters.in.web.security;

import com.feedbackdesk.adapters.in.web.ContainerProblems;
import com.feedbackdesk.adapters.in.web.ProblemType;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits how fast each client submits feedback (a token bucket per caller, Bucket4j): a burst of
 * {@code capacity} submissions, refilled over {@code refillPeriod}. Beyond it, 429 with {@code
 * Retry-After}. Counted per instance of the service: with several instances a client may submit up
 * to that many times more.
 */
final class SubmissionRateLimit extends OncePerRequestFilter {

  /** Buckets of the clients seen most recently; the oldest is forgotten beyond this many. */
  private static final int CLIENTS = 100_000;

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final SecuritySettings.RateLimit limit;
  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > CLIENTS;
            }
          });

  SubmissionRateLimit(SecuritySettings.RateLimit limit) {
    this.limit = limit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // the decoded path within the application, as Spring MVC matches it: /api/v1/%74ickets or a
    // context path must not slip past the limit
    return !("POST".equals(request.getMethod())
        && "/api/v1/tickets".equals(PATHS.getPathWithinApplication(request)));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    ConsumptionProbe probe =
        buckets
            .computeIfAbsent(caller.getName(), name -> newBucket())
            .tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    response.setHeader("Retry-After", String.valueOf(seconds));
    ContainerProblems.write(
        response,
        ProblemType.TOO_MANY_REQUESTS,
        429,
        "more than "
            + limit.capacity()
            + " submissions in "
            + limit.refillPeriod()
            + "; try again in "
            + seconds
            + " seconds",
        request.getRequestURI());
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            bandwidth ->
                bandwidth
                    .capacity(limit.capacity())
                    .refillGreedy(limit.capacity(), limit.refillPeriod()))
        .build();
  }
}
