package com.feedbackdesk.domain.aftersales;

import java.util.Locale;

/**
 * The language the policy's decisions are stated in to the customer: Chinese unless the customer's
 * language tag is English.
 */
public enum CustomerLanguage {
  CHINESE,
  ENGLISH;

  /** The language for a customer's language tag ({@code zh-CN}, {@code en}, …), or null. */
  public static CustomerLanguage of(String languageTag) {
    if (languageTag == null) {
      return CHINESE;
    }
    return Locale.forLanguageTag(languageTag).getLanguage().equals("en") ? ENGLISH : CHINESE;
  }
}
