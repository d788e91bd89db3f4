package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.application.ticket.service.StoreFailures.changing;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.attachment.model.AttachmentOwner;
import com.feedbackdesk.application.attachment.port.in.AttachmentsUseCase;
import com.feedbackdesk.application.ticket.port.in.AttachedCommandFactory;
import com.feedbackdesk.application.ticket.port.in.ChangeTicketUseCase;
import com.feedbackdesk.application.ticket.port.in.ConcurrentTicketChangeException;
import com.feedbackdesk.application.ticket.port.in.IdempotencyKeyReusedException;
import com.feedbackdesk.application.ticket.port.in.SubmitTicketUseCase;
import com.feedbackdesk.application.ticket.port.in.SubmittedTicket;
import com.feedbackdesk.application.ticket.port.in.TicketCommandFactory;
import com.feedbackdesk.application.ticket.port.in.TicketNotFoundException;
import com.feedbackdesk.application.ticket.port.in.TicketReference;
import com.feedbackdesk.application.ticket.port.in.TicketSubmission;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.view.TicketView;
import com.feedbackdesk.domain.attachment.AttachmentRef;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.AcceptTicketCommand;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.Customer;
import com.feedbackdesk.domain.ticket.SubmitTicketCommand;
import com.feedbackdesk.domain.ticket.TicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Sends commands to tickets and answers with the ticket as it is after the command: the command has
 * been handled and its events stored when {@code sendAndWait} returns, and {@link
 * CurrentTicketReader} folds them in.
 */
public final class TicketCommandService implements SubmitTicketUseCase, ChangeTicketUseCase {

  private final CommandGateway commands;
  private final TicketNumberPort numbers;
  private final CurrentTicketReader tickets;
  private final Clock clock;
  private final ZoneId businessZone;
  private final Pseudonyms pseudonyms;
  private final AttachmentsUseCase attachments;

  /** A service that takes no attachments: a submission or reply naming any is refused. */
  public TicketCommandService(
      CommandGateway commands,
      TicketNumberPort numbers,
      CurrentTicketReader tickets,
      Clock clock,
      ZoneId businessZone,
      Pseudonyms pseudonyms) {
    this(commands, numbers, tickets, clock, businessZone, pseudonyms, null);
  }

