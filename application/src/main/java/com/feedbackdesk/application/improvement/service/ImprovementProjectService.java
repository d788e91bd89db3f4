package com.feedbackdesk.application.improvement.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.analysis.service.AnalysisService;
import com.feedbackdesk.application.analysis.view.MonthlyReport;
import com.feedbackdesk.application.improvement.port.in.ImprovementProjectNotFoundException;
import com.feedbackdesk.application.improvement.port.in.ImprovementProjectsUseCase;
import com.feedbackdesk.application.improvement.port.in.MonthNotOverException;
import com.feedbackdesk.application.improvement.port.out.ImprovementProjectPort;
import com.feedbackdesk.application.improvement.view.ImprovementProjectView;
import com.feedbackdesk.application.improvement.view.TrackedProject;
import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.domain.improvement.CompleteImprovementProjectCommand;
import com.feedbackdesk.domain.improvement.ImprovementEvent;
import com.feedbackdesk.domain.improvement.ImprovementProjectId;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.improvement.RaiseImprovementProjectCommand;
import com.feedbackdesk.domain.improvement.RecordImprovementProgressCommand;
import com.feedbackdesk.domain.improvement.StartImprovementProjectCommand;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;

/**
 * Raises an improvement project for each hot spot of a month that is over (from the monthly
 * report), and tracks them: start, progress, completion. A project's id is its hot spot's, so that
 * raising twice (two instances' month-close jobs, or a person and the job) raises one project. A
 * project is read back from its own events after a change, as tickets are (docs/adr/0005).
 */
public final class ImprovementProjectService implements ImprovementProjectsUseCase {

  /** The actor of the projects the month-close job raises. */
  public static final Actor MONTH_CLOSE = Actor.system("month-close");

  private final CommandGateway commands;
  private final EventStore events;
  private final ImprovementProjectPort projects;
  private final AnalysisService analysis;
  private final ZoneId zone;
  private final Clock clock;

  public ImprovementProjectService(
      CommandGateway commands,
      EventStore events,
      ImprovementProjectPort projects,
      AnalysisService analysis,
      ZoneId zone,
      Clock clock) {
    this.commands = commands;
    this.events = events;
    this.projects = projects;
    this.analysis = analysis;
    this.zone = zone;
    this.clock = clock;
  }

  @Override
  public List<TrackedProject> list(
      Caller caller, ImprovementStatus status, YearMonth month, boolean overdueOnly) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_IMPROVEMENT_PROJECTS);
    return projects.list(status, month == null ? null : month.toString()).stream()
        .map(this::tracked)
        .filter(project -> !overdueOnly || project.overdue())
        .toList();
  }

  private TrackedProject tracked(ImprovementProjectView project) {
    return new TrackedProject(project, project.overdueOn(today()));
  }

  @Override
  public TrackedProject view(Caller caller, String id) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_IMPROVEMENT_PROJECTS);
    return tracked(
        current(idOf(id)).orElseThrow(() -> new ImprovementProjectNotFoundException(id)));
  }

  @Override
  public List<TrackedProject> raiseForMonth(Caller caller, YearMonth month) {
    PermissionMatrix.Scope scope =
        PermissionMatrix.require(caller, TicketOperation.MANAGE_IMPROVEMENT_PROJECTS);
    return raise(month, caller.actorIn(scope));
  }

  /**
   * What the month-close job does: raises the projects of the month before the current one, once it
   * has been over for {@code grace} (so that the read model has folded its last events).
   *
   * @return the month's projects, raised now or before
   */
  public List<TrackedProject> raiseForLastMonth(java.time.Duration grace) {
    YearMonth last = YearMonth.from(clock.instant().minus(grace).atZone(zone)).minusMonths(1);
    return raise(last, MONTH_CLOSE);
  }

  private List<TrackedProject> raise(YearMonth month, Actor actor) {
    Instant now = now();
    if (now.isBefore(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
      throw new MonthNotOverException(month);
    }
    MonthlyReport report = analysis.report(month);
    LocalDate dueOn = now.atZone(zone).toLocalDate().plusMonths(1);
    List<ImprovementProjectView> monthProjects = new ArrayList<>();
    for (MonthlyReport.HotSpot hotSpot : report.hotSpots()) {
      ImprovementProjectId id =
          ImprovementProjectId.forHotSpot(month, hotSpot.kind(), hotSpot.key());
      if (current(id).isEmpty()) {
        try {
          commands.sendAndWait(
              new RaiseImprovementProjectCommand(
                  id,
                  month,
                  hotSpot.kind(),
                  hotSpot.key(),
                  hotSpot.label(),
                  hotSpot.count(),
                  hotSpot.share(),
                  report.hotSpotThreshold(),
                  dueOn,
                  actor,
                  now));
        } catch (AggregateStreamCreationException raisedMeanwhile) {
          // another instance raised it between our look and our command: one project it is
        } catch (EventStoreException e) {
          throw new StorageUnavailableException("the event store could not be reached", e);
        }
      }
      current(id).ifPresent(monthProjects::add);
    }
    monthProjects.sort(Comparator.comparing(ImprovementProjectView::tickets).reversed());
    return monthProjects.stream().map(this::tracked).toList();
  }

  @Override
  public TrackedProject start(
      Caller caller, String id, Department owner, String lead, String plan) {
    return change(
        caller,
        id,
        (project, by, at) ->
            new StartImprovementProjectCommand(project, owner, lead, plan, by, at));
  }

  @Override
  public TrackedProject recordProgress(Caller caller, String id, String note) {
    return change(
        caller,
        id,
        (project, by, at) -> new RecordImprovementProgressCommand(project, note, by, at));
  }

  @Override
  public TrackedProject complete(Caller caller, String id, String outcome) {
    return change(
        caller,
        id,
        (project, by, at) -> new CompleteImprovementProjectCommand(project, outcome, by, at));
  }

  /** A command on an existing project, by the caller, now. */
  private interface ProjectCommand {
    Object create(ImprovementProjectId project, Actor by, Instant at);
  }

  private TrackedProject change(Caller caller, String id, ProjectCommand command) {
    PermissionMatrix.Scope scope =
        PermissionMatrix.require(caller, TicketOperation.MANAGE_IMPROVEMENT_PROJECTS);
    ImprovementProjectId project = existing(id);
    Object built = command.create(project, caller.actorIn(scope), now());
    try {
      commands.sendAndWait(built);
    } catch (EventStoreException e) {
      throw new StorageUnavailableException("the event store could not be reached", e);
    }
    return tracked(current(project).orElseThrow());
  }

  private ImprovementProjectId existing(String id) {
    ImprovementProjectId project = idOf(id);
    if (current(project).isEmpty()) {
      throw new ImprovementProjectNotFoundException(id);
    }
    return project;
  }

  private static ImprovementProjectId idOf(String id) {
    try {
      return ImprovementProjectId.parse(id);
    } catch (InvalidValueException e) {
      throw new ImprovementProjectNotFoundException(id);
    }
  }

  /** The project folded from its own events: what a change just recorded is in it. */
  private Optional<ImprovementProjectView> current(ImprovementProjectId id) {
    try {
      DomainEventStream stream = events.readEvents(id.value());
      ImprovementProjectView view = null;
      while (stream.hasNext()) {
        DomainEventMessage<?> message = stream.next();
        if (message.getPayload() instanceof ImprovementEvent event) {
          view = ImprovementProjectView.fold(view, event, message.getSequenceNumber());
        }
      }
      return Optional.ofNullable(view);
    } catch (EventStoreException e) {
      throw new StorageUnavailableException("the event store could not be reached", e);
    }
  }

  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
