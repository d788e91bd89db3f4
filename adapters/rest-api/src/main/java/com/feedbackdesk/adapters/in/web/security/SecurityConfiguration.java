package com.feedbackdesk.adapters.in.web.security;

import com.feedbackdesk.adapters.in.web.ContainerProblems;
import com.feedbackdesk.adapters.in.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every call to {@code /api/**} carries a bearer token from a trusted issuer (several at once: the
 * company's staff IdP and a shop's customer IdP, say); which issuer signed it is read from the
 * token, and its settings say how to read the caller. What a caller may do is decided by the use
 * cases, not here. Failures are problems: 401 with {@code WWW-Authenticate: Bearer}, 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      AuthenticationManagerResolver<HttpServletRequest> issuers,
      SecuritySettings settings)
      throws Exception {
    BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(
            requests ->
                requests.requestMatchers("/api/**").authenticated().anyRequest().permitAll())
        .oauth2ResourceServer(
            server ->
                server
                    .authenticationManagerResolver(issuers)
                    .authenticationEntryPoint(
                        (request, response, failure) -> {
                          challenge.commence(request, response, failure);
                          ContainerProblems.write(
                              response,
                              ProblemType.AUTHENTICATION_REQUIRED,
                              401,
                              "this operation needs a valid bearer token: " + failure.getMessage(),
                              request.getRequestURI());
                        })
                    .accessDeniedHandler(
                        (request, response, failure) -> {
                          denial.handle(request, response, failure);
                          ContainerProblems.write(
                              response,
                              ProblemType.OPERATION_NOT_PERMITTED,
                              403,
                              "the token does not allow this",
                              request.getRequestURI());
                        }))
        .addFilterAfter(
            new SubmissionRateLimit(settings.submissions()),
            org.springframework.security.web.access.intercept.AuthorizationFilter.class);
    return http.build();
  }

  /** Which issuer's settings read a token: the one its {@code iss} names; any other is refused. */
  @Bean
  AuthenticationManagerResolver<HttpServletRequest> issuers(
      SecuritySettings settings, ObjectProvider<DevelopmentIssuer> development) {
    Map<String, AuthenticationManager> managers = new HashMap<>();
    for (SecuritySettings.Issuer issuer : settings.issuers()) {
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
      decoder.setJwtValidator(validator(issuer));
      managers.put(issuer.issuer(), manager(decoder, issuer));
    }
    DevelopmentIssuer dev = development.getIfAvailable();
    if (dev != null) {
      try {
        NimbusJwtDecoder decoder =
            NimbusJwtDecoder.withPublicKey(dev.publicKey().toRSAPublicKey()).build();
        decoder.setJwtValidator(validator(DevelopmentIssuer.SETTINGS));
        managers.put(DevelopmentIssuer.ISSUER, manager(decoder, DevelopmentIssuer.SETTINGS));
      } catch (com.nimbusds.jose.JOSEException e) {
        throw new IllegalStateException("the development key is not an RSA key", e);
      }
    }
    return new JwtIssuerAuthenticationManagerResolver(managers::get);
  }

  private static AuthenticationManager manager(
      NimbusJwtDecoder decoder, SecuritySettings.Issuer issuer) {
    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(new CallerFromToken(issuer));
    return provider::authenticate;
  }

  private static OAuth2TokenValidator<Jwt> validator(SecuritySettings.Issuer issuer) {
    // a token without an expiry would be good for ever: refuse it
    OAuth2TokenValidator<Jwt> standard =
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(issuer.issuer()),
            new JwtClaimValidator<Object>("exp", expiry -> expiry != null));
    if (issuer.audience() == null || issuer.audience().isBlank()) {
      return standard;
    }
    return new DelegatingOAuth2TokenValidator<>(
        standard,
        new JwtClaimValidator<List<String>>(
            "aud", audiences -> audiences != null && audiences.contains(issuer.audience())));
  }

  /** The service as its own issuer, when none is configured. */
  @Bean
  @Conditional(DevelopmentIssuerCondition.class)
  DevelopmentIssuer developmentIssuer(
      SecuritySettings settings,
      @Value("${feedbackdesk.embedded.data-dir:./data}") Path dataDirectory) {
    Path keyFile =
        settings.devIssuer().keyFile() != null
            ? settings.devIssuer().keyFile()
            : dataDirectory.resolve("dev-issuer-key.json");
    return new DevelopmentIssuer(keyFile, settings.devIssuer().tokenLifetime(), Clock.systemUTC());
  }
}