  /**
   * @param businessZone the time zone whose calendar day goes into ticket numbers
   * @param attachments claims the uploads submissions and replies name; null: none are taken
   */
  public TicketCommandService(
      CommandGateway commands,
      TicketNumberPort numbers,
      CurrentTicketReader tickets,
      Clock clock,
      ZoneId businessZone,
      Pseudonyms pseudonyms,
      AttachmentsUseCase attachments) {
    this.attachments = attachments;
    this.commands = commands;
    this.numbers = numbers;
    this.tickets = tickets;
    this.clock = clock;
    this.businessZone = businessZone;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public SubmittedTicket submit(Caller caller, TicketSubmission submission) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, TicketOperation.SUBMIT);
    Customer customer = customerOf(caller, scope, submission);
    String key = submission.idempotencyKey();
    TicketId id = key == null ? new TicketId(UUID.randomUUID()) : idForKey(caller, key);
    if (key != null) {
      var earlier = tickets.view(id);
      if (earlier.isPresent()) {
        return replayed(caller, submission, customer, earlier.get());
      }
    }
    AttachmentOwner owner = AttachmentOwner.ticket(id);
    List<AttachmentRef> attached = claim(caller, submission.attachmentIds(), owner);
    Instant now = now();
    TicketNumber number;
    try {
      number = numbers.allocate(LocalDate.ofInstant(now, businessZone), id);
    } catch (RuntimeException e) {
      release(attached, owner);
      throw e;
    }
    try {
      changing(
          id,
          () ->
              commands.sendAndWait(
                  new SubmitTicketCommand(
                      id,
                      number,
                      submission.channel(),
                      customer,
                      submission.orderNumber(),
                      submission.product(),
                      submission.region(),
                      submission.description(),
                      submission.occurredAt(),
                      submission.type(),
                      submission.category(),
                      submission.priority(),
                      attached,
                      caller.actorIn(scope),
                      now)));
    } catch (ConcurrentTicketChangeException e) {
      if (key == null) {
        release(attached, owner);
        throw e;
      }
      // a retry with the same key won the race; answer with what it created
      return replayed(caller, submission, customer, tickets.view(id).orElseThrow(() -> e));
    } catch (RuntimeException e) {
      release(attached, owner);
      throw e;
    }
    return new SubmittedTicket(
        TicketAccess.visibleTo(caller, current(id, TicketReference.of(id.toString())), pseudonyms),
        true);
  }

  /**
   * The customer the ticket is for. A customer submits for themselves, through the app or the web
   * form: the customer id is theirs (filled in when left out), and another id is refused.
   */
  private static Customer customerOf(
      Caller caller, PermissionMatrix.Scope scope, TicketSubmission submission) {
    Customer given = submission.customer();
    if (scope != PermissionMatrix.Scope.OWN) {
      return given; // a member of staff registers feedback for anyone
    }
    if (submission.channel() != Channel.APP && submission.channel() != Channel.WEB_FORM) {
      throw new OperationNotPermittedException(
          TicketOperation.SUBMIT,
          "customers submit through the app or the web form, not as " + submission.channel());
    }
    if (given.id() != null && !given.id().equals(caller.customerId())) {
      throw new OperationNotPermittedException(
          TicketOperation.SUBMIT, "customers submit feedback for themselves only");
    }
    return new Customer(
        caller.customerId(),
        given.name(),
        given.phone(),
        given.email(),
        given.language(),
        given.preferredChannel());
  }

  @Override
  public TicketView change(
      Caller caller,
      TicketOperation operation,
      TicketReference reference,
      TicketCommandFactory command) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, operation);
    TicketId id =
        tickets.resolve(reference).orElseThrow(() -> new TicketNotFoundException(reference));
    if (scope != PermissionMatrix.Scope.ALL) {
      TicketAccess.requireReach(
          caller, operation, scope, current(id, reference).summary(), reference);
    }
    TicketCommand built = command.create(id, caller.actorIn(scope), now());
    requireNamedSelf(caller, scope, built);
    try {
      changing(id, () -> commands.sendAndWait(built));
    } catch (AggregateNotFoundException e) {
      throw new TicketNotFoundException(reference);
    }
    return TicketAccess.visibleTo(caller, current(id, reference), pseudonyms);
  }

  @Override
  public TicketView change(
      Caller caller,
      TicketOperation operation,
      TicketReference reference,
      List<String> attachmentIds,
      AttachedCommandFactory command) {
    if (attachmentIds == null || attachmentIds.isEmpty()) {
      return change(
          caller, operation, reference, (id, by, now) -> command.create(id, by, now, List.of()));
    }
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, operation);
    TicketId id =
        tickets.resolve(reference).orElseThrow(() -> new TicketNotFoundException(reference));
    TicketView before = current(id, reference);
    if (scope != PermissionMatrix.Scope.ALL) {
      TicketAccess.requireReach(caller, operation, scope, before.summary(), reference);
    }
    AttachmentOwner owner = AttachmentOwner.ticket(id);
    List<AttachmentRef> attached = claim(caller, attachmentIds, owner);
    try {
      return change(
          caller,
          operation,
          reference,
          (ticket, by, now) -> command.create(ticket, by, now, attached));
    } catch (RuntimeException e) {
      release(attached, owner);
      throw e;
    }
  }

  private List<AttachmentRef> claim(Caller caller, List<String> ids, AttachmentOwner owner) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    if (attachments == null) {
      throw new InvalidValueException("attachments", "this service takes no attachments");
    }
    return attachments.claim(caller, ids, owner);
  }

  private void release(List<AttachmentRef> attached, AttachmentOwner owner) {
    if (!attached.isEmpty()) {
      attachments.release(attached, owner);
    }
  }

  /**
   * A handler accepts a ticket for themselves only; supervisors and directors may accept it on a
   * handler's behalf. (Whom an assignment may name is not checked: the staff directory only
   * addresses notifications.)
   */
  private static void requireNamedSelf(
      Caller caller, PermissionMatrix.Scope scope, TicketCommand command) {
    if (scope == PermissionMatrix.Scope.DEPARTMENT
        && command instanceof AcceptTicketCommand acceptance
        && !caller.staffId().equals(acceptance.assignee())) {
      throw new OperationNotPermittedException(
          TicketOperation.ACCEPT,
          "a handler accepts tickets for themselves, not for " + acceptance.assignee());
    }
  }

  private TicketView current(TicketId id, TicketReference reference) {
    return tickets.view(id).orElseThrow(() -> new TicketNotFoundException(reference));
  }

  /**
   * The ticket an earlier submission with the same key created, provided this is the same
   * submission again.
   */
  private SubmittedTicket replayed(
      Caller caller, TicketSubmission submission, Customer customer, TicketView earlier) {
    var summary = earlier.summary();
    boolean same =
        summary.channel() == submission.channel()
            && Objects.equals(summary.customer(), customer)
            && earlier.description().equals(submission.description());
    if (!same) {
      throw new IdempotencyKeyReusedException(
          submission.idempotencyKey(), summary.number().value());
    }
    return new SubmittedTicket(TicketAccess.visibleTo(caller, earlier, pseudonyms), false);
  }

  /**
   * The same key from the same caller always names the same ticket, on every instance. Keys are the
   * caller's own: another caller's key names another ticket, so nobody learns of a ticket through
   * someone else's key.
   */
  static TicketId idForKey(Caller caller, String key) {
    return new TicketId(
        UUID.nameUUIDFromBytes(
            ("feedbackdesk:submission:" + caller.subject() + ":" + key)
                .getBytes(StandardCharsets.UTF_8)));
  }

  /** Stored times have millisecond precision; so do all times this service hands out. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
