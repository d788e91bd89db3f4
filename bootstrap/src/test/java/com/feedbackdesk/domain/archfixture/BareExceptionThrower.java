package com.feedbackdesk.domain.archfixture;

/**
 * A domain class as it must not be written: it refuses with a bare JDK exception. Test code, so the
 * architecture rules never see it in the build's own classes; {@code ArchitectureRulesBiteTest}
 * hands it to them to show that they catch it.
 */
public final class BareExceptionThrower {

  private BareExceptionThrower() {}

  public static void refuse(boolean closed) {
    if (closed) {
      throw new IllegalStateException("the ticket is closed");
    }
  }
}
