package com.feedbackdesk.adapters.in.web.security;

import com.feedbackdesk.application.access.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified bearer token, and the caller it names. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

  private final transient Jwt token;
  private final transient Caller caller;

  CallerAuthentication(Jwt token, Caller caller) {
    super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    this.token = token;
    this.caller = caller;
    setAuthenticated(true);
  }

  public Caller caller() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.subject();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallerAuthentication that
        && caller.equals(that.caller)
        && List.of(token.getTokenValue()).equals(List.of(that.token.getTokenValue()));
  }

  @Override
  public int hashCode() {
    return caller.hashCode();
  }
}
