package com.feedbackdesk.application.improvement.view;

import com.feedbackdesk.domain.improvement.ImprovementEvent;
import com.feedbackdesk.domain.improvement.ImprovementEventVisitor;
import com.feedbackdesk.domain.improvement.ImprovementProgressRecorded;
import com.feedbackdesk.domain.improvement.ImprovementProjectCompleted;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementProjectRaised;
import com.feedbackdesk.domain.improvement.ImprovementProjectStarted;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.improvement.ImprovementSubject;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An improvement project as the API shows it, folded from its events; {@code version} is the
 * sequence number of the last one.
 *
 * @param month the month whose hot spot raised it
 * @param dueOn the day it is to be completed by
 * @param progress the progress notes, oldest first
 */
public record ImprovementProjectView(
    ImprovementProjectId id,
    String month,
    ImprovementSubject subject,
    String subjectKey,
    String subjectLabel,
    long tickets,
    double share,
    double threshold,
    LocalDate dueOn,
    ImprovementStatus status,
    Department owner,
    String lead,
    String plan,
    List<Note> progress,
    String outcome,
    Actor raisedBy,
    Instant raisedAt,
    Instant startedAt,
    Instant completedAt,
    long version) {

  public ImprovementProjectView {
    progress = List.copyOf(progress);
  }

  /** A progress note. */
  public record Note(String note, Actor by, Instant at) {}

  /** Whether the project is not completed and its due day is past on {@code today}. */
  public boolean overdueOn(LocalDate today) {
    return status != ImprovementStatus.COMPLETED && today.isAfter(dueOn);
  }

  /**
   * Folds the project's next event in.
   *
   * @param current the view so far, or null before the project's first event
   */
  public static ImprovementProjectView fold(
      ImprovementProjectView current, ImprovementEvent event, long sequence) {
    return event.accept(new Changes(current, sequence));
  }

  private static final class Changes implements ImprovementEventVisitor<ImprovementProjectView> {

    private final ImprovementProjectView before;
    private final long sequence;

    Changes(ImprovementProjectView before, long sequence) {
      this.before = before;
      this.sequence = sequence;
    }

    @Override
    public ImprovementProjectView on(ImprovementProjectRaised event) {
      return new ImprovementProjectView(
          event.projectId(),
          event.month(),
          event.subject(),
          event.subjectKey(),
          event.subjectLabel(),
          event.tickets(),
          event.share(),
          event.threshold(),
          event.dueOn(),
          ImprovementStatus.RAISED,
          null,
          null,
          null,
          List.of(),
          null,
          event.actor(),
          event.at(),
          null,
          null,
          sequence);
    }

    @Override
    public ImprovementProjectView on(ImprovementProjectStarted event) {
      return with(
          ImprovementStatus.IN_PROGRESS,
          event.owner(),
          event.lead(),
          event.plan(),
          before.progress,
          null,
          event.at(),
          null);
    }

    @Override
    public ImprovementProjectView on(ImprovementProgressRecorded event) {
      List<Note> progress = new ArrayList<>(before.progress);
      progress.add(new Note(event.note(), event.actor(), event.at()));
      return with(
          before.status,
          before.owner,
          before.lead,
          before.plan,
          progress,
          null,
          before.startedAt,
          null);
    }

    @Override
    public ImprovementProjectView on(ImprovementProjectCompleted event) {
      return with(
          ImprovementStatus.COMPLETED,
          before.owner,
          before.lead,
          before.plan,
          before.progress,
          event.outcome(),
          before.startedAt,
          event.at());
    }

    private ImprovementProjectView with(
        ImprovementStatus status,
        Department owner,
        String lead,
        String plan,
        List<Note> progress,
        String outcome,
        Instant startedAt,
        Instant completedAt) {
      return new ImprovementProjectView(
          before.id,
          before.month,
          before.subject,
          before.subjectKey,
          before.subjectLabel,
          before.tickets,
          before.share,
          before.threshold,
          before.dueOn,
          status,
          owner,
          lead,
          plan,
          progress,
          outcome,
          before.raisedBy,
          before.raisedAt,
          startedAt,
          completedAt,
          sequence);
    }
  }
}
