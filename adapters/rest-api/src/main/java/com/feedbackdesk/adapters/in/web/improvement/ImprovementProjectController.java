package com.feedbackdesk.adapters.in.web.improvement;

import com.feedbackdesk.adapters.in.web.RequestValues;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.improvement.port.in.ImprovementProjectsUseCase;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Department;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The improvement projects the hot spots of each month raise, tracked to completion. */
@RestController
@RequestMapping(path = "/api/v1/improvement-projects", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Improvement projects",
    description =
        "Projects raised by the hot spots of each month's feedback (a category or product above"
            + " 5%), due a month after they are raised, tracked to completion.")
class ImprovementProjectController {

  private final ImprovementProjectsUseCase projects;

  ImprovementProjectController(ImprovementProjectsUseCase projects) {
    this.projects = projects;
  }

  @Operation(
      summary = "List the improvement projects",
      description = "The one due first first; filter by status, month, and overdue only.")
  @GetMapping
  List<ImprovementProjectResponse> list(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "RAISED, IN_PROGRESS or COMPLETED.") @RequestParam(required = false)
          ImprovementStatus status,
      @Parameter(description = "The month that raised them, YYYY-MM.", example = "2026-11")
          @RequestParam(required = false)
          String month,
      @Parameter(description = "Only those not completed and past their due day.")
          @RequestParam(defaultValue = "false")
          boolean overdue) {
    YearMonth raisedBy = RequestValues.month("month", month);
    return projects.list(caller, status, raisedBy, overdue).stream()
        .map(ImprovementProjectResponse::of)
        .toList();
  }

  @Operation(summary = "Read an improvement project")
  @GetMapping("/{id}")
  ImprovementProjectResponse view(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "IP-202611-CATEGORY-CQ02") @PathVariable String id) {
    return ImprovementProjectResponse.of(projects.view(caller, id));
  }

  @Operation(
      summary = "Raise the projects of a month's hot spots",
      description =
          "Raises a project for each hot spot of the month (from its monthly report) that has"
              + " none yet, due a month from now; the month must be over (else 409). Raising again"
              + " raises nothing new. The month-close job does this by itself shortly after each"
              + " month ends. Answers the month's projects.")
  @PostMapping(path = "/raising", consumes = MediaType.APPLICATION_JSON_VALUE)
  List<ImprovementProjectResponse> raise(
      @Parameter(hidden = true) Caller caller,
      @Valid @RequestBody ImprovementProjectRequests.Raising body) {
    return projects.raiseForMonth(caller, RequestValues.month("month", body.month())).stream()
        .map(ImprovementProjectResponse::of)
        .toList();
  }

  @Operation(
      summary = "Start a project",
      description = "Names the owning department, the lead and the plan; only a RAISED one.")
  @PostMapping(path = "/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImprovementProjectResponse start(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "IP-202611-CATEGORY-CQ02") @PathVariable String id,
      @Valid @RequestBody ImprovementProjectRequests.Start body) {
    return ImprovementProjectResponse.of(
        projects.start(caller, id, owner(body.owner()), body.lead(), body.plan()));
  }

  private static Department owner(String code) {
    try {
      return new Department(code);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("owner", e.getMessage());
    }
  }

  @Operation(summary = "Note a project's progress", description = "Only one IN_PROGRESS.")
  @PostMapping(path = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImprovementProjectResponse progress(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "IP-202611-CATEGORY-CQ02") @PathVariable String id,
      @Valid @RequestBody ImprovementProjectRequests.Progress body) {
    return ImprovementProjectResponse.of(projects.recordProgress(caller, id, body.note()));
  }

  @Operation(summary = "Complete a project", description = "Only one IN_PROGRESS.")
  @PostMapping(path = "/{id}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImprovementProjectResponse complete(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "IP-202611-CATEGORY-CQ02") @PathVariable String id,
      @Valid @RequestBody ImprovementProjectRequests.Completion body) {
    return ImprovementProjectResponse.of(projects.complete(caller, id, body.outcome()));
  }
}
