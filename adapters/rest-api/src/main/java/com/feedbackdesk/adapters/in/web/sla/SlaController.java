package com.feedbackdesk.adapters.in.web.sla;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.sla.port.in.ManageSlaDefinitionsUseCase;
import com.feedbackdesk.application.sla.port.in.QuerySlaUseCase;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA engine over HTTP: the breaches and at-risk lists, the attainment of closed tickets under
 * any policy version, and the policies and calendars (read by staff, changed by admins).
 */
@RestController
@RequestMapping(path = SlaController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "SLA",
    description =
        "Time limits measured on business calendars: breaches, clocks at risk, attainment, and the"
            + " versioned policies and calendars they follow.")
class SlaController {

  static final String BASE = "/api/v1/sla";

  private final QuerySlaUseCase queries;
  private final ManageSlaDefinitionsUseCase definitions;

  SlaController(QuerySlaUseCase queries, ManageSlaDefinitionsUseCase definitions) {
    this.queries = queries;
    this.definitions = definitions;
  }

  @Operation(
      summary = "List SLA breaches",
      description =
          "Clock runs that passed their limit within the range (by the time they were found past"
              + " it), most recent first, with counts per clock, priority and department over all"
              + " that match. A handler sees their own department's only.")
  @GetMapping("/breaches")
  SlaReportResponse breaches(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "Lead department code.", example = "WAREHOUSE_LOGISTICS")
          @RequestParam(name = "department", required = false)
          String department,
      @Parameter(description = "Handler's staff id.", example = "li.na")
          @RequestParam(name = "assignee", required = false)
          String assignee,
      @RequestParam(name = "priority", required = false) Set<Priority> priority,
      @RequestParam(name = "clock", required = false) Set<SlaClockKind> clock,
      @Parameter(
              description = "From this instant on (inclusive).",
              example = "2024-05-01T00:00:00Z")
          @RequestParam(name = "from", required = false)
          Instant from,
      @Parameter(description = "Until this instant (exclusive).", example = "2024-06-01T00:00:00Z")
          @RequestParam(name = "to", required = false)
          Instant to,
      @Parameter(description = "Most runs listed, 1 to " + SlaClockQuery.MAX_LIMIT + ".")
          @RequestParam(name = "limit", defaultValue = "100")
          int limit) {
    return SlaReportResponse.of(
        queries.breaches(caller, query(department, assignee, priority, clock, from, to, limit)));
  }

  @Operation(
      summary = "List clocks at risk",
      description =
          "Clock runs counting now that passed their policy's reminder share (75% of the limit,"
              + " say) and have not passed the limit yet, soonest due first. With from and to:"
              + " the counting runs due within that range instead.")
  @GetMapping("/at-risk")
  SlaReportResponse atRisk(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "Lead department code.", example = "WAREHOUSE_LOGISTICS")
          @RequestParam(name = "department", required = false)
          String department,
      @Parameter(description = "Handler's staff id.", example = "li.na")
          @RequestParam(name = "assignee", required = false)
          String assignee,
      @RequestParam(name = "priority", required = false) Set<Priority> priority,
      @RequestParam(name = "clock", required = false) Set<SlaClockKind> clock,
      @Parameter(description = "Due at or after this instant.", example = "2024-05-20T00:00:00Z")
          @RequestParam(name = "from", required = false)
          Instant from,
      @Parameter(description = "Due before this instant.", example = "2024-05-21T00:00:00Z")
          @RequestParam(name = "to", required = false)
          Instant to,
      @Parameter(description = "Most runs listed, 1 to " + SlaClockQuery.MAX_LIMIT + ".")
          @RequestParam(name = "limit", defaultValue = "100")
          int limit) {
    return SlaReportResponse.of(
        queries.atRisk(caller, query(department, assignee, priority, clock, from, to, limit)));
  }

  @Operation(
      summary = "Attainment of closed tickets under a policy version",
      description =
          "For the tickets closed within the range: how their clocks ended as recorded, and how"
              + " they would have ended had the policy version named governed them from"
              + " registration (extensions they were granted are granted again where that version"
              + " allows them). Computed from the event history; nothing recorded changes.")
  @GetMapping("/attainment")
  SlaAttainmentResponse attainment(
      @Parameter(hidden = true) Caller caller,
      @Parameter(
              description = "The policy version (name@version); the active one when left out.",
              example = "after-sales@2")
          @RequestParam(name = "policy", required = false)
          String policy,
      @Parameter(description = "Lead department code.", example = "WAREHOUSE_LOGISTICS")
          @RequestParam(name = "department", required = false)
          String department,
      @RequestParam(name = "priority", required = false) Set<Priority> priority,
      @RequestParam(name = "clock", required = false) Set<SlaClockKind> clock,
      @Parameter(description = "Closed at or after this instant.", example = "2024-05-01T00:00:00Z")
          @RequestParam(name = "from", required = false)
          Instant from,
      @Parameter(description = "Closed before this instant.", example = "2024-06-01T00:00:00Z")
          @RequestParam(name = "to", required = false)
          Instant to) {
    return SlaAttainmentResponse.of(
        queries.attainment(
            caller,
            policy == null || policy.isBlank() ? null : VersionRef.parse(policy),
            query(department, null, priority, clock, from, to, SlaClockQuery.MAX_LIMIT)));
  }

  @Operation(summary = "List the SLA policies", description = "Every version of every policy.")
  @GetMapping("/policies")
  List<SlaPolicyPayload> policies(@Parameter(hidden = true) Caller caller) {
    return definitions.policies(caller).stream()
        .map(SlaPolicyPayload::of)
        .sorted(
            java.util.Comparator.comparing(SlaPolicyPayload::id)
                .thenComparing(SlaPolicyPayload::version))
        .toList();
  }

  @Operation(
      summary = "The active SLA policy",
      description = "The version new tickets are governed by.")
  @GetMapping("/policies/active")
  SlaPolicyPayload activePolicy(@Parameter(hidden = true) Caller caller) {
    return SlaPolicyPayload.of(definitions.policy(caller, definitions.activePolicy(caller)));
  }

  @Operation(summary = "One SLA policy version")
  @GetMapping("/policies/{id}/versions/{version}")
  SlaPolicyPayload policy(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "after-sales") @PathVariable String id,
      @Parameter(example = "1") @PathVariable int version) {
    return SlaPolicyPayload.of(definitions.policy(caller, new VersionRef(id, version)));
  }

  @Operation(
      summary = "Create a policy version",
      description =
          "Creates the policy's next version (its first, for a new name). It governs nothing until"
              + " it is activated.")
  @PostMapping(path = "/policies/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SlaPolicyPayload> createPolicyVersion(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "after-sales") @PathVariable String id,
      @Valid @RequestBody SlaPolicyPayload body) {
    SlaPolicyPayload created =
        SlaPolicyPayload.of(definitions.createPolicyVersion(caller, id, body::toPolicy));
    return ResponseEntity.created(
            URI.create(BASE + "/policies/" + created.id() + "/versions/" + created.version()))
        .body(created);
  }

  @Operation(
      summary = "Activate a policy version",
      description =
          "New tickets are governed by it from now on, and the open tickets' running clocks move"
              + " to it (they keep what they counted; what was recorded before stays). The move"
              + " is carried out in the background, durably.")
  @PostMapping("/policies/{id}/versions/{version}/activation")
  Map<String, String> activate(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "after-sales") @PathVariable String id,
      @Parameter(example = "2") @PathVariable int version) {
    return Map.of("active", definitions.activate(caller, new VersionRef(id, version)).toString());
  }

  @Operation(summary = "List the business calendars", description = "The current version of each.")
  @GetMapping("/calendars")
  List<BusinessCalendarPayload> calendars(@Parameter(hidden = true) Caller caller) {
    return definitions.calendars(caller).stream().map(BusinessCalendarPayload::of).toList();
  }

  @Operation(summary = "A business calendar", description = "Its current version.")
  @GetMapping("/calendars/{id}")
  BusinessCalendarPayload calendar(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "cn-mainland") @PathVariable String id) {
    return BusinessCalendarPayload.of(definitions.calendar(caller, id));
  }

  @Operation(summary = "One business calendar version")
  @GetMapping("/calendars/{id}/versions/{version}")
  BusinessCalendarPayload calendarVersion(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "cn-mainland") @PathVariable String id,
      @Parameter(example = "1") @PathVariable int version) {
    return BusinessCalendarPayload.of(definitions.calendar(caller, new VersionRef(id, version)));
  }

  @Operation(
      summary = "Change a business calendar",
      description =
          "The body becomes the calendar's next version (its first, for a new name) unless it has"
              + " the same working time as the current one; the open tickets' business clocks"
              + " move to it. A calendar file (docs/sla.md) is a valid body: curl -T file.json.")
  @PutMapping(path = "/calendars/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  BusinessCalendarPayload changeCalendar(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "cn-mainland") @PathVariable String id,
      @Valid @RequestBody BusinessCalendarPayload body) {
    return BusinessCalendarPayload.of(definitions.changeCalendar(caller, id, body::toCalendar));
  }

  private static SlaClockQuery query(
      String department,
      String assignee,
      Set<Priority> priority,
      Set<SlaClockKind> clock,
      Instant from,
      Instant to,
      int limit) {
    return new SlaClockQuery(
        department == null || department.isBlank() ? null : new Department(department),
        assignee == null || assignee.isBlank() ? null : assignee,
        priority,
        clock,
        from,
        to,
        limit);
  }
}
