package com.feedbackdesk.domain.improvement;

/** What a hot spot, and the improvement project it raises, is about. */
public enum ImprovementSubject {
  /** A category of the complaint taxonomy. */
  CATEGORY,
  /** A product the tickets name. */
  PRODUCT
}
