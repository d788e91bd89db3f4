package com.feedbackdesk.adapters.in.web.security;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the caller from a verified token, as its issuer's settings say: a customer issuer's tokens
 * are customers'; a staff issuer's name roles (the IdP's role names, less a prefix, matched to the
 * service's roles; others are ignored), a staff id and a department.
 */
final class CallerFromToken implements Converter<Jwt, AbstractAuthenticationToken> {

  private final SecuritySettings.Issuer issuer;

  CallerFromToken(SecuritySettings.Issuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt token) {
    try {
      return new CallerAuthentication(token, caller(token));
    } catch (InvalidValueException e) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, e.getMessage(), null), e.getMessage());
    }
  }

  private Caller caller(Jwt token) {
    String subject = token.getClaimAsString("iss") + "#" + token.getSubject();
    if (issuer.kind() == SecuritySettings.Kind.CUSTOMER) {
      String customer = text(token, issuer.customerIdClaim());
      return new Caller(subject, Set.of(Role.CUSTOMER), null, null, customer);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claim(token.getClaims(), issuer.rolesClaim()) instanceof Collection<?> names) {
      for (Object name : names) {
        role(String.valueOf(name)).ifPresent(roles::add);
      }
    }
    String department = text(token, issuer.departmentClaim());
    String customer = roles.contains(Role.CUSTOMER) ? text(token, issuer.customerIdClaim()) : null;
    return new Caller(
        subject,
        roles,
        text(token, issuer.staffIdClaim()),
        department == null ? null : new Department(department),
        customer);
  }

  private java.util.Optional<Role> role(String name) {
    String prefix = issuer.rolePrefix();
    if (!name.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return java.util.Optional.empty();
    }
    String bare = name.substring(prefix.length()).toUpperCase(Locale.ROOT).replace('-', '_');
    for (Role role : Role.values()) {
      if (role.name().equals(bare)) {
        return java.util.Optional.of(role);
      }
    }
    return java.util.Optional.empty();
  }

  private static String text(Jwt token, String path) {
    Object value = claim(token.getClaims(), path);
    return value == null ? null : String.valueOf(value);
  }

  /** The claim at a dotted path, e.g. {@code realm_access.roles}; null when absent. */
  static Object claim(Map<String, Object> claims, String path) {
    Object value = claims;
    for (String step : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(step);
    }
    return value;
  }
}
