package com.feedbackdesk.application.ticket.service;

import static com.feedbackdesk.application.ticket.service.StoreFailures.changing;

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
import com.feedbackdesk.domain.ticket.SubmitTicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

  /**
   * @param businessZone the time zone whose calendar day goes into ticket numbers
   */
  public TicketCommandService(
      CommandGateway commands,
      TicketNumberPort numbers,
      CurrentTicketReader tickets,
      Clock clock,
      ZoneId businessZone) {
    this.commands = commands;
    this.numbers = numbers;
    this.tickets = tickets;
    this.clock = clock;
    this.businessZone = businessZone;
  }

  @Override
  public SubmittedTicket submit(TicketSubmission submission) {
    String key = submission.idempotencyKey();
    TicketId id = key == null ? new TicketId(UUID.randomUUID()) : idForKey(key);
    if (key != null) {
      var earlier = tickets.view(id);
      if (earlier.isPresent()) {
        return replayed(submission, earlier.get());
      }
    }
    Instant now = now();
    TicketNumber number = numbers.allocate(LocalDate.ofInstant(now, businessZone), id);
    try {
      changing(
          id,
          () ->
              commands.sendAndWait(
                  new SubmitTicketCommand(
                      id,
                      number,
                      submission.channel(),
                      submission.customer(),
                      submission.orderNumber(),
                      submission.region(),
                      submission.description(),
                      submission.occurredAt(),
                      submission.type(),
                      submission.category(),
                      submission.priority(),
                      submission.actor(),
                      now)));
    } catch (ConcurrentTicketChangeException e) {
      if (key == null) {
        throw e;
      }
      // a retry with the same key won the race; answer with what it created
      return replayed(submission, tickets.view(id).orElseThrow(() -> e));
    }
    return new SubmittedTicket(current(id, TicketReference.of(id.toString())), true);
  }

  @Override
  public TicketView change(TicketReference reference, TicketCommandFactory command) {
    TicketId id =
        tickets.resolve(reference).orElseThrow(() -> new TicketNotFoundException(reference));
    try {
      changing(id, () -> commands.sendAndWait(command.create(id, now())));
    } catch (AggregateNotFoundException e) {
      throw new TicketNotFoundException(reference);
    }
    return current(id, reference);
  }

  private TicketView current(TicketId id, TicketReference reference) {
    return tickets.view(id).orElseThrow(() -> new TicketNotFoundException(reference));
  }

  /**
   * The ticket an earlier submission with the same key created, provided this is the same
   * submission again.
   */
  private static SubmittedTicket replayed(TicketSubmission submission, TicketView earlier) {
    var summary = earlier.summary();
    boolean same =
        summary.channel() == submission.channel()
            && Objects.equals(summary.customer(), submission.customer())
            && earlier.description().equals(submission.description());
    if (!same) {
      throw new IdempotencyKeyReusedException(
          submission.idempotencyKey(), summary.number().value());
    }
    return new SubmittedTicket(earlier, false);
  }

  /** The same key always names the same ticket, on every instance. */
  static TicketId idForKey(String key) {
    return new TicketId(
        UUID.nameUUIDFromBytes(
            ("feedbackdesk:submission:" + key).getBytes(StandardCharsets.UTF_8)));
  }

  /** Stored times have millisecond precision; so do all times this service hands out. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
