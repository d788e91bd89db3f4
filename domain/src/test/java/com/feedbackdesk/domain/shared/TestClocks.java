package com.feedbackdesk.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** Clocks the tests move: one that tells whatever time the supplier says (a fixture's, say). */
public final class TestClocks {

  private TestClocks() {}

  /** A UTC clock whose time is the supplier's. */
  public static Clock following(Supplier<Instant> time) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return time.get();
      }
    };
  }
}
