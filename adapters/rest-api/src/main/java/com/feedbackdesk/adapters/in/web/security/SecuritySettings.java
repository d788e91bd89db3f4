package com.feedbackdesk.adapters.in.web.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service: the token issuers it trusts, and how their tokens' claims name roles,
 * staff ids, departments and customers ({@code feedbackdesk.security.*}; examples for Keycloak and
 * for a shop's customer identity provider in docs/security.md). With no issuer configured, the
 * service is its own development issuer.
 *
 * @param issuers the trusted issuers; empty for the development issuer
 * @param devIssuer the development issuer's settings
 * @param submissions the per-client rate limit on submissions
 */
@ConfigurationProperties("feedbackdesk.security")
public record SecuritySettings(
    @DefaultValue List<Issuer> issuers,
    @DefaultValue DevIssuer devIssuer,
    @DefaultValue RateLimit submissions) {

  /** Whose tokens an issuer's are. */
  public enum Kind {
    /** The company's identity provider: roles, staff ids and departments come from claims. */
    STAFF,
    /** A shop's customer identity provider: every valid token is a customer's. */
    CUSTOMER
  }

  /**
   * One trusted issuer.
   *
   * @param issuer the {@code iss} its tokens carry, e.g. {@code
   *     https://id.example.com/realms/staff}
   * @param jwkSetUri where its signing keys are published
   * @param audience when set, tokens must name it in {@code aud}
   * @param kind whose tokens they are
   * @param rolesClaim for staff: the claim (a dotted path) listing roles, e.g. Keycloak's {@code
   *     realm_access.roles}
   * @param rolePrefix for staff: the prefix the IdP's role names carry ({@code feedbackdesk-} by
   *     default, for {@code feedbackdesk-supervisor}), so that an IdP's own {@code admin} is not
   *     taken for this service's
   * @param staffIdClaim for staff: the claim with the staff id
   * @param departmentClaim for staff: the claim with the department code (handlers need one)
   * @param customerIdClaim for customers: the claim with the shop's customer id
   */
  public record Issuer(
      String issuer,
      String jwkSetUri,
      String audience,
      @DefaultValue("STAFF") Kind kind,
      @DefaultValue("roles") String rolesClaim,
      @DefaultValue("feedbackdesk-") String rolePrefix,
      @DefaultValue("preferred_username") String staffIdClaim,
      @DefaultValue("department") String departmentClaim,
      @DefaultValue("sub") String customerIdClaim) {}

  /**
   * The development issuer, on when no issuer is configured.
   *
   * @param keyFile where its signing key is kept (created on first start); empty: in the embedded
   *     data directory
   * @param tokenLifetime how long a minted token is valid
   */
  public record DevIssuer(Path keyFile, @DefaultValue("8h") Duration tokenLifetime) {}

  /**
   * @param capacity submissions a client may make in a burst
   * @param refillPeriod the time in which a client's allowance refills completely
   */
  public record RateLimit(
      @DefaultValue("30") int capacity, @DefaultValue("1m") Duration refillPeriod) {}
}
