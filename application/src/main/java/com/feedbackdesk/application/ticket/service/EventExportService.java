package com.feedbackdesk.application.ticket.service;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.OperationNotPermittedException;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.Pseudonyms;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.seed.SeedService;
import com.feedbackdesk.application.ticket.port.in.ExportEventsUseCase;
import com.feedbackdesk.application.ticket.port.out.EventPositionPort;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.view.EventExport;
import com.feedbackdesk.application.ticket.view.EventExportQuery;
import com.feedbackdesk.application.ticket.view.ExportedEvent;
import com.feedbackdesk.domain.DomainEventTypes;
import com.feedbackdesk.domain.aftersales.AfterSalesEvent;
import com.feedbackdesk.domain.improvement.ImprovementEvent;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketId;
import java.util.NoSuchElementException;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;

/**
 * Streams the event history to analysts: the global stream from the start, from an instant or after
 * a position, filtered by type or ticket, each event with the position to resume after. Callers who
 * may see customers only pseudonymized get them so, as in a ticket's history.
 */
public final class EventExportService implements ExportEventsUseCase {

  private final EventStore eventStore;
  private final EventPositionPort positions;
  private final TicketEventDataPort eventData;
  private final Pseudonyms pseudonyms;

  public EventExportService(
      EventStore eventStore,
      EventPositionPort positions,
      TicketEventDataPort eventData,
      Pseudonyms pseudonyms) {
    this.eventStore = eventStore;
    this.positions = positions;
    this.eventData = eventData;
    this.pseudonyms = pseudonyms;
  }

  @Override
  public EventExport open(Caller caller, EventExportQuery query) {
    PermissionMatrix.Scope scope = PermissionMatrix.require(caller, TicketOperation.EXPORT_EVENTS);
    if (scope != PermissionMatrix.Scope.ALL) {
      throw new OperationNotPermittedException(
          TicketOperation.EXPORT_EVENTS, "the history is exported whole, to analysts");
    }
    for (String type : query.types()) {
      if (!DomainEventTypes.NAMES.contains(type)) {
        throw new InvalidValueException(
            "type", "unknown event type '" + type + "'; the types are " + DomainEventTypes.NAMES);
      }
    }
    boolean pseudonymize = TicketAccess.seesOnlyPseudonyms(caller);
    TrackingToken from =
        query.after() != null
            ? positions.after(query.after())
            : query.since() != null ? eventStore.createTokenAt(query.since()) : null;
    BlockingStream<TrackedEventMessage<?>> stream =
        StoreFailures.reading(() -> eventStore.openStream(from));
    return new Export(stream, query, pseudonymize);
  }

  private final class Export implements EventExport {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final EventExportQuery query;
    private final boolean pseudonymize;
    private ExportedEvent next;
    private int given;
    private boolean held;

    Export(
        BlockingStream<TrackedEventMessage<?>> stream,
        EventExportQuery query,
        boolean pseudonymize) {
      this.stream = stream;
      this.query = query;
      this.pseudonymize = pseudonymize;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (query.limit() != null && given >= query.limit()) {
        return false;
      }
      return StoreFailures.reading(
          () -> {
            // up to what is stored now: the stream does not wait for events still to come
            try {
              while (!held && stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                if (behindAGap(message)) {
                  // a position below it is handed out but not yet stored: resuming after this
                  // event would skip that one, so the export ends before it (resume later)
                  held = true;
                  return false;
                }
                ExportedEvent event = exported(message);
                if (event != null) {
                  next = event;
                  return true;
                }
              }
            } catch (InterruptedException e) {
              // the client went away and the request thread is being stopped: the export ends
              Thread.currentThread().interrupt();
            }
            return false;
          });
    }

    /** Whether the event comes after a position still in flight (an append not yet stored). */
    private boolean behindAGap(TrackedEventMessage<?> message) {
      return message.trackingToken() instanceof GapAwareTrackingToken token
          && !token.getGaps().isEmpty()
          && token.getGaps().first() < token.getIndex();
    }

    private ExportedEvent exported(TrackedEventMessage<?> message) {
      Object payload = message.getPayload();
      if (!(payload instanceof TicketEvent)
          && !(payload instanceof ImprovementEvent)
          && !(payload instanceof AfterSalesEvent)) {
        return null;
      }
      String type = payload.getClass().getSimpleName();
      if (!query.types().isEmpty() && !query.types().contains(type)) {
        return null;
      }
      long sequence =
          message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
      long position = message.trackingToken().position().orElse(-1);
      Revision revision = payload.getClass().getAnnotation(Revision.class);
      String revisionValue = revision == null ? null : revision.value();
      Object marked = message.getMetaData().get(SeedService.ORIGIN);
      String origin = marked == null ? null : marked.toString();
      if (payload instanceof ImprovementEvent event) {
        // no personal data in a project; a ticket filter leaves them out
        return query.ticket() != null
            ? null
            : new ExportedEvent(
                position,
                type,
                revisionValue,
                "ImprovementProject",
                event.projectId().value(),
                null,
                sequence,
                event.actor(),
                event.at(),
                origin,
                eventData.json(event));
      }
      if (payload instanceof AfterSalesEvent event) {
        // an application names its ticket, so a ticket filter keeps the application's events;
        // its customer is an id and a language, which pseudonymizing keeps as they are
        TicketId ticket = event.applicationId().ticket();
        return query.ticket() != null && !query.ticket().equals(ticket)
            ? null
            : new ExportedEvent(
                position,
                type,
                revisionValue,
                "AfterSalesApplication",
                event.applicationId().toString(),
                ticket,
                sequence,
                event.actor(),
                event.at(),
                origin,
                eventData.json(event));
      }
      TicketEvent event = (TicketEvent) payload;
      if (query.ticket() != null && !query.ticket().equals(event.ticketId())) {
        return null;
      }
      TicketEvent shown =
          pseudonymize ? event.accept(HistoryFilters.pseudonymized(pseudonyms)) : event;
      return new ExportedEvent(
          position,
          type,
          revisionValue,
          "Ticket",
          event.ticketId().toString(),
          event.ticketId(),
          sequence,
          event.actor(),
          event.at(),
          origin,
          eventData.json(shown));
    }

    @Override
    public ExportedEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException("the export is at its end");
      }
      ExportedEvent event = next;
      next = null;
      given++;
      return event;
    }

    @Override
    public void close() {
      stream.close();
    }
  }
}
