package com.feedbackdesk.adapters.out.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook delivery (docs/notifications.md): HMAC-SHA256, keyed with the
 * subscription's secret, over the timestamp in Unix seconds, a full stop and the body's bytes, sent
 * as {@code FeedbackDesk-Signature: t=<timestamp>,v1=<hex>}. A receiver recomputes it, compares in
 * constant time, and refuses a timestamp older than its tolerance (five minutes): a delivery
 * captured and sent again later is refused, and the delivery id tells a retry from a new event.
 */
public final class WebhookSignature {

  public static final String HEADER = "FeedbackDesk-Signature";
  public static final String DELIVERY_HEADER = "FeedbackDesk-Delivery";
  public static final String EVENT_HEADER = "FeedbackDesk-Event";
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private WebhookSignature() {}

  /** The header's value for the body sent at {@code at}. */
  public static String sign(String secret, Instant at, byte[] body) {
    long timestamp = at.getEpochSecond();
    return "t=" + timestamp + ",v1=" + hex(secret, timestamp, body);
  }

  /**
   * What a receiver does: whether the header is a valid signature of the body, made no longer than
   * the tolerance before {@code now}.
   */
  public static boolean verify(String secret, String header, byte[] body, Instant now) {
    if (header == null) {
      return false;
    }
    Long timestamp = null;
    String signature = null;
    for (String part : header.split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (pair.length == 2 && pair[0].equals("v1")) {
        signature = pair[1];
      }
    }
    if (timestamp == null || signature == null) {
      return false;
    }
    if (Math.abs(timestamp - now.getEpochSecond()) > TOLERANCE.toSeconds()) {
      return false;
    }
    Duration age = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
    if (age.compareTo(TOLERANCE) > 0) {
      return false;
    }
    return MessageDigest.isEqual(
        hex(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static String hex(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new AssertionError("every Java platform has HmacSHA256", e);
    }
  }
}
