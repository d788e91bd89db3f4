package com.feedbackdesk.adapters.in.web.security;

import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mints development tokens and publishes the development issuer's keys. Exists only when no issuer
 * is configured.
 */
@RestController
@Conditional(DevelopmentIssuerCondition.class)
@RequestMapping("/dev")
@Tag(
    name = "Development issuer",
    description =
        "Only on the embedded default, when no token issuer is configured: mints tokens for any"
            + " role. Absent in any installation that trusts a real identity provider.")
class DevelopmentIssuerController {

  private final DevelopmentIssuer issuer;

  DevelopmentIssuerController(DevelopmentIssuer issuer) {
    this.issuer = issuer;
  }

  @Operation(
      summary = "Mint a development token",
      description =
          "A bearer token (text/plain) for the subject with the roles: for staff the subject is"
              + " the staff id, for a customer the customer id. Handlers need a department.")
  @PostMapping(path = "/tokens", produces = MediaType.TEXT_PLAIN_VALUE)
  String mint(
      @Parameter(
              description =
                  "One or more of customer, agent, handler, supervisor, director, analyst, admin"
                      + " (repeat the parameter for several), e.g. agent.")
          @RequestParam("role")
          List<String> roles,
      @Parameter(description = "Staff id or customer id.", example = "chen.jing")
          @RequestParam("subject")
          String subject,
      @Parameter(description = "Department code, for handlers.", example = "WAREHOUSE_LOGISTICS")
          @RequestParam(name = "department", required = false)
          String department) {
    for (String role : roles) {
      boolean known =
          Arrays.stream(Role.values()).anyMatch(r -> r.name().equalsIgnoreCase(role.strip()));
      if (!known) {
        throw new InvalidValueException(
            "role",
            "'"
                + role
                + "' is not a role; roles are "
                + Arrays.toString(Role.values()).toLowerCase(Locale.ROOT));
      }
    }
    try {
      Actor.agent(subject); // the subject becomes an actor's id: the same rules apply
    } catch (InvalidValueException e) {
      throw new InvalidValueException("subject", e.getMessage());
    }
    if (department != null && !department.isBlank()) {
      new Department(department);
    }
    return issuer.mint(roles.stream().map(String::strip).toList(), subject, department);
  }

  @Operation(
      summary = "The development issuer's public keys (JWK set)",
      description = "What a resource server needs to verify the development issuer's tokens.")
  @GetMapping(path = "/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> jwks() {
    return issuer.jwkSet();
  }
}
