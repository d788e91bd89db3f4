package com.feedbackdesk.application.projection;

import com.feedbackdesk.application.access.Caller;
import java.util.List;

/**
 * The read models' projections: how far each has come, and rebuilding one from the event history
 * into a new generation while the live one keeps answering, until the rebuilt one has caught up and
 * takes over.
 */
public interface RebuildProjectionsUseCase {

  /** Every projection that can be rebuilt, with its position and the store's head. */
  List<ProjectionState> projections(Caller caller);

  /**
   * Starts rebuilding the projection; it runs in the background.
   *
   * @throws UnknownProjectionException when there is no such projection
   * @throws RebuildRunningException when one of it runs already
   */
  RebuildProgress rebuild(Caller caller, String projection);

  /**
   * How a rebuild goes or went.
   *
   * @throws RebuildNotFoundException when this instance knows no rebuild with the id
   */
  RebuildProgress progress(Caller caller, String rebuild);
}
