package com.feedbackdesk.domain.improvement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * An improvement project (专项改进) raised by a hot spot of a month's feedback, tracked from its
 * raising through its start (owner, lead, plan) and progress notes to its completion. Its id is the
 * hot spot's, so a hot spot raises one project however often it is asked to.
 */
public class ImprovementProject {

  @AggregateIdentifier private ImprovementProjectId id;
  private ImprovementStatus status;

  /** For the framework, which rebuilds projects from their events. */
  ImprovementProject() {}

  @CommandHandler
  ImprovementProject(RaiseImprovementProjectCommand command) {
    apply(
        new ImprovementProjectRaised(
            command.projectId(),
            command.month().toString(),
            command.subject(),
            command.subjectKey(),
            command.subjectLabel(),
            command.tickets(),
            command.share(),
            command.threshold(),
            command.dueOn(),
            command.actor(),
            command.at()));
  }

  @CommandHandler
  void handle(StartImprovementProjectCommand command) {
    require(ImprovementStatus.RAISED, "only a raised project is started");
    apply(
        new ImprovementProjectStarted(
            id, command.owner(), command.lead(), command.plan(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(RecordImprovementProgressCommand command) {
    require(ImprovementStatus.IN_PROGRESS, "progress is noted on a project in progress");
    apply(new ImprovementProgressRecorded(id, command.note(), command.actor(), command.at()));
  }

  @CommandHandler
  void handle(CompleteImprovementProjectCommand command) {
    require(ImprovementStatus.IN_PROGRESS, "a project is completed once it is in progress");
    apply(new ImprovementProjectCompleted(id, command.outcome(), command.actor(), command.at()));
  }

  private void require(ImprovementStatus expected, String rule) {
    if (status != expected) {
      throw new ImprovementProjectStateException(id, status, rule);
    }
  }

  @EventSourcingHandler
  void on(ImprovementEvent event) {
    event.accept(new StatusChange());
  }

  /** What each event changes of the state the commands decide on. */
  private final class StatusChange implements ImprovementEventVisitor<Void> {

    @Override
    public Void on(ImprovementProjectRaised event) {
      id = event.projectId();
      status = ImprovementStatus.RAISED;
      return null;
    }

    @Override
    public Void on(ImprovementProjectStarted event) {
      status = ImprovementStatus.IN_PROGRESS;
      return null;
    }

    @Override
    public Void on(ImprovementProgressRecorded event) {
      return null;
    }

    @Override
    public Void on(ImprovementProjectCompleted event) {
      status = ImprovementStatus.COMPLETED;
      return null;
    }
  }
}
