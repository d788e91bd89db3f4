package com.feedbackdesk.application.aftersales.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.aftersales.model.OrderLine;
import com.feedbackdesk.application.aftersales.model.OrderLineClaim;
import com.feedbackdesk.application.aftersales.model.ShopOrder;
import com.feedbackdesk.application.aftersales.port.in.AfterSalesUseCase;
import com.feedbackdesk.application.aftersales.port.in.ApplicationNotFoundException;
import com.feedbackdesk.application.aftersales.port.in.ApplicationRequest;
import com.feedbackdesk.application.aftersales.port.in.ConcurrentApplicationChangeException;
import com.feedbackdesk.application.aftersales.port.in.OrderNotFoundException;
import com.feedbackdesk.application.aftersales.port.out.ApplicationNumberPort;
import com.feedbackdesk.application.aftersales.port.out.ApplicationViewPort;
import com.feedbackdesk.application.aftersales.port.out.OrderLineClaimsPort;
import com.feedbackdesk.application.aftersales.port.out.ShopOrdersPort;
import com.feedbackdesk.application.aftersales.view.ApplicationPage;
import com.feedbackdesk.application.aftersales.view.ApplicationQuery;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.port.in.AttachmentsUseCase;
import com.feedbackdesk.application.shared.StorageUnavailableException;
import com.feedbackdesk.application.ticket.port.in.IdempotencyKeyReusedException;
import com.feedbackdesk.domain.aftersales.AfterSalesCommand;
import com.feedbackdesk.domain.aftersales.AfterSalesEvent;
import com.feedbackdesk.domain.aftersales.AfterSalesPolicy;
import com.feedbackdesk.domain.aftersales.AfterSalesTasks;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.aftersales.ApplyForAfterSalesCommand;
import com.feedbackdesk.domain.aftersales.CompleteAfterSalesCommand;
import com.feedbackdesk.domain.aftersales.OrderLineFacts;
import com.feedbackdesk.domain.aftersales.RecordReturnShipmentCommand;
import com.feedbackdesk.domain.aftersales.ReviewApplicationCommand;
import com.feedbackdesk.domain.aftersales.ReviewDecision;
import com.feedbackdesk.domain.aftersales.StartAfterSalesHandlingCommand;
import com.feedbackdesk.domain.aftersales.WithdrawApplicationCommand;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * After-sales applications over the shop's orders: makes them (the aggregate reviews them at once),
 * answers with the application as it is after each change (read-your-writes from its events), and
 * keeps one open application per order line through the line claims.
 */
public final class AfterSalesService implements AfterSalesUseCase {

  private static final int MAX_PAGE = 200;

  /** The kind of owner an application is to its attachments. */
  public static final String ATTACHMENT_OWNER = "after-sales-application";

  /** How long a claim without an application's events is taken for one being made. */
  private static final java.time.Duration IN_FLIGHT = java.time.Duration.ofMinutes(1);

  private final CommandGateway commands;
  private final EventStore events;
  private final ShopOrdersPort orders;
  private final ApplicationNumberPort numbers;
  private final OrderLineClaimsPort claims;
  private final ApplicationViewPort views;
  private final AfterSalesPolicy policy;
  private final AfterSalesTasks tasks;
  private final AttachmentsUseCase attachments;
  private final Clock clock;
  private final ZoneId businessZone;

  public AfterSalesService(
      CommandGateway commands,
      EventStore events,
      ShopOrdersPort orders,
      ApplicationNumberPort numbers,
      OrderLineClaimsPort claims,
      ApplicationViewPort views,
      AfterSalesPolicy policy,
      AfterSalesTasks tasks,
      AttachmentsUseCase attachments,
      Clock clock,
      ZoneId businessZone) {
    this.commands = commands;
    this.events = events;
    this.orders = orders;
    this.numbers = numbers;
    this.claims = claims;
    this.views = views;
    this.policy = policy;
    this.tasks = tasks;
    this.attachments = attachments;
    this.clock = clock;
    this.businessZone = businessZone;
  }

