package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.adapters.in.web.RequestValues;
import com.feedbackdesk.adapters.in.web.sla.SlaClockPayload;
import com.feedbackdesk.adapters.in.web.sla.SlaExtensionRequest;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.sla.port.in.QuerySlaUseCase;
import com.feedbackdesk.application.ticket.port.in.ChangeTicketUseCase;
import com.feedbackdesk.application.ticket.port.in.ListTicketsUseCase;
import com.feedbackdesk.application.ticket.port.in.SubmitTicketUseCase;
import com.feedbackdesk.application.ticket.port.in.SubmittedTicket;
import com.feedbackdesk.application.ticket.port.in.TicketCommandFactory;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.ViewTicketUseCase;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.ticket.AcceptTicketCommand;
import com.feedbackdesk.domain.ticket.AddInternalNoteCommand;
import com.feedbackdesk.domain.ticket.AssignTicketCommand;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ClassifyTicketCommand;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalateTicketCommand;
import com.feedbackdesk.domain.ticket.EscalationLevel;
import com.feedbackdesk.domain.ticket.ExtendSlaClockCommand;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.RecordCustomerConfirmationCommand;
import com.feedbackdesk.domain.ticket.RecordCustomerReplyCommand;
import com.feedbackdesk.domain.ticket.RecordReturnVisitCommand;
import com.feedbackdesk.domain.ticket.ReopenTicketCommand;
import com.feedbackdesk.domain.ticket.ReplyToCustomerCommand;
import com.feedbackdesk.domain.ticket.RequestInformationCommand;
import com.feedbackdesk.domain.ticket.ResolveTicketCommand;
import com.feedbackdesk.domain.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
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

/**
 * The v1 ticket API (the contract in API.md). Each command answers with the ticket as it is after
 * that command; the listing is a read model that follows a moment later.
 */
@RestController
@RequestMapping(path = TicketController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Tickets",
    description = "Feedback, complaints and after-sales cases, from submission to closure.")
class TicketController {

  static final String BASE = "/api/v1/tickets";
  private static final String REF_DESCRIPTION = "The ticket's id (UUID) or number (FW20240520001).";

  private final SubmitTicketUseCase submitTicket;
  private final ChangeTicketUseCase changeTicket;
  private final ViewTicketUseCase viewTicket;
  private final ListTicketsUseCase listTickets;
  private final QuerySlaUseCase slaClocks;

  TicketController(
      SubmitTicketUseCase submitTicket,
      ChangeTicketUseCase changeTicket,
      ViewTicketUseCase viewTicket,
      ListTicketsUseCase listTickets,
      QuerySlaUseCase slaClocks) {
    this.submitTicket = submitTicket;
    this.changeTicket = changeTicket;
    this.viewTicket = viewTicket;
    this.listTickets = listTickets;
    this.slaClocks = slaClocks;
  }

