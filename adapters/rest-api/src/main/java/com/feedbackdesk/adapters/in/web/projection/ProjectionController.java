package com.feedbackdesk.adapters.in.web.projection;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.projection.ProjectionState;
import com.feedbackdesk.application.projection.RebuildProgress;
import com.feedbackdesk.application.projection.RebuildProjectionsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The projections' positions, and rebuilding one from the history. */
@RestController
@RequestMapping(path = "/api/v1/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Projections",
    description =
        "How far each read model's projection has come, and rebuilding one from the event"
            + " history into a new generation while the live one answers (docs/architecture.md, ADR 0019).")
class ProjectionController {

  private final RebuildProjectionsUseCase projections;

  ProjectionController(RebuildProjectionsUseCase projections) {
    this.projections = projections;
  }

  @Schema(description = "Where a projection stands.")
  record ProjectionResponse(
      @Schema(example = "ticket-analysis") String name,
      @Schema(
              description = "The global position it has handled every event up to.",
              example = "1041")
          long position,
      @Schema(description = "The newest event's global position.", example = "1042") long head,
      @Schema(description = "head minus position.", example = "1") long behind,
      @Schema(description = "Whether its processor runs on this instance.") boolean running,
      @Schema(description = "The collection of its active generation.", example = "ticket_facts")
          String collection,
      @Schema(description = "The latest rebuild this instance ran, or null.")
          RebuildResponse rebuild) {

    static ProjectionResponse of(ProjectionState state) {
      return new ProjectionResponse(
          state.name(),
          state.position(),
          state.head(),
          state.behind(),
          state.running(),
          state.collection(),
          state.rebuild() == null ? null : RebuildResponse.of(state.rebuild()));
    }
  }

  @Schema(
      description =
          "A rebuild: RUNNING folds the history into a new generation while the live one answers;"
              + " TAKING_OVER has stopped the live processor to fold the last events; COMPLETED"
              + " has the new generation answering; FAILED left the live one as it was.")
  record RebuildResponse(
      @Schema(example = "9b2f0c3e-1d4a-4e5b-8c6d-7f8e9a0b1c2d") String id,
      @Schema(example = "ticket-analysis") String projection,
      @Schema(allowableValues = {"RUNNING", "TAKING_OVER", "COMPLETED", "FAILED"}) String state,
      @Schema(description = "Events folded so far.", example = "412000") long eventsDone,
      @Schema(description = "The store's head when it started.", example = "1000000")
          long headAtStart,
      @Schema(description = "The last event folded.", example = "411999") long position,
      @Schema(description = "The share of the history at start folded.", example = "0.412")
          double done,
      @Schema(example = "8400.5") double eventsPerSecond,
      @Schema(description = "Seconds left at this rate, or null.", example = "70") Long secondsLeft,
      @Schema(description = "The collection being filled.", example = "ticket_facts__1764614400000")
          String generation,
      Instant startedAt,
      Instant finishedAt,
      @Schema(description = "Why it failed, or null.") String failure) {

    static RebuildResponse of(RebuildProgress p) {
      return new RebuildResponse(
          p.id(),
          p.projection(),
          p.state().name(),
          p.eventsDone(),
          p.headAtStart(),
          p.position(),
          p.done(),
          p.eventsPerSecond(),
          p.estimatedLeft() == null ? null : p.estimatedLeft().toSeconds(),
          p.generation(),
          p.startedAt(),
          p.finishedAt(),
          p.failure());
    }
  }

  @Operation(
      summary = "List the projections",
      description =
          "Each rebuildable projection's position, the store's head, and its latest rebuild.")
  @GetMapping
  List<ProjectionResponse> list(@Parameter(hidden = true) Caller caller) {
    return projections.projections(caller).stream().map(ProjectionResponse::of).toList();
  }

  @Operation(
      summary = "Rebuild a projection",
      description =
          "Folds the whole event history into a new generation of the read model in the"
              + " background while the live one keeps answering; once it has caught up it takes"
              + " over. 202 with the rebuild's progress, to poll at the Location. One at a time per"
              + " projection (409). Run it on the instance whose processor holds the projection"
              + " (with one instance, always); `java -jar feedbackdesk.jar rebuild <name>` does"
              + " this and prints the progress.")
  @PostMapping("/{name}/rebuilds")
  ResponseEntity<RebuildResponse> rebuild(
      @Parameter(hidden = true) Caller caller,
      @Parameter(example = "ticket-analysis") @PathVariable String name) {
    RebuildProgress started = projections.rebuild(caller, name);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/projections/rebuilds/" + started.id()))
        .body(RebuildResponse.of(started));
  }

  @Operation(summary = "A rebuild's progress", description = "Events done, events/s, time left.")
  @GetMapping("/rebuilds/{id}")
  RebuildResponse progress(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
    return RebuildResponse.of(projections.progress(caller, id));
  }
}