  @Override
  public MadeApplication apply(Caller caller, ApplicationRequest request, String idempotencyKey) {
    PermissionMatrix.Scope scope =
        PermissionMatrix.require(caller, TicketOperation.APPLY_FOR_AFTER_SALES);
    Channel channel = request.channel() == null ? Channel.APP : request.channel();
    if (scope == PermissionMatrix.Scope.OWN
        && channel != Channel.APP
        && channel != Channel.WEB_FORM) {
      throw new OperationNotPermittedException(
          TicketOperation.APPLY_FOR_AFTER_SALES,
          "customers apply through the app or the web form, not as " + channel);
    }
    ShopOrder order =
        orders
            .find(Values.orderNumber(request.orderNumber()))
            .filter(
                found ->
                    scope != PermissionMatrix.Scope.OWN
                        || found.customerId().equals(caller.customerId()))
            .orElseThrow(() -> new OrderNotFoundException(request.orderNumber()));
    OrderLine line =
        order.lines().stream()
            .filter(l -> l.lineId().equals(request.lineId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "lineId",
                        "order "
                            + order.orderNumber()
                            + " has no line '"
                            + request.lineId()
                            + "'"));
    ApplicationId id =
        idempotencyKey == null
            ? new ApplicationId(UUID.randomUUID())
            : new ApplicationId(
                UUID.nameUUIDFromBytes(
                    ("after-sales|" + caller.subject() + "|" + idempotencyKey)
                        .getBytes(StandardCharsets.UTF_8)));
    Optional<ApplicationView> earlier = current(id);
    if (earlier.isPresent()) {
      return new MadeApplication(
          replayed(earlier.get(), order, line, request, idempotencyKey), false);
    }
    // everything that can refuse the request is checked before the line is claimed
    Customer customer =
        new Customer(order.customerId(), null, null, null, request.language(), null);
    OrderLineFacts facts = facts(order, line);
    Instant now = now();
    AttachmentOwner owner = owner(id);
    List<AttachmentRef> photos = attachments.claim(caller, request.attachments(), owner);
    try {
      // a number is allocated first: one whose application then fails is a gap, as for tickets
      ApplyForAfterSalesCommand command =
          new ApplyForAfterSalesCommand(
              id,
              numbers.allocate(LocalDate.ofInstant(now, businessZone), id),
              channel,
              customer,
              facts,
              request.remedy(),
              request.reason(),
              request.quantity(),
              request.description(),
              photos,
              0,
              null,
              caller.actorIn(scope),
              now);
      LineState held =
          lineOn(order.orderNumber(), line.lineId(), new OrderLineClaim(id, command.number(), now));
      int settled = settledOn(order.orderNumber(), line.lineId(), id, held.endedHolder());
      send(command.onLine(settled, held.open()));
    } catch (ConcurrentApplicationChangeException e) {
      // a retry with the same key made it at the same moment: answer with what it made
      ApplicationView made = current(id).orElseThrow(() -> e);
      return new MadeApplication(replayed(made, order, line, request, idempotencyKey), false);
    } catch (RuntimeException e) {
      if (current(id).isEmpty()) {
        attachments.release(photos, owner);
        claims.release(order.orderNumber(), line.lineId(), id);
      }
      throw e;
    }
    return new MadeApplication(current(id).orElseThrow(), true);
  }

  /** The application an earlier request with the same key made, if this is that request again. */
  private static ApplicationView replayed(
      ApplicationView view,
      ShopOrder order,
      OrderLine line,
      ApplicationRequest request,
      String idempotencyKey) {
    if (!view.line().orderNumber().equals(order.orderNumber())
        || !view.line().lineId().equals(line.lineId())
        || view.remedy() != request.remedy()) {
      throw new IdempotencyKeyReusedException(idempotencyKey, view.number().value());
    }
    return view;
  }

  /**
   * How many of the line's items completed applications have settled: so that what was refunded
   * once is never refunded again. The line's holder (the applicant now) is the only application
   * that can have ended a moment ago, and an ended holder is read from its events; the others ended
   * before it held the line, and the read model has them.
   */
  private int settledOn(
      String orderNumber, String lineId, ApplicationId applicant, ApplicationView endedHolder) {
    int settled =
        endedHolder != null && endedHolder.status() == ApplicationStatus.COMPLETED
            ? endedHolder.quantity()
            : 0;
    int offset = 0;
    while (true) {
      ApplicationPage page =
          views.list(
              new ApplicationQuery(
                  Set.of(ApplicationStatus.COMPLETED),
                  null,
                  null,
                  null,
                  orderNumber,
                  lineId,
                  MAX_PAGE,
                  offset));
      for (ApplicationView view : page.applications()) {
        if (!view.id().equals(applicant)
            && (endedHolder == null || !view.id().equals(endedHolder.id()))) {
          settled += view.quantity();
        }
      }
      offset += page.applications().size();
      if (page.applications().isEmpty() || offset >= page.total()) {
        return settled;
      }
    }
  }

