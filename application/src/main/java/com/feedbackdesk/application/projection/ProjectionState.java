package com.feedbackdesk.application.projection;

/**
 * Where a projection stands.
 *
 * @param position the global position it has handled every event up to, -1 before any
 * @param head the global position of the newest event stored
 * @param running whether its processor runs on this instance
 * @param collection the collection of its active generation
 * @param rebuild the latest rebuild of it this instance ran, or null
 */
public record ProjectionState(
    String name,
    long position,
    long head,
    boolean running,
    String collection,
    RebuildProgress rebuild) {

  /** How many positions it is behind the head. */
  public long behind() {
    return Math.max(0, head - position);
  }
}
