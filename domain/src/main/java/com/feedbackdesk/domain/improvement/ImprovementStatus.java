package com.feedbackdesk.domain.improvement;

/**
 * Where an improvement project stands.
 *
 * <pre>
 * RAISED ──start (owner, lead, plan)──▶ IN_PROGRESS ──complete (outcome)──▶ COMPLETED
 *                                        └─ progress notes ─┘
 * </pre>
 */
public enum ImprovementStatus {
  RAISED,
  IN_PROGRESS,
  COMPLETED
}