  /**
   * Who holds the line once the applicant has asked for it.
   *
   * @param open the number of another application open on it, or null once it is the applicant's
   * @param endedHolder the application that held it before and has ended, or null
   */
  private record LineState(ApplicationNumber open, ApplicationView endedHolder) {}

  /**
   * Claims the line for the applicant. A claim whose application is still being made (no events
   * yet, claimed within {@link #IN_FLIGHT}) counts as open; one left by an application that never
   * came to be, or that has ended, is taken over.
   */
  private LineState lineOn(String orderNumber, String lineId, OrderLineClaim applicant) {
    for (int attempt = 0; attempt < 3; attempt++) {
      OrderLineClaim claim = claims.claim(orderNumber, lineId, applicant);
      if (claim.holder().equals(applicant.holder())) {
        return new LineState(null, null);
      }
      Optional<ApplicationView> held = current(claim.holder());
      boolean inFlight =
          held.isEmpty() && claim.claimedAt().isAfter(applicant.claimedAt().minus(IN_FLIGHT));
      if (inFlight || (held.isPresent() && !held.get().status().ended())) {
        return new LineState(claim.number(), null);
      }
      if (claims.takeOver(orderNumber, lineId, claim.holder(), applicant)) {
        return new LineState(null, held.orElse(null));
      }
    }
    throw new StorageUnavailableException(
        "the claim on order line " + orderNumber + "/" + lineId + " keeps changing hands", null);
  }

  private static OrderLineFacts facts(ShopOrder order, OrderLine line) {
    return new OrderLineFacts(
        order.orderNumber(),
        line.lineId(),
        line.sku(),
        line.product(),
        line.productCategory(),
        line.quantity(),
        line.unitPrice(),
        line.deliveredAt(),
        line.receivedAt());
  }

  /** What an application's photos and videos are attached to. */
  public static AttachmentOwner owner(ApplicationId id) {
    return new AttachmentOwner(ATTACHMENT_OWNER, id.toString());
  }

  @Override
  public ApplicationView application(Caller caller, String reference) {
    return reached(caller, TicketOperation.VIEW_AFTER_SALES, reference);
  }

  @Override
  public ApplicationPage list(Caller caller, ApplicationQuery query) {
    PermissionMatrix.Scope scope =
        PermissionMatrix.require(caller, TicketOperation.VIEW_AFTER_SALES);
    if (query.limit() < 1 || query.limit() > MAX_PAGE) {
      throw new InvalidValueException("limit", "a page has 1 to " + MAX_PAGE + " applications");
    }
    if (query.offset() < 0) {
      throw new InvalidValueException("offset", "an offset is 0 or more");
    }
    ApplicationQuery scoped =
        switch (scope) {
          case OWN ->
              new ApplicationQuery(
                  query.statuses(),
                  caller.customerId(),
                  query.department(),
                  query.assignee(),
                  query.limit(),
                  query.offset());
          case DEPARTMENT -> {
            if (query.department() != null && !query.department().equals(caller.department())) {
              throw new OperationNotPermittedException(
                  TicketOperation.VIEW_AFTER_SALES,
                  "a handler lists the applications of " + caller.department().code());
            }
            yield new ApplicationQuery(
                query.statuses(),
                query.customerId(),
                caller.department(),
                query.assignee(),
                query.limit(),
                query.offset());
          }
          case ALL -> query;
        };
    return views.list(scoped);
  }

  @Override
  public ApplicationView decide(
      Caller caller, String reference, ReviewDecision decision, String note) {
    return change(
        caller,
        TicketOperation.DECIDE_AFTER_SALES,
        reference,
        (id, scope) ->
            new ReviewApplicationCommand(id, decision, note, caller.actorIn(scope), now()));
  }

  @Override
  public ApplicationView recordShipment(
      Caller caller, String reference, String carrier, String trackingNumber) {
    return change(
        caller,
        TicketOperation.RECORD_RETURN_SHIPMENT,
        reference,
        (id, scope) ->
            new RecordReturnShipmentCommand(
                id, carrier, trackingNumber, caller.actorIn(scope), now()));
  }

