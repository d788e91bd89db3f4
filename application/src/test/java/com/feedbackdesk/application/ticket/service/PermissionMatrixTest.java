package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.domain.ticket.TicketTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.Role;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.sla.view.SlaClockQuery;
import com.feedbackdesk.application.ticket.port.in.TicketCommandFactory;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.application.ticket.port.out.memory.InMemoryTicketQueue;
import com.feedbackdesk.application.ticket.view.EventExportQuery;
import com.feedbackdesk.application.ticket.view.TicketHistoryEntry;
import com.feedbackdesk.application.ticket.view.TicketQueueQuery;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.sla.SlaTarget;
import com.feedbackdesk.domain.ticket.AcceptTicketCommand;
import com.feedbackdesk.domain.ticket.AddInternalNoteCommand;
import com.feedbackdesk.domain.ticket.AssignTicketCommand;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ClassifyTicketCommand;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.EscalateTicketCommand;
import com.feedbackdesk.domain.ticket.ExtendSlaClockCommand;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.Priority;
import com.feedbackdesk.domain.ticket.RecordCustomerConfirmationCommand;
import com.feedbackdesk.domain.ticket.RecordCustomerReplyCommand;
import com.feedbackdesk.domain.ticket.RecordReturnVisitCommand;
import com.feedbackdesk.domain.ticket.ReopenTicketCommand;
import com.feedbackdesk.domain.ticket.ReplyToCustomerCommand;
import com.feedbackdesk.domain.ticket.RequestInformationCommand;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.ResolveTicketCommand;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaTestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permission matrix of docs/security.md, cell by cell, against the use cases: the table in the
 * document is the specification, so the document, {@link PermissionMatrix} and what the services do
 * cannot drift apart. Then the reach of each role (a customer's own tickets, a handler's
 * department's) and what each caller sees.
 */
class PermissionMatrixTest {

  private static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z");
  private static final Path MATRIX = Path.of("..", "docs", "security.md");

  private static final Caller OWNER = Caller.customer(CUSTOMER.id());
  private static final Caller ANOTHER_CUSTOMER = Caller.customer("C20000");
  private static final Caller HANDLER_HERE =
      Caller.staff(HANDLER, WAREHOUSE_LOGISTICS, Role.HANDLER);
  private static final Caller HANDLER_ELSEWHERE =
      Caller.staff("wang.qiang", TECHNICAL, Role.HANDLER);
  private static final Caller A_SUPERVISOR = Caller.staff("chen.jing", null, Role.SUPERVISOR);
  private static final Caller AN_ANALYST = Caller.staff("zhao.min", null, Role.ANALYST);

  private InMemoryTicketServices services;
  private TicketCommandService commands;
  private TicketQueryService queries;
  private InMemoryTicketQueue queue;

  /** One cell of the matrix as the document states it: "✓", "own", "department" or "–". */
  record Cell(TicketOperation operation, Role role, String says) {
    boolean allowed() {
      return !says.equals("–");
    }
  }

  static Stream<Arguments> cellsOfTheDocument() {
    return cells().stream().map(cell -> Arguments.of(cell.operation(), cell.role(), cell.says()));
  }

  /** The rows of the matrix table in docs/security.md. */
  static List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(MATRIX)) {
        if (!line.matches("\\| `[A-Z_]+` \\|.*")) {
          continue; // not a row of the matrix (the table of what callers see has other rows)
        }
        String[] columns = line.split("\\|");
        TicketOperation operation = TicketOperation.valueOf(columns[1].strip().replace("`", ""));
        for (int r = 0; r < Role.values().length; r++) {
          cells.add(new Cell(operation, Role.values()[r], columns[r + 2].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the permission matrix is read from " + MATRIX, e);
    }
    return cells;
  }

  @Test
  void theDocumentHasARowForEveryOperationAndAColumnForEveryRole() {
    List<Cell> cells = cells();

    assertThat(cells).hasSize(TicketOperation.values().length * Role.values().length);
    assertThat(cells.stream().map(Cell::operation).distinct())
        .containsExactlyInAnyOrder(TicketOperation.values());
    assertThat(cells)
        .allSatisfy(cell -> assertThat(cell.says()).isIn("✓", "own", "department", "–"));
  }

  @ParameterizedTest(name = "{0} by {1}: {2}")
  @MethodSource("cellsOfTheDocument")
  void theMatrixAndTheUseCasesDoWhatTheDocumentSays(
      TicketOperation operation, Role role, String says) {
    Cell cell = new Cell(operation, role, says);
    assertThat(PermissionMatrix.allowed(operation).contains(role)).isEqualTo(cell.allowed());
    // submission and the SLA definitions are not about tickets someone reaches
    boolean ticketScoped =
        !Set.of(
                TicketOperation.SUBMIT,
                TicketOperation.VIEW_SLA_POLICIES,
                TicketOperation.MANAGE_SLA_POLICIES,
                TicketOperation.VIEW_NOTIFICATION_TEMPLATES,
                TicketOperation.MANAGE_WEBHOOKS,
                TicketOperation.EXPORT_EVENTS,
                TicketOperation.VIEW_EVENT_SCHEMAS,
                TicketOperation.VIEW_STATISTICS,
                TicketOperation.VIEW_MONTHLY_REPORT,
                TicketOperation.VIEW_QUALITY_SAMPLE,
                TicketOperation.VIEW_IMPROVEMENT_PROJECTS,
                TicketOperation.MANAGE_IMPROVEMENT_PROJECTS,
                TicketOperation.VIEW_PROJECTIONS,
                TicketOperation.REBUILD_PROJECTIONS,
                TicketOperation.VIEW_SHOP_ORDERS,
                TicketOperation.LOAD_SHOP_ORDERS,
                TicketOperation.VIEW_AFTER_SALES_POLICY,
                TicketOperation.UPLOAD_ATTACHMENT)
            .contains(operation);
    if (cell.allowed() && ticketScoped) {
      assertThat(PermissionMatrix.scopeOf(role))
          .isEqualTo(
              switch (says) {
                case "own" -> PermissionMatrix.Scope.OWN;
                case "department" -> PermissionMatrix.Scope.DEPARTMENT;
                default -> PermissionMatrix.Scope.ALL;
              });
    }
    TicketView ticket = assignedTicket();

    Throwable outcome = catchThrowable(() -> run(operation, callerFor(role), ticket));

    if (cell.allowed()) {
      // the domain may still refuse the command in this state: that is not a refusal of the caller
      boolean refusedTheCaller =
          outcome instanceof OperationNotPermittedException
              || outcome instanceof TicketNotFoundException;
      assertThat(refusedTheCaller).as("%s by %s refused: %s", operation, role, outcome).isFalse();
    } else {
      assertThat(outcome)
          .as("%s by %s", operation, role)
          .isInstanceOf(OperationNotPermittedException.class);
    }
  }

  @Test
  void anotherCustomersTicketDoesNotExistForACustomer() {
    TicketReference ticket = reference(assignedTicket());

    for (TicketOperation operation :
        List.of(
            TicketOperation.VIEW,
            TicketOperation.VIEW_HISTORY,
            TicketOperation.RECORD_CUSTOMER_REPLY,
            TicketOperation.RECORD_CUSTOMER_CONFIRMATION)) {
      assertThatThrownBy(() -> run(operation, ANOTHER_CUSTOMER, assignedTicketAt(ticket)))
          .as(operation.name())
          .isInstanceOf(TicketNotFoundException.class);
    }
    // an inbox is named by its customer in the path: another's is refused, not hidden
    for (TicketOperation operation :
        List.of(TicketOperation.READ_CUSTOMER_INBOX, TicketOperation.MARK_INBOX_READ)) {
      assertThatThrownBy(() -> run(operation, ANOTHER_CUSTOMER, assignedTicketAt(ticket)))
          .as(operation.name())
          .isInstanceOf(OperationNotPermittedException.class)
          .hasMessageContaining("own inbox");
    }
  }

  @Test
  void aHandlerReachesTheTicketsOfTheirDepartmentOnly() {
    TicketView ticket = assignedTicket();
    SlaClockQuery elsewhere =
        new SlaClockQuery(new Department("TECHNICAL"), null, Set.of(), Set.of(), null, null, 10);
    assertThatThrownBy(() -> services.slaQueries.breaches(HANDLER_HERE, elsewhere))
        .isInstanceOf(OperationNotPermittedException.class)
        .hasMessageContaining("own department");

    assertThat(queries.view(HANDLER_HERE, reference(ticket)).summary().number())
        .isEqualTo(ticket.summary().number());
    assertThatThrownBy(() -> queries.view(HANDLER_ELSEWHERE, reference(ticket)))
        .isInstanceOf(OperationNotPermittedException.class)
        .hasMessageContaining("TECHNICAL");
    assertThatThrownBy(
            () ->
                commands.change(
                    HANDLER_HERE,
                    TicketOperation.ACCEPT,
                    reference(ticket),
                    (id, by, now) -> new AcceptTicketCommand(id, "someone.else", "x", by, now)))
        .as("a handler accepts for themselves only")
        .isInstanceOf(OperationNotPermittedException.class);
  }

  @Test
  void aCustomerSubmitsForThemselvesThroughTheirOwnChannelsAndTheirClassificationIsTheirView() {
    TicketSubmission forSomeoneElse =
        submission(new Customer("C20000", null, null, "x@example.com"), Channel.APP, null);
    TicketSubmission byPhone = submission(CUSTOMER, Channel.PHONE, null);

    assertThatThrownBy(() -> commands.submit(OWNER, forSomeoneElse))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(() -> commands.submit(OWNER, byPhone))
        .isInstanceOf(OperationNotPermittedException.class);

    TicketView urgentToThem =
        commands.submit(OWNER, submission(CUSTOMER, Channel.APP, Priority.P1)).ticket();
    assertThat(urgentToThem.summary().classification().priority())
        .as("the keyword rules classify")
        .isEqualTo(Priority.P2);
    assertThat(queries.history(A_SUPERVISOR, reference(urgentToThem)).get(0).data())
        .contains("\"customerView\":{\"type\":null,\"category\":null,\"priority\":\"P1\"}");
    Caller customerWhoAnalyses =
        new Caller("both", Set.of(Role.CUSTOMER, Role.ANALYST), "zhao.min", null, CUSTOMER.id());
    TicketView theirOwn =
        commands
            .submit(customerWhoAnalyses, submission(CUSTOMER, Channel.APP, Priority.P1))
            .ticket();
    assertThat(theirOwn.summary().classification().priority())
        .as("a customer's own submission, whatever other role they hold")
        .isEqualTo(Priority.P2);
    assertThat(queries.history(A_SUPERVISOR, reference(theirOwn)).get(0).actor())
        .isEqualTo(CUSTOMER_ACTOR);
    TicketView urgentToStaff =
        commands.submit(A_SUPERVISOR, submission(CUSTOMER, Channel.PHONE, Priority.P1)).ticket();
    assertThat(urgentToStaff.summary().classification().priority()).isEqualTo(Priority.P1);
  }

  @Test
  void aCustomerSeesNeitherTheInternalWorkNorTheCost() {
    TicketView ticket = assignedTicket();
    TicketReference reference = reference(ticket);
    commands.change(
        HANDLER_HERE,
        TicketOperation.ACCEPT,
        reference,
        (id, by, now) -> new AcceptTicketCommand(id, HANDLER, "已联系物流方", by, now));
    commands.change(
        HANDLER_HERE,
        TicketOperation.ADD_INTERNAL_NOTE,
        reference,
        (id, by, now) -> new AddInternalNoteCommand(id, "carrier to blame", by, now));
    commands.change(
        HANDLER_HERE,
        TicketOperation.RESOLVE,
        reference,
        (id, by, now) ->
            new ResolveTicketCommand(
                id,
                ResolutionType.RESEND,
                "补发",
                Money.of("39.90", "CNY"),
                Money.of("52.00", "CNY"),
                by,
                now));

    TicketView seen = queries.view(OWNER, reference);
    List<TicketHistoryEntry> history = queries.history(OWNER, reference);

    assertThat(seen.summary().assignee()).isNull();
    assertThat(seen.plan()).isNull();
    assertThat(seen.suggestion()).isNull();
    assertThat(seen.resolution().cost()).isNull();
    assertThat(seen.resolution().amount()).isEqualTo(Money.of("39.90", "CNY"));
    assertThat(history)
        .extracting(TicketHistoryEntry::type)
        .containsExactly("TicketSubmitted", "TicketResolved");
    assertThat(history.get(1).data()).doesNotContain("52.00").contains("39.90");
    assertThat(queries.history(A_SUPERVISOR, reference))
        .extracting(TicketHistoryEntry::type)
        .contains("InternalNoteAdded", "TicketAssigned", "TicketAccepted");
  }

  @Test
  void anAnalystSeesCustomersPseudonymized() {
    Customer byPhoneOnly = new Customer(null, "王芳", "+86 138 0013 8000", null);
    TicketView ticket =
        commands.submit(A_SUPERVISOR, submission(byPhoneOnly, Channel.PHONE, null)).ticket();

    TicketView seen = queries.view(AN_ANALYST, reference(ticket));
    String submitted = queries.history(AN_ANALYST, reference(ticket)).get(0).data();

    assertThat(seen.summary().customer().name()).isNull();
    assertThat(seen.summary().customer().phone()).isNull();
    assertThat(seen.summary().customer().id()).startsWith("p-");
    assertThat(submitted).doesNotContain("王芳").doesNotContain("0013").contains("p-");
    assertThat(queries.view(A_SUPERVISOR, reference(ticket)).summary().customer())
        .isEqualTo(byPhoneOnly);
    Caller analystAndHandler =
        Caller.staff("zhao.min", WAREHOUSE_LOGISTICS, Role.ANALYST, Role.HANDLER);
    assertThat(queries.view(analystAndHandler, reference(ticket)).summary().customer().phone())
        .as("a second role does not lift the pseudonyms")
        .isNull();
  }

  @Test
  void aCustomersQueueIsTheirOwnAndAHandlersTheirDepartments() {
    TicketView ticket = assignedTicket();
    queue.save(ticket.summary());

    assertThat(queries.list(OWNER, TicketQueueQuery.everything()).items()).hasSize(1);
    assertThat(queries.list(ANOTHER_CUSTOMER, TicketQueueQuery.everything()).items()).isEmpty();
    assertThatThrownBy(
            () ->
                queries.list(
                    ANOTHER_CUSTOMER, TicketQueueQuery.everything().withCustomerId(CUSTOMER.id())))
        .isInstanceOf(OperationNotPermittedException.class);
    assertThatThrownBy(
            () ->
                queries.list(
                    OWNER,
                    new TicketQueueQuery(null, null, null, null, HANDLER, null, null, null, 0, 20)))
        .as("who handles a ticket is not for customers to find out")
        .isInstanceOf(OperationNotPermittedException.class);
    assertThat(queries.list(HANDLER_ELSEWHERE, TicketQueueQuery.everything()).items()).isEmpty();
    assertThat(queries.list(HANDLER_HERE, TicketQueueQuery.everything()).items()).hasSize(1);
  }

  // ---- the service, a ticket, the callers ----

  @BeforeEach
  void startServices() {
    services = new InMemoryTicketServices(NOW);
    commands = services.commands;
    queries = services.queries;
    queue = services.queue;
  }

  @AfterEach
  void stopServices() {
    services.close();
  }

  /** The customer's damaged parcel, assigned to warehouse & logistics and handler li.na. */
  private TicketView assignedTicket() {
    TicketView submitted = commands.submit(OWNER, submission(CUSTOMER, Channel.APP, null)).ticket();
    return commands.change(
        A_SUPERVISOR,
        TicketOperation.ASSIGN,
        reference(submitted),
        (id, by, now) -> new AssignTicketCommand(id, null, HANDLER, Set.of(), by, now));
  }

  private TicketView assignedTicketAt(TicketReference reference) {
    return queries.view(A_SUPERVISOR, reference);
  }

  private static TicketSubmission submission(
      Customer customer, Channel channel, Priority priority) {
    return new TicketSubmission(
        channel,
        customer,
        "SO-1",
        null,
        "Shanghai",
        null,
        null,
        priority,
        DESCRIPTION,
        OCCURRED_AT,
        null);
  }

  private static TicketReference reference(TicketView ticket) {
    return TicketReference.of(ticket.summary().number().value());
  }

  private static Caller callerFor(Role role) {
    return switch (role) {
      case CUSTOMER -> OWNER;
      case HANDLER -> HANDLER_HERE;
      default -> Caller.staff(role.name().toLowerCase(Locale.ROOT) + ".one", null, role);
    };
  }

  /** Runs the operation as the caller on the ticket, with a command that suits it. */
  private void run(TicketOperation operation, Caller caller, TicketView ticket) {
    TicketReference reference = reference(ticket);
    switch (operation) {
      case SUBMIT -> commands.submit(caller, submission(CUSTOMER, Channel.APP, null));
      case VIEW -> queries.view(caller, reference);
      case VIEW_HISTORY -> queries.history(caller, reference);
      case LIST -> queries.list(caller, TicketQueueQuery.everything());
      case VIEW_SLA_REPORTS ->
          services.slaQueries.breaches(
              caller, new SlaClockQuery(null, null, Set.of(), Set.of(), null, null, 10));
      case VIEW_SLA_POLICIES -> services.slaCatalogue.policies(caller);
      case MANAGE_SLA_POLICIES ->
          services.slaCatalogue.activate(caller, SlaTestData.AFTER_SALES.ref());
      case VIEW_FOLLOW_UPS -> queries.followUps(caller, 0, 10);
      case READ_CUSTOMER_INBOX -> services.inbox.messages(caller, CUSTOMER.id(), false, 0, 10);
      case MARK_INBOX_READ -> services.inbox.markRead(caller, CUSTOMER.id(), "no-such-message");
      case VIEW_NOTIFICATIONS -> services.notifications.forTicket(caller, reference);
      case VIEW_NOTIFICATION_TEMPLATES -> services.notifications.templates(caller);
      case MANAGE_WEBHOOKS -> services.webhooks.list(caller);
      case VIEW_EVENT_SCHEMAS -> services.catalogue.schemas(caller);
      case VIEW_STATISTICS -> services.analysis.satisfaction(caller, null, null);
      case VIEW_MONTHLY_REPORT -> services.analysis.monthlyReport(caller, YearMonth.of(2024, 5));
      case VIEW_QUALITY_SAMPLE -> services.analysis.qualitySample(caller, YearMonth.of(2024, 5));
      case REVIEW_CLASSIFICATION ->
          services.analysis.reviewClassification(
              caller, reference, YearMonth.of(2024, 5), true, null, null);
      case VIEW_IMPROVEMENT_PROJECTS -> services.improvements.list(caller, null, null, false);
      case MANAGE_IMPROVEMENT_PROJECTS ->
          services.improvements.raiseForMonth(caller, YearMonth.of(2024, 4));
      // the rebuilds run in the composition root (bootstrap), where ProjectionRebuilds asks the
      // matrix first; SeededMonthEndToEndTest tries them over HTTP
      case VIEW_PROJECTIONS, REBUILD_PROJECTIONS -> PermissionMatrix.require(caller, operation);
      // the after-sales use cases need the application aggregate; AfterSalesService asks the
      // matrix first and AfterSalesEndToEndTest tries them, and their scopes, over HTTP
      case APPLY_FOR_AFTER_SALES,
          VIEW_AFTER_SALES,
          DECIDE_AFTER_SALES,
          RECORD_RETURN_SHIPMENT,
          HANDLE_AFTER_SALES,
          WITHDRAW_AFTER_SALES,
          VIEW_AFTER_SALES_POLICY ->
          PermissionMatrix.require(caller, operation);
      case VIEW_SHOP_ORDERS -> services.shopOrders.order(caller, "SO-UNKNOWN");
      case LOAD_SHOP_ORDERS ->
          services.shopOrders.load(
              caller,
              com.feedbackdesk.application.aftersales.port.out.ShopOrdersPortContract.ORDER);
      case UPLOAD_ATTACHMENT -> upload(caller);
      case VIEW_ATTACHMENT -> {
        String id = upload(OWNER).id();
        services.attachments.claim(
            OWNER,
            List.of(id),
            com.feedbackdesk.application.attachment.model.AttachmentOwner.ticket(
                ticket.summary().id()));
        services.attachments.describe(caller, id);
      }
      case EXPORT_EVENTS ->
          services.exports.open(caller, new EventExportQuery(null, null, null, null, 1)).close();
      default -> commands.change(caller, operation, reference, commandFor(operation, caller));
    }
  }

  /** A photo (a PNG's first bytes) uploaded by the caller. */
  private com.feedbackdesk.application.attachment.model.StoredAttachment upload(Caller caller) {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    return services.attachments.upload(
        caller,
        new com.feedbackdesk.application.attachment.model.AttachmentUpload(
            "photo.png", "image/png", png.length, new java.io.ByteArrayInputStream(png)));
  }

  private static TicketCommandFactory commandFor(TicketOperation operation, Caller caller) {
    String assignee = caller.has(Role.HANDLER) ? caller.staffId() : HANDLER;
    return switch (operation) {
      case CLASSIFY ->
          (id, by, now) -> new ClassifyTicketCommand(id, null, Category.CQ02, Priority.P1, by, now);
      case ASSIGN -> (id, by, now) -> new AssignTicketCommand(id, null, HANDLER, Set.of(), by, now);
      case ACCEPT -> (id, by, now) -> new AcceptTicketCommand(id, assignee, "plan", by, now);
      case REPLY_TO_CUSTOMER -> (id, by, now) -> new ReplyToCustomerCommand(id, "您好", by, now);
      case ADD_INTERNAL_NOTE -> (id, by, now) -> new AddInternalNoteCommand(id, "note", by, now);
      case REQUEST_INFORMATION ->
          (id, by, now) -> new RequestInformationCommand(id, "请提供照片", by, now);
      case RECORD_CUSTOMER_REPLY ->
          (id, by, now) -> new RecordCustomerReplyCommand(id, "照片已上传", by, now);
      case RESOLVE ->
          (id, by, now) ->
              new ResolveTicketCommand(id, ResolutionType.RESEND, "补发", null, null, by, now);
      case RECORD_CUSTOMER_CONFIRMATION ->
          (id, by, now) ->
              new RecordCustomerConfirmationCommand(
                  id, true, Satisfaction.SATISFIED, null, by, now);
      case REOPEN -> (id, by, now) -> new ReopenTicketCommand(id, "again", by, now);
      case ESCALATE -> (id, by, now) -> new EscalateTicketCommand(id, null, "too slow", by, now);
      case EXTEND_SLA_DEADLINE ->
          (id, by, now) ->
              new ExtendSlaClockCommand(
                  id, SlaClockKind.RESOLUTION, SlaTarget.parse("30d"), "complex case", by, now);
      case RECORD_RETURN_VISIT ->
          (id, by, now) ->
              new RecordReturnVisitCommand(id, true, ContactChannel.PHONE, true, null, by, now);
      default -> throw new IllegalArgumentException(operation + " is not a change");
    };
  }
}
