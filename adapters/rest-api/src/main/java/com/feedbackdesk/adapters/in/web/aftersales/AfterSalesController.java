package com.feedbackdesk.adapters.in.web.aftersales;

import com.feedbackdesk.adapters.in.web.RequestValues;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.ApplicationPageResponse;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.ApplicationResponse;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.ApplyRequest;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.CompletionRequest;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.DecisionRequest;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.PolicyResponse;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.ShipmentRequest;
import com.feedbackdesk.adapters.in.web.aftersales.ApplicationPayloads.WithdrawalRequest;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.aftersales.port.in.AfterSalesUseCase;
import com.feedbackdesk.application.aftersales.view.ApplicationQuery;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.ticket.Department;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** After-sales applications: made, reviewed against the policy at once, decided, carried out. */
@RestController
@RequestMapping(path = AfterSalesController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "After-sales",
    description =
        "Applications for a return, refund, exchange, repair or resend of an order line, reviewed"
            + " automatically against the versioned after-sales policy (docs/after-sales.md):"
            + " accepted into a task for the right department, rejected with each failed rule"
            + " stated in the customer's language, or referred to a person when the rules cannot"
            + " decide. The policy's time limits decide in the customer's favour when the shop"
            + " does not act. Each application is handled on a ticket of its own.")
class AfterSalesController {

  static final String BASE = "/api/v1/after-sales";

  private static final String REF = "The application's id or its number (SH20261201001).";

  private final AfterSalesUseCase afterSales;

  AfterSalesController(AfterSalesUseCase afterSales) {
    this.afterSales = afterSales;
  }

  @Operation(
      summary = "Apply for after-sales service",
      description =
          "Reads the order line from the shop's order system and reviews the application against"
              + " the policy at once: the answer has the decision, the policy version and every"
              + " rule's outcome. A customer applies for their own orders (another's is 404),"
              + " through the app or the web form.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            description =
                "Made and reviewed. A retry with the same Idempotency-Key answers with the"
                    + " application the first attempt made, and the Idempotent-Replayed header.",
            headers = {
              @Header(name = "Location", description = BASE + "/applications/{number}"),
              @Header(name = "Idempotent-Replayed", description = "true on a replayed answer")
            })
      })
  @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ApplicationResponse> apply(
      @Parameter(hidden = true) Caller caller,
      @Valid @RequestBody ApplyRequest body,
      @Parameter(description = "A key of the client's choosing: retries never make a second one.")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey) {
    AfterSalesUseCase.MadeApplication made =
        afterSales.apply(caller, body.toRequest(), RequestValues.idempotencyKey(idempotencyKey));
    ApplicationResponse application = ApplicationResponse.of(made.application());
    ResponseEntity.BodyBuilder response =
        ResponseEntity.created(URI.create(BASE + "/applications/" + application.number()));
    if (!made.created()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.body(application);
  }

  @Operation(
      summary = "List applications",
      description =
          "Newest first. Customers see their own, handlers their department's (the task list of"
              + " accepted applications: status=ACCEPTED&status=IN_HANDLING).")
  @GetMapping("/applications")
  ApplicationPageResponse list(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = "Any of these statuses.")
          @RequestParam(name = "status", required = false)
          List<ApplicationStatus> statuses,
      @RequestParam(name = "customerId", required = false) String customerId,
      @Parameter(example = "WAREHOUSE_LOGISTICS")
          @RequestParam(name = "department", required = false)
          String department,
      @RequestParam(name = "assignee", required = false) String assignee,
      @RequestParam(name = "limit", defaultValue = "50") int limit,
      @RequestParam(name = "offset", defaultValue = "0") int offset) {
    var page =
        afterSales.list(
            caller,
            new ApplicationQuery(
                statuses == null ? Set.of() : Set.copyOf(statuses),
                customerId,
                department == null || department.isBlank() ? null : new Department(department),
                assignee,
                limit,
                offset));
    return new ApplicationPageResponse(
        page.applications().stream().map(ApplicationResponse::of).toList(), page.total());
  }

  @Operation(summary = "Read an application", description = "As it is now, with every decision.")
  @GetMapping("/applications/{ref}")
  ApplicationResponse get(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF, example = "SH20261201001") @PathVariable String ref) {
    return ApplicationResponse.of(afterSales.application(caller, ref));
  }

  @Operation(
      summary = "Decide a referred application",
      description =
          "For an application the rules referred to a person (UNDER_REVIEW); 409 otherwise. If"
              + " nobody decides by its dueBy, it is accepted by timeout.")
  @PostMapping(path = "/applications/{ref}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  ApplicationResponse decide(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF) @PathVariable String ref,
      @Valid @RequestBody DecisionRequest body) {
    return ApplicationResponse.of(afterSales.decide(caller, ref, body.decision(), body.note()));
  }

  @Operation(
      summary = "Record the goods sent back",
      description =
          "For an accepted return, exchange or repair, by its dueBy; otherwise it closes. A"
              + " return's refund is then due within the policy's refund time.")
  @PostMapping(
      path = "/applications/{ref}/return-shipment",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ApplicationResponse ship(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF) @PathVariable String ref,
      @Valid @RequestBody ShipmentRequest body) {
    return ApplicationResponse.of(
        afterSales.recordShipment(caller, ref, body.carrier(), body.trackingNumber()));
  }

  @Operation(
      summary = "Take an accepted application on",
      description = "The caller becomes its handler, and accepts its ticket.")
  @PostMapping("/applications/{ref}/handling")
  ApplicationResponse handle(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF) @PathVariable String ref) {
    return ApplicationResponse.of(afterSales.startHandling(caller, ref));
  }

  @Operation(
      summary = "Complete an application",
      description =
          "How it was carried out; its ticket is resolved with the outcome. Goods coming back"
              + " must have been sent first (409).")
  @PostMapping(path = "/applications/{ref}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
  ApplicationResponse complete(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF) @PathVariable String ref,
      @Valid @RequestBody CompletionRequest body) {
    return ApplicationResponse.of(
        afterSales.complete(caller, ref, body.outcome(), body.summary(), body.money()));
  }

  @Operation(
      summary = "Withdraw an application",
      description = "While it is under review, accepted or in handling; 409 once it has ended.")
  @PostMapping(path = "/applications/{ref}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  ApplicationResponse withdraw(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF) @PathVariable String ref,
      @Valid @RequestBody WithdrawalRequest body) {
    return ApplicationResponse.of(afterSales.withdraw(caller, ref, body.reason()));
  }

  @Operation(
      summary = "Read the after-sales policy",
      description =
          "The policy the review applies now, its version (which every decision records), the"
              + " remedies each reason allows, how periods count, and where tasks go.")
  @GetMapping("/policy")
  PolicyResponse policy(@Parameter(hidden = true) Caller caller) {
    return PolicyResponse.of(afterSales.terms(caller));
  }
}
