package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The customer behind a ticket. Any field may be missing (a phone caller may not give a name), but
 * there must be a way to reach them or to find them again: a customer id, a phone number or an
 * e-mail address.
 *
 * @param language the language they want to be written to in, a BCP 47 tag such as {@code zh} or
 *     {@code en-GB}; null for the service's default
 * @param preferredChannel how they want to hear from the service; null to be written to on the
 *     channel they came through
 */
public record Customer(
    String id,
    String name,
    String phone,
    String email,
    String language,
    ContactChannel preferredChannel) {

  public static final int MAX_ID_LENGTH = 64;
  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_PHONE_LENGTH = 32;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ()\\-]{2,31}";
  private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  public static final String LANGUAGE_PATTERN = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
  private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_PATTERN);

  /** A customer with no stated language or channel preference. */
  public Customer(String id, String name, String phone, String email) {
    this(id, name, phone, email, null, null);
  }

  public Customer {
    id = Values.optionalText("customer.id", Values.blankToNull(id), MAX_ID_LENGTH);
    name = Values.optionalText("customer.name", Values.blankToNull(name), MAX_NAME_LENGTH);
    phone = Values.optionalText("customer.phone", Values.blankToNull(phone), MAX_PHONE_LENGTH);
    email = Values.optionalText("customer.email", Values.blankToNull(email), MAX_EMAIL_LENGTH);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidValueException("customer.phone", "not a phone number: '" + phone + "'");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidValueException("customer.email", "not an e-mail address: '" + email + "'");
    }
    language = Values.blankToNull(language);
    if (language != null) {
      if (!LANGUAGE.matcher(language).matches()) {
        throw new InvalidValueException(
            "customer.language", "not a language tag such as zh or en: '" + language + "'");
      }
      language = Locale.forLanguageTag(language).toLanguageTag();
    }
    if (preferredChannel == ContactChannel.IN_APP && id == null) {
      throw new InvalidValueException(
          "customer.preferredChannel", "the in-app inbox needs the customer's id");
    }
    if (preferredChannel == ContactChannel.EMAIL && email == null) {
      throw new InvalidValueException(
          "customer.preferredChannel", "e-mail is preferred but no e-mail address is given");
    }
    if ((preferredChannel == ContactChannel.SMS || preferredChannel == ContactChannel.PHONE)
        && phone == null) {
      throw new InvalidValueException(
          "customer.preferredChannel", preferredChannel + " is preferred but no phone is given");
    }
    if (id == null && phone == null && email == null) {
      throw new InvalidValueException(
          "customer", "a customer needs at least an id, a phone number or an e-mail address");
    }
  }

  /**
   * The customer without their personal data (name, phone, e-mail), for analysis: their id if they
   * have one, otherwise a pseudonym keyed by a secret (HMAC-SHA256 of the phone or e-mail), so that
   * the same customer still counts once and nobody without the key can recover the phone number by
   * trying them all.
   */
  public Customer pseudonymized(byte[] key) {
    if (id != null) {
      return new Customer(id, null, null, null, language, null);
    }
    String contact =
        phone != null ? phone.replaceAll("[^0-9+]", "") : email.toLowerCase(Locale.ROOT);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(contact.getBytes(StandardCharsets.UTF_8));
      return new Customer(
          "p-" + HexFormat.of().formatHex(digest, 0, 12), null, null, null, language, null);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new AssertionError("every Java platform has HmacSHA256", e);
    }
  }
}