  @Override
  public ApplicationView startHandling(Caller caller, String reference) {
    return change(
        caller,
        TicketOperation.HANDLE_AFTER_SALES,
        reference,
        (id, scope) ->
            new StartAfterSalesHandlingCommand(id, caller.staffId(), caller.actorIn(scope), now()));
  }

  @Override
  public ApplicationView complete(
      Caller caller, String reference, ResolutionType outcome, String summary, Money amount) {
    return change(
        caller,
        TicketOperation.HANDLE_AFTER_SALES,
        reference,
        (id, scope) ->
            new CompleteAfterSalesCommand(
                id, outcome, summary, amount, caller.actorIn(scope), now()));
  }

  @Override
  public ApplicationView withdraw(Caller caller, String reference, String reason) {
    return change(
        caller,
        TicketOperation.WITHDRAW_AFTER_SALES,
        reference,
        (id, scope) -> new WithdrawApplicationCommand(id, reason, caller.actorIn(scope), now()));
  }

  @Override
  public Terms terms(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_AFTER_SALES_POLICY);
    return new Terms(policy, tasks);
  }

  /** A command to one application the caller reaches. */
  private interface CommandFor {
    AfterSalesCommand create(ApplicationId id, PermissionMatrix.Scope scope);
  }

  private ApplicationView change(
      Caller caller, TicketOperation operation, String reference, CommandFor command) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, operation);
    ApplicationView view = reached(caller, operation, reference);
    send(command.create(view.id(), scope));
    return current(view.id()).orElseThrow();
  }

  /** The application, if the caller reaches it with the operation. */
  private ApplicationView reached(Caller caller, TicketOperation operation, String reference) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, operation);
    ApplicationView view =
        resolve(reference)
            .flatMap(this::current)
            .orElseThrow(() -> new ApplicationNotFoundException(reference));
    switch (scope) {
      case ALL -> {}
      case OWN -> {
        if (!Objects.equals(view.customerId(), caller.customerId())) {
          throw new ApplicationNotFoundException(reference);
        }
      }
      case DEPARTMENT -> {
        boolean ours =
            caller.department().equals(view.department())
                || caller.staffId().equals(view.assignee())
                || caller.staffId().equals(view.handler());
        if (!ours) {
          throw new OperationNotPermittedException(
              operation,
              "application "
                  + view.number()
                  + " is not with "
                  + caller.department().code()
                  + " or "
                  + caller.staffId());
        }
      }
    }
    return view;
  }

  private Optional<ApplicationId> resolve(String reference) {
    if (reference == null) {
      return Optional.empty();
    }
    if (TicketId.looksLikeId(reference)) {
      return Optional.of(ApplicationId.parse(reference));
    }
    if (ApplicationNumber.looksLikeNumber(reference)) {
      return numbers.find(new ApplicationNumber(reference));
    }
    return Optional.empty();
  }

  /** The application with every event it has, or empty when it has none. */
  public Optional<ApplicationView> current(ApplicationId id) {
    ApplicationView stored = views.find(id).orElse(null);
    try {
      ApplicationView view = stored;
      DomainEventStream tail =
          events.readEvents(id.toString(), view == null ? 0 : view.version() + 1);
      while (tail.hasNext()) {
        DomainEventMessage<?> message = tail.next();
        if (!(message.getPayload() instanceof AfterSalesEvent event)) {
          return Optional.empty(); // another aggregate's id (a ticket's): no such application
        }
        view = ApplicationFold.apply(view, event, message.getSequenceNumber());
      }
      return Optional.ofNullable(view);
    } catch (EventStoreException e) {
      throw new StorageUnavailableException("the event store could not be reached", e);
    }
  }

  private void send(AfterSalesCommand command) {
    try {
      commands.sendAndWait(command);
    } catch (AggregateNotFoundException e) {
      throw new ApplicationNotFoundException(command.applicationId().toString());
    } catch (org.axonframework.modelling.command.ConcurrencyException
        | org.axonframework.modelling.command.AggregateStreamCreationException e) {
      throw new ConcurrentApplicationChangeException(command.applicationId().toString(), e);
    } catch (EventStoreException e) {
      throw new StorageUnavailableException("the event store could not be reached", e);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Small checks of what the request names. */
  private static final class Values {
    static String orderNumber(String orderNumber) {
      if (orderNumber == null || orderNumber.isBlank() || orderNumber.length() > 64) {
        throw new InvalidValueException("orderNumber", "an order number is 1 to 64 characters");
      }
      return orderNumber;
    }
  }
}
