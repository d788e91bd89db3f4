package com.feedbackdesk.adapters.in.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service as its own token issuer, for the embedded default only: a local RSA signing key (kept
 * in a file, so tokens outlive a restart), its JWK set, and tokens minted for any role and subject
 * on request. Never on when an issuer is configured; says so loudly when it is.
 */
public final class DevelopmentIssuer {

  /** The {@code iss} of its tokens. */
  public static final String ISSUER = "urn:feedbackdesk:development-issuer";

  private static final Logger log = LoggerFactory.getLogger(DevelopmentIssuer.class);

  /** How its tokens' claims are read: the same claims a staff IdP would use. */
  static final SecuritySettings.Issuer SETTINGS =
      new SecuritySettings.Issuer(
          ISSUER,
          null,
          null,
          SecuritySettings.Kind.STAFF,
          "roles",
          "",
          "preferred_username",
          "department",
          "customer_id");

  private final RSAKey key;
  private final Duration lifetime;
  private final Clock clock;

  DevelopmentIssuer(Path keyFile, Duration lifetime, Clock clock) {
    this.key = loadOrCreate(keyFile);
    this.lifetime = lifetime;
    this.clock = clock;
    log.warn(
        "\n"
            + "*****************************************************************************\n"
            + "*  DEVELOPMENT TOKEN ISSUER IS ON: anyone who reaches this port can mint a    *\n"
            + "*  token for any role (POST /dev/tokens). Configure feedbackdesk.security.    *\n"
            + "*  issuers to trust a real identity provider; this issuer then switches off.  *\n"
            + "*****************************************************************************\n"
            + "  signing key: {}",
        keyFile);
  }

  /** The public key set, as an issuer publishes it. */
  public Map<String, Object> jwkSet() {
    return new JWKSet(key.toPublicJWK()).toJSONObject();
  }

  RSAKey publicKey() {
    return key.toPublicJWK();
  }

  /**
   * A signed token for the subject with the roles: for staff the subject is the staff id, for a
   * customer the customer id.
   */
  public String mint(List<String> roles, String subject, String department) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(subject)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .claim("roles", roles)
            .claim("preferred_username", subject);
    if (department != null && !department.isBlank()) {
      claims.claim("department", department);
    }
    if (roles.stream().anyMatch("customer"::equalsIgnoreCase)) {
      claims.claim("customer_id", subject);
    }
    try {
      SignedJWT token =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              claims.build());
      token.sign(new RSASSASigner(key));
      return token.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a development token", e);
    }
  }

  private static RSAKey loadOrCreate(Path keyFile) {
    try {
      if (Files.exists(keyFile)) {
        return RSAKey.parse(Files.readString(keyFile));
      }
      RSAKey generated = new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      Files.writeString(keyFile, generated.toJSONString());
      try {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the directory's permissions
      }
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the development signing key in " + keyFile, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("cannot read the development signing key " + keyFile, e);
    }
  }
}
