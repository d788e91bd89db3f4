package com.feedbackdesk.adapters.out.mongo.ticket;

import com.feedbackdesk.adapters.out.mongo.DailySerials;
import com.feedbackdesk.application.ticket.port.out.TicketNumberPort;
import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Ticket numbers from a per-day counter in {@code ticket_number_counters}, each claimed in {@code
 * ticket_numbers} by a document whose id is the number and which names its ticket ({@link
 * DailySerials}).
 */
public final class MongoTicketNumbers implements TicketNumberPort {

  public static final String COUNTERS = "ticket_number_counters";
  public static final String CLAIMS = "ticket_numbers";

  private final DailySerials serials;

  public MongoTicketNumbers(MongoDatabase database) {
    this.serials = new DailySerials(database, COUNTERS, CLAIMS, "ticketId");
  }

  @Override
  public TicketNumber allocate(LocalDate day, TicketId ticket) {
    return serials.allocate(day, serial -> TicketNumber.of(day, serial), ticket.toString());
  }

  @Override
  public Optional<TicketId> find(TicketNumber number) {
    return serials.ownerOf(number.value()).map(TicketId::parse);
  }
}
