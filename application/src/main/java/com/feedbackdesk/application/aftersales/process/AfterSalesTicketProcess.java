package com.feedbackdesk.application.aftersales.process;

import com.feedbackdesk.application.aftersales.port.out.OrderLineClaimsPort;
import com.feedbackdesk.application.aftersales.service.AfterSalesService;
import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.application.ticket.service.CurrentTicketReader;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.aftersales.AfterSalesApplied;
import com.feedbackdesk.domain.aftersales.AfterSalesCompleted;
import com.feedbackdesk.domain.aftersales.AfterSalesEvent;
import com.feedbackdesk.domain.aftersales.AfterSalesEventVisitor;
import com.feedbackdesk.domain.aftersales.AfterSalesHandlingStarted;
import com.feedbackdesk.domain.aftersales.AfterSalesLapsed;
import com.feedbackdesk.domain.aftersales.AfterSalesReviewed;
import com.feedbackdesk.domain.aftersales.AfterSalesWithdrawn;
import com.feedbackdesk.domain.aftersales.ApplicationReason;
import com.feedbackdesk.domain.aftersales.DecidedBy;
import com.feedbackdesk.domain.aftersales.ReturnShipped;
import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.ticket.AcceptTicketCommand;
import com.feedbackdesk.domain.ticket.AddInternalNoteCommand;
import com.feedbackdesk.domain.ticket.AssignTicketCommand;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.Department;
import com.feedbackdesk.domain.ticket.Money;
import com.feedbackdesk.domain.ticket.ReplyToCustomerCommand;
import com.feedbackdesk.domain.ticket.ResolutionType;
import com.feedbackdesk.domain.ticket.ResolveTicketCommand;
import com.feedbackdesk.domain.ticket.SubmitTicketCommand;
import com.feedbackdesk.domain.ticket.Ticket;
import com.feedbackdesk.domain.ticket.TicketCommand;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketRuleViolationException;
import com.feedbackdesk.domain.ticket.TicketStatus;
import com.feedbackdesk.domain.ticket.TicketType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process manager between an application and its ticket: registers the ticket when the
 * application is made, and carries each of the application's steps onto it (assignment to the
 * task's department, the review's rules as an internal note, the decision told to the customer, the
 * resolution when the application ends), and releases the order line when it ends.
 *
 * <p>It is a tracking processor, so it runs each event at least once. Each command it sends names
 * its step ({@link Ticket#PROCESS_STEP}: the event's sequence number and the command's place in the
 * step), and the ticket does nothing for a step it has taken, so a step run again after a crash
 * changes nothing twice. It never replays: a reset would send the customer every message again.
 */
@ProcessingGroup(AfterSalesTicketProcess.NAME)
public class AfterSalesTicketProcess {

  public static final String NAME = "after-sales-process";

  /** The actor recorded on what the process does to tickets. */
  public static final Actor PROCESS = Actor.system("after-sales-process");

  /** Commands of one step; the step's place leaves room for them. */
  private static final int COMMANDS_PER_STEP = 16;

  private static final Logger log = LoggerFactory.getLogger(AfterSalesTicketProcess.class);

  private final CommandGateway commands;
  private final CurrentTicketReader tickets;
  private final TicketNumberPort ticketNumbers;
  private final OrderLineClaimsPort claims;
  private final AfterSalesService applications;
  private final ZoneId businessZone;
  private final AfterSalesMessages messages;

  public AfterSalesTicketProcess(
      CommandGateway commands,
      CurrentTicketReader tickets,
      TicketNumberPort ticketNumbers,
      OrderLineClaimsPort claims,
      AfterSalesService applications,
      ZoneId businessZone) {
    this.commands = commands;
    this.tickets = tickets;
    this.ticketNumbers = ticketNumbers;
    this.claims = claims;
    this.applications = applications;
    this.businessZone = businessZone;
    this.messages = new AfterSalesMessages(businessZone);
  }

  @EventHandler
  @DisallowReplay
  void on(AfterSalesEvent event, @SequenceNumber long sequence) {
    ApplicationView application =
        applications
            .current(event.applicationId())
            .orElseThrow(() -> new IllegalStateException("no events of " + event.applicationId()));
    event.accept(new Steps(application, sequence));
  }

  /** The category a ticket of the reason is registered under. */
  static Category categoryFor(ApplicationReason reason) {
    return switch (reason) {
      case QUALITY, NOT_AS_DESCRIBED -> Category.CQ01;
      case DAMAGED_IN_TRANSIT, NOT_RECEIVED, MISSING_PARTS, WRONG_ITEM -> Category.CQ02;
      case NO_REASON -> Category.CQ03;
    };
  }

  /** One event's step: the commands it sends the ticket, numbered from the event's sequence. */
  private final class Steps implements AfterSalesEventVisitor<Void> {

    private final ApplicationView app;
    private final TicketId ticket;
    private final long sequence;
    private int next;

    Steps(ApplicationView app, long sequence) {
      this.app = app;
      this.ticket = app.ticketId();
      this.sequence = sequence;
    }

    @Override
    public Void on(AfterSalesApplied event) {
      if (tickets.view(ticket).isPresent()) {
        return null;
      }
      try {
        commands.sendAndWait(
            new SubmitTicketCommand(
                ticket,
                ticketNumbers.allocate(LocalDate.ofInstant(event.at(), businessZone), ticket),
                event.channel(),
                event.customer(),
                event.line().orderNumber(),
                event.line().product(),
                null,
                AfterSalesMessages.within(
                    messages.ticketDescription(app) + app.description(),
                    com.feedbackdesk.domain.ticket.TextLimits.DESCRIPTION),
                null,
                TicketType.AFTER_SALES,
                categoryFor(event.reason()),
                null,
                PROCESS,
                event.at()));
      } catch (AggregateStreamCreationException e) {
        // another run of this step registered it first
      }
      return null;
    }

    @Override
    public Void on(AfterSalesReviewed event) {
      switch (event.decision()) {
        case ACCEPTED -> {
          assign(event.department(), event.assignee(), event.at());
          note(
              event.decidedBy() == DecidedBy.RULES
                  ? messages.reviewNote(app, event.policyVersion(), event.rules())
                  : messages.decisionNote(
                      app, "通过", event.decidedBy() + " " + event.actor(), event.note()),
              event.at());
          reply(messages.accepted(app, event.decidedBy(), event.dueBy(), refund()), event.at());
        }
        case REFERRED -> {
          assign(event.department(), null, event.at());
          note(messages.reviewNote(app, event.policyVersion(), event.rules()), event.at());
          reply(messages.referred(app, event.dueBy()), event.at());
        }
        case REJECTED -> {
          note(
              event.decidedBy() == DecidedBy.RULES
                  ? messages.reviewNote(app, event.policyVersion(), event.rules())
                  : messages.decisionNote(app, "不通过", event.actor().toString(), event.note()),
              event.at());
          var failed =
              event.rules().stream()
                  .filter(r -> r.verdict() == com.feedbackdesk.domain.aftersales.RuleVerdict.FAILED)
                  .toList();
          reply(messages.rejected(app, failed, event.note()), event.at());
          resolve(ResolutionType.EXPLANATION, "售后申请 " + app.number() + " 未通过审核", null, event.at());
          release();
        }
      }
      return null;
    }

    @Override
    public Void on(ReturnShipped event) {
      note(messages.shippedNote(app, event.carrier(), event.trackingNumber()), event.at());
      return null;
    }

    @Override
    public Void on(AfterSalesHandlingStarted event) {
      accept(event.handler(), event.at());
      return null;
    }

    @Override
    public Void on(AfterSalesCompleted event) {
      resolve(
          event.outcome(),
          AfterSalesMessages.within(
              "售后申请 "
                  + app.number()
                  + " 已完成（"
                  + (event.decidedBy() == DecidedBy.TIMEOUT ? "超时自动" : "人工")
                  + "）："
                  + event.summary(),
              com.feedbackdesk.domain.ticket.TextLimits.SUMMARY),
          event.amount(),
          event.at());
      release();
      return null;
    }

    @Override
    public Void on(AfterSalesWithdrawn event) {
      resolve(
          ResolutionType.OTHER,
          "售后申请 " + app.number() + " 已由客户撤回" + (event.reason() == null ? "" : "：" + event.reason()),
          null,
          event.at());
      release();
      return null;
    }

    @Override
    public Void on(AfterSalesLapsed event) {
      reply(messages.lapsed(app, event.shipBy()), event.at());
      resolve(
          ResolutionType.OTHER, "售后申请 " + app.number() + " 已关闭：客户未在时限内寄回商品（超时）", null, event.at());
      release();
      return null;
    }

    private Money refund() {
      return app.line().priceOf(app.quantity());
    }

    private TicketSummary summary() {
      return tickets
          .view(ticket)
          .orElseThrow(() -> new IllegalStateException("ticket " + ticket + " is not registered"))
          .summary();
    }

    private void assign(Department department, String assignee, Instant at) {
      TicketSummary now = summary();
      // a reviewer who took the ticket on hands it to the task's department with the decision
      boolean open = now.status() != TicketStatus.RESOLVED && now.status() != TicketStatus.CLOSED;
      boolean there =
          department == null
              || (department.equals(now.department())
                  && (assignee == null || assignee.equals(now.assignee())));
      if (open && !there) {
        send(new AssignTicketCommand(ticket, department, assignee, null, PROCESS, at));
      } else {
        next++; // the step keeps its number whether or not it sends
      }
    }

    private void accept(String handler, Instant at) {
      TicketSummary now = summary();
      if (now.status() == TicketStatus.SUBMITTED
          || (now.status() == TicketStatus.ASSIGNED
              && now.assignee() != null
              && !now.assignee().equals(handler))) {
        send(new AssignTicketCommand(ticket, now.department(), handler, null, PROCESS, at));
      } else {
        next++;
      }
      if (summary().status() == TicketStatus.ASSIGNED) {
        send(
            new AcceptTicketCommand(ticket, handler, "售后申请 " + app.number() + " 处理中", PROCESS, at));
      } else {
        next++;
      }
    }

    private void note(String text, Instant at) {
      send(new AddInternalNoteCommand(ticket, text, PROCESS, at));
    }

    private void reply(String text, Instant at) {
      send(new ReplyToCustomerCommand(ticket, text, PROCESS, at));
    }

    /** Brings the ticket to resolved: accepted first (by the process when nobody took it on). */
    private void resolve(ResolutionType type, String summary, Money amount, Instant at) {
      TicketSummary now = summary();
      if (now.status() == TicketStatus.RESOLVED || now.status() == TicketStatus.CLOSED) {
        next += 3;
        return;
      }
      String handler = now.assignee() != null ? now.assignee() : PROCESS.id();
      accept(handler, at);
      send(new ResolveTicketCommand(ticket, type, summary, amount, null, PROCESS, at));
    }

    private void release() {
      claims.release(app.line().orderNumber(), app.line().lineId(), app.id());
    }

    private void send(TicketCommand command) {
      long step = sequence * COMMANDS_PER_STEP + ++next;
      try {
        commands.sendAndWait(
            GenericCommandMessage.asCommandMessage(command)
                .withMetaData(Map.of(Ticket.PROCESS_STEP, step)));
      } catch (TicketRuleViolationException e) {
        // the ticket moved on by hand (a person resolved it, say): the step has nothing to do
        log.warn(
            "after-sales application {}: step {} not carried onto ticket {}: {}",
            app.number(),
            step,
            ticket,
            e.getMessage());
      }
    }
  }
}