  @Operation(
      summary = "Submit feedback",
      description =
          "Registers the feedback as a new ticket with the next number of the day, on behalf of"
              + " the caller (recorded as its actor). Staff registering feedback (a phone call) may"
              + " classify it at once; type, category and priority left out are filled in by the"
              + " keyword rules. A customer submits for themselves through APP or WEB_FORM: the"
              + " customer id is theirs, and type, category and priority they give are kept as"
              + " their view (customerView), while the keyword rules classify. Rate-limited per"
              + " caller (429 with Retry-After).",
      responses = {
        @ApiResponse(
            responseCode = "201",
            description =
                "Registered. A retry with the same Idempotency-Key answers with the ticket the"
                    + " first attempt created, and the Idempotent-Replayed header.",
            headers = {
              @Header(name = "Location", description = "/api/v1/tickets/{number}"),
              @Header(name = "Idempotent-Replayed", description = "true on a replayed answer")
            }),
        @ApiResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used before for a different submission.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
      })
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TicketResponse> submit(
      @Parameter(hidden = true) Caller caller,
      @Valid @RequestBody SubmitTicketRequest body,
      @Parameter(
              description =
                  "A key of the client's choosing (e.g. a UUID per submission, 1 to 255 printable"
                      + " ASCII characters): retries with the same key never create a second"
                      + " ticket. Keys are the caller's own.")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey) {
    SubmittedTicket submitted =
        submitTicket.submit(
            caller, body.toSubmission(RequestValues.idempotencyKey(idempotencyKey)));
    TicketResponse ticket = response(submitted.ticket());
    ResponseEntity.BodyBuilder response =
        ResponseEntity.created(URI.create(BASE + "/" + ticket.summary().number()));
    if (!submitted.created()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.body(ticket);
  }

  @Operation(
      summary = "Read a ticket",
      description =
          "The ticket as it is now, including changes made a moment ago; with asOf, as it was at"
              + " that instant (time travel, computed from its events; 404 if it did not exist"
              + " yet).")
  @GetMapping("/{ref}")
  TicketResponse get(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Parameter(
              description = "Read the ticket as it was at this instant.",
              example = "2024-05-20T03:00:00Z")
          @RequestParam(name = "asOf", required = false)
          String asOf) {
    Instant then = asOf(asOf);
    if (then == null) {
      return response(viewTicket.view(caller, TicketReference.of(ref)));
    }
    TicketView view = viewTicket.viewAsOf(caller, TicketReference.of(ref), then);
    return TicketResponse.of(
        view,
        slaClocks.readout(view.summary(), view.clocks(), then).stream()
            .map(SlaClockPayload::of)
            .toList());
  }

  private static Instant asOf(String value) {
    return RequestValues.instant("asOf", value);
  }

  @Operation(
      summary = "Read a ticket's history",
      description =
          "Every event of the ticket in order: what happened, when, who did it, and its data.")
  @GetMapping("/{ref}/history")
  List<HistoryEntryResponse> history(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Parameter(
              description = "Only the events up to this instant.",
              example = "2024-05-20T03:00:00Z")
          @RequestParam(name = "asOf", required = false)
          String asOf) {
    Instant then = asOf(asOf);
    return (then == null
            ? viewTicket.history(caller, TicketReference.of(ref))
            : viewTicket.historyAsOf(caller, TicketReference.of(ref), then))
        .stream().map(HistoryEntryResponse::of).toList();
  }

  @Operation(
      summary = "List the work queue",
      description =
          "Tickets matching all given filters, most urgent first: earliest deadline, then"
              + " priority, then oldest. Repeat a filter (status=ASSIGNED&status=IN_PROGRESS) to"
              + " match any of its values. The queue is a read model: a change appears in it a"
              + " moment after the command that made it.")
  @GetMapping
  TicketPageResponse list(
      @Parameter(hidden = true) Caller caller,
      @RequestParam(name = "status", required = false) Set<TicketStatus> status,
      @RequestParam(name = "category", required = false) Set<Category> category,
      @RequestParam(name = "priority", required = false) Set<Priority> priority,
      @Parameter(description = "Lead department code.", example = "TECHNICAL")
          @RequestParam(name = "department", required = false)
          String department,
      @Parameter(description = "Handler's staff id.", example = "li.na")
          @RequestParam(name = "assignee", required = false)
          String assignee,
      @RequestParam(name = "channel", required = false) Set<Channel> channel,
      @Parameter(
              description =
                  "Escalation level: DIRECTOR lists the director's queue (the cases escalated to"
                      + " the director, an unsatisfied customer's among them).",
              example = "DIRECTOR")
          @RequestParam(name = "escalationLevel", required = false)
          Set<EscalationLevel> escalationLevel,
      @Parameter(description = "The shop's customer id.", example = "C10086")
          @RequestParam(name = "customerId", required = false)
          String customerId,
      @Parameter(description = "Page number, from 0.")
          @RequestParam(name = "page", defaultValue = "0")
          int page,
      @Parameter(description = "Items per page, 1 to " + TicketQueueQuery.MAX_PAGE_SIZE + ".")
          @RequestParam(name = "size", defaultValue = "" + TicketQueueQuery.DEFAULT_PAGE_SIZE)
          int size,
      @Parameter(
              description =
                  "The queue as it was at this instant (time travel: computed from the whole"
                      + " history, so a look back, not for polling).",
              example = "2024-05-20T03:00:00Z")
          @RequestParam(name = "asOf", required = false)
          String asOf) {
    TicketQueueQuery query =
        new TicketQueueQuery(
            status,
            category,
            priority,
            department == null || department.isBlank() ? null : new Department(department),
            blankToNull(assignee),
            channel,
            escalationLevel,
            blankToNull(customerId),
            page,
            size);
    Instant then = asOf(asOf);
    return TicketPageResponse.of(
        then == null ? listTickets.list(caller, query) : listTickets.listAsOf(caller, query, then));
  }

  @Operation(
      summary = "Confirm or correct the classification",
      description = "Both the automatic suggestion and the confirmed classification are kept.")
  @PostMapping(path = "/{ref}/classification", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse classify(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody ClassificationRequest body) {
    return change(
        caller,
        TicketOperation.CLASSIFY,
        ref,
        (id, by, now) ->
            new ClassifyTicketCommand(id, body.type(), body.category(), body.priority(), by, now));
  }

  @Operation(
      summary = "Assign the ticket",
      description =
          "To a lead department (by default the route of the ticket's category), optionally a"
              + " handler, and supporting departments. A department the organisation does not"
              + " have is a 400.")
  @PostMapping(path = "/{ref}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse assign(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody AssignmentRequest body) {
    Department department =
        body.department() == null || body.department().isBlank()
            ? null
            : new Department(body.department());
    Set<Department> supporting = new HashSet<>();
    if (body.supportingDepartments() != null) {
      body.supportingDepartments().forEach(code -> supporting.add(new Department(code)));
    }
    return change(
        caller,
        TicketOperation.ASSIGN,
        ref,
        (id, by, now) ->
            new AssignTicketCommand(id, department, body.assignee(), supporting, by, now));
  }

  @Operation(
      summary = "Accept the ticket",
      description =
          "The caller accepts the ticket for the handler named in the body and is recorded as the"
              + " actor. A handler accepts for themselves only; a supervisor or director may accept"
              + " on a handler's behalf.")
  @PostMapping(path = "/{ref}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse accept(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody AcceptanceRequest body) {
    return change(
        caller,
        TicketOperation.ACCEPT,
        ref,
        (id, by, now) -> new AcceptTicketCommand(id, body.assignee(), body.plan(), by, now));
  }

  @Operation(
      summary = "Reply to the customer",
      description = "The caller, its author, is recorded as the actor.")
  @PostMapping(path = "/{ref}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse reply(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody MessageRequest body) {
    return change(
        caller,
        TicketOperation.REPLY_TO_CUSTOMER,
        ref,
        (id, by, now) -> new ReplyToCustomerCommand(id, body.message(), authored(body, by), now));
  }

  @Operation(
      summary = "Add an internal note",
      description = "Seen by staff only. The caller, its author, is recorded as the actor.")
  @PostMapping(path = "/{ref}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse note(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody MessageRequest body) {
    return change(
        caller,
        TicketOperation.ADD_INTERNAL_NOTE,
        ref,
        (id, by, now) -> new AddInternalNoteCommand(id, body.message(), authored(body, by), now));
  }

  @Operation(
      summary = "Ask the customer for information",
      description = "The ticket waits for the customer (AWAITING_CUSTOMER) until they answer.")
  @PostMapping(path = "/{ref}/information-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse requestInformation(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody MessageRequest body) {
    return change(
        caller,
        TicketOperation.REQUEST_INFORMATION,
        ref,
        (id, by, now) ->
            new RequestInformationCommand(id, body.message(), authored(body, by), now));
  }

  @Operation(
      summary = "Record the customer's reply",
      description =
          "A ticket awaiting the customer goes back to IN_PROGRESS. The customer writes it"
              + " themselves, or staff record what the customer said on the phone. Photos and"
              + " videos the caller uploaded come with it by id (attachments).")
  @PostMapping(path = "/{ref}/customer-replies", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse customerReply(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody CustomerReplyRequest body) {
    TicketView changed =
        changeTicket.change(
            caller,
            TicketOperation.RECORD_CUSTOMER_REPLY,
            TicketReference.of(ref),
            body.attachments(),
            (id, by, now, attached) ->
                new RecordCustomerReplyCommand(id, body.message(), attached, by, now));
    return response(changed);
  }

  @Operation(
      summary = "Resolve the ticket",
      description =
          "Records how the case was settled. The customer is sent the result message and asked to"
              + " confirm; a ticket they do not confirm closes by itself after the configured time"
              + " (closesUnconfirmedAt), and they are told before it does.")
  @PostMapping(path = "/{ref}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse resolve(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody ResolutionRequest body) {
    return change(
        caller,
        TicketOperation.RESOLVE,
        ref,
        (id, by, now) ->
            new ResolveTicketCommand(
                id,
                body.resolutionType(),
                body.summary(),
                body.amountMoney(),
                body.costMoney(),
                body.responsibility(),
                body.improvements(),
                by,
                now));
  }

  @Operation(
      summary = "Record the customer's confirmation",
      description =
          "Satisfied or basically satisfied closes the ticket with its handling summary;"
              + " unsatisfied, or not resolved, reopens it and escalates it to the director.")
  @PostMapping(path = "/{ref}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse confirm(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody ConfirmationRequest body) {
    return change(
        caller,
        TicketOperation.RECORD_CUSTOMER_CONFIRMATION,
        ref,
        (id, by, now) ->
            new RecordCustomerConfirmationCommand(
                id, body.resolved(), body.satisfaction(), body.comment(), by, now));
  }

  @Operation(
      summary = "Record the return visit",
      description =
          "The return visit (回访) after a resolution, once per resolution: whether the customer"
              + " was reached, through which channel, and whether they are still satisfied. A"
              + " customer no longer satisfied has the ticket reopened and escalated to the"
              + " director. The follow-up queue (GET /api/v1/follow-ups) lists the visits due.")
  @PostMapping(path = "/{ref}/return-visits", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse recordReturnVisit(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody ReturnVisitRequest body) {
    return change(
        caller,
        TicketOperation.RECORD_RETURN_VISIT,
        ref,
        (id, by, now) ->
            new RecordReturnVisitCommand(
                id, body.reached(), body.channel(), body.stillSatisfied(), body.note(), by, now));
  }

  @Operation(
      summary = "Reopen the ticket",
      description = "Only resolved and closed tickets reopen.")
  @PostMapping(path = "/{ref}/reopening", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse reopen(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody ReopeningRequest body) {
    return change(
        caller,
        TicketOperation.REOPEN,
        ref,
        (id, by, now) -> new ReopenTicketCommand(id, body.reason(), by, now));
  }

  @Operation(
      summary = "Escalate the ticket",
      description = "Only upwards: handler → supervisor → director.")
  @PostMapping(path = "/{ref}/escalations", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse escalate(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody EscalationRequest body) {
    return change(
        caller,
        TicketOperation.ESCALATE,
        ref,
        (id, by, now) ->
            new EscalateTicketCommand(
                id, body.level() == null ? null : body.level().toLevel(), body.reason(), by, now));
  }

  @Operation(
      summary = "Extend a clock's limit",
      description =
          "For a complex case (complaint plan 4.1.4): the caller, a supervisor or director, is"
              + " recorded as approving the longer limit, which must stay within the policy's"
              + " longest (30 business days from the clock's start in the shipped policies).")
  @PostMapping(path = "/{ref}/sla-extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
  TicketResponse extendSlaDeadline(
      @Parameter(hidden = true) Caller caller,
      @Parameter(description = REF_DESCRIPTION) @PathVariable String ref,
      @Valid @RequestBody SlaExtensionRequest body) {
    SlaTarget target = SlaTarget.parse(body.target());
    return change(
        caller,
        TicketOperation.EXTEND_SLA_DEADLINE,
        ref,
        (id, by, now) ->
            new ExtendSlaClockCommand(id, body.clock(), target, body.reason(), by, now));
  }

  private TicketResponse change(
      Caller caller, TicketOperation operation, String ref, TicketCommandFactory command) {
    return response(changeTicket.change(caller, operation, TicketReference.of(ref), command));
  }

  /** The ticket with its clocks as they stand now (none for a customer, who does not see them). */
  private TicketResponse response(TicketView view) {
    return TicketResponse.of(
        view,
        slaClocks.readout(view.summary(), view.clocks()).stream()
            .map(SlaClockPayload::of)
            .toList());
  }

  /**
   * The actor of a message, who is the caller: a body's {@code author} (kept for the v1 contract)
   * may name them again, but nobody else.
   */
  private static Actor authored(MessageRequest body, Actor caller) {
    if (body.author() != null && !body.author().equals(caller.id())) {
      throw new InvalidValueException(
          "author",
          "the author is the caller ("
              + caller.id()
              + ", from the token); leave it out or give your own staff id");
    }
    return caller;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
