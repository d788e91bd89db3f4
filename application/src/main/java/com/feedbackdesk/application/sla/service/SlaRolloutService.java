package com.feedbackdesk.application.sla.service;

import com.feedbackdesk.application.sla.port.out.SlaTicketPort;
import com.feedbackdesk.domain.ticket.ApplySlaRulesCommand;
import com.feedbackdesk.domain.ticket.SlaClocks;
import com.feedbackdesk.domain.ticket.TicketId;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Moves every open ticket to the active policy and the current calendars: one command per ticket,
 * each a no-op for a ticket measured by them already, so running it twice (a retry after a crash)
 * does no harm. Run by the rollout port's durable job.
 */
public final class SlaRolloutService {

  private static final Logger LOG = Logger.getLogger(SlaRolloutService.class.getName());

  private final SlaTicketPort tickets;
  private final CommandGateway commands;
  private final Clock clock;

  public SlaRolloutService(SlaTicketPort tickets, CommandGateway commands, Clock clock) {
    this.tickets = tickets;
    this.commands = commands;
    this.clock = clock;
  }

  /**
   * Applies the rules to every ticket the read model knows as open.
   *
   * @return how many tickets were sent the command
   */
  public int run() {
    List<TicketId> open = tickets.openTickets();
    int failed = 0;
    for (TicketId ticket : open) {
      try {
        commands.sendAndWait(new ApplySlaRulesCommand(ticket, SlaClocks.ENGINE, clock.instant()));
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "could not move ticket " + ticket + " to the current SLA rules", e);
      }
    }
    if (failed > 0) {
      // the job fails, and is retried: tickets already moved are left as they are
      throw new IllegalStateException(
          failed + " of " + open.size() + " open tickets could not be moved to the SLA rules");
    }
    return open.size();
  }
}
