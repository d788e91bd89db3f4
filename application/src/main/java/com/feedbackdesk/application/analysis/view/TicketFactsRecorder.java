package com.feedbackdesk.application.analysis.view;

import com.feedbackdesk.application.sla.view.SlaTicket;
import com.feedbackdesk.application.ticket.view.TicketSummary;
import com.feedbackdesk.domain.sla.BusinessCalendar;
import com.feedbackdesk.domain.sla.VersionRef;
import com.feedbackdesk.domain.ticket.Category;
import com.feedbackdesk.domain.ticket.ClassificationReviewed;
import com.feedbackdesk.domain.ticket.ClassificationSuggested;
import com.feedbackdesk.domain.ticket.CustomerConfirmationRecorded;
import com.feedbackdesk.domain.ticket.CustomerReplied;
import com.feedbackdesk.domain.ticket.InformationRequested;
import com.feedbackdesk.domain.ticket.InternalNoteAdded;
import com.feedbackdesk.domain.ticket.ReplyPosted;
import com.feedbackdesk.domain.ticket.ReturnVisitRecorded;
import com.feedbackdesk.domain.ticket.Satisfaction;
import com.feedbackdesk.domain.ticket.SlaBreached;
import com.feedbackdesk.domain.ticket.SlaCatalogue;
import com.feedbackdesk.domain.ticket.SlaClock;
import com.feedbackdesk.domain.ticket.SlaClockKind;
import com.feedbackdesk.domain.ticket.SlaClockPaused;
import com.feedbackdesk.domain.ticket.SlaClockResumed;
import com.feedbackdesk.domain.ticket.SlaClockRetargeted;
import com.feedbackdesk.domain.ticket.SlaClockStarted;
import com.feedbackdesk.domain.ticket.SlaClockStopped;
import com.feedbackdesk.domain.ticket.SlaOutcome;
import com.feedbackdesk.domain.ticket.SlaPolicyApplied;
import com.feedbackdesk.domain.ticket.SlaReminderRaised;
import com.feedbackdesk.domain.ticket.TicketAccepted;
import com.feedbackdesk.domain.ticket.TicketAssigned;
import com.feedbackdesk.domain.ticket.TicketClassified;
import com.feedbackdesk.domain.ticket.TicketClosed;
import com.feedbackdesk.domain.ticket.TicketClosureAnnounced;
import com.feedbackdesk.domain.ticket.TicketEscalated;
import com.feedbackdesk.domain.ticket.TicketEvent;
import com.feedbackdesk.domain.ticket.TicketEventVisitor;
import com.feedbackdesk.domain.ticket.TicketReopened;
import com.feedbackdesk.domain.ticket.TicketResolved;
import com.feedbackdesk.domain.ticket.TicketSubmitted;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Folds a ticket's events into its {@link TicketFacts}: each event into the facts of the month it
 * happened in (in the business zone), so that later events never change an earlier month. Business
 * durations are measured on the calendar version the ticket's clocks recorded, which never changes,
 * so a rebuild from the history gives the same figures as the live fold.
 */
public final class TicketFactsRecorder {

  private final ZoneId zone;
  private final SlaCatalogue calendars;

  public TicketFactsRecorder(ZoneId zone, SlaCatalogue calendars) {
    this.zone = zone;
    this.calendars = calendars;
  }

  /** The month of the business zone an instant falls in. */
  public YearMonth monthOf(Instant at) {
    return YearMonth.from(at.atZone(zone));
  }

  /**
   * The record after the ticket's next event.
   *
   * @param current the record so far, or null before the ticket's first event
   * @throws com.feedbackdesk.application.ticket.view.TicketEventOutOfOrderException when the event
   *     is not the ticket's next one
   */
  public TicketFacts fold(TicketFacts current, TicketEvent event, long sequence) {
    SlaTicket before = current == null ? null : current.sla();
    SlaTicket after = SlaTicket.fold(before, event, sequence);
    YearMonth month = monthOf(event.at());
    Draft draft =
        new Draft(
            current, after, current == null ? null : current.month(month).orElse(null), month);
    event.accept(new Facts(draft, before, event.at()));
    return draft.build(
        !(event instanceof ClassificationReviewed reviewed)
            || reviewed.month().equals(month.toString())
            || (current != null && current.month(month).isPresent()));
  }

  /** The mutable working copy of one event's fold. */
  private static final class Draft {
    final SlaTicket sla;
    Category suggested;
    String product;
    Instant firstResponseAt;
    Instant firstResolvedAt;
    boolean surveyOpen;
    final List<MonthFacts> otherMonths = new ArrayList<>();
    final YearMonth month;
    boolean submitted;
    Duration firstResponse;
    Duration firstResponseBusiness;
    Duration resolution;
    Duration resolutionBusiness;
    int resolutions;
    int reopenings;
    final Map<SlaClockKind, Integer> met = new EnumMap<>(SlaClockKind.class);
    final Map<SlaClockKind, Integer> breached = new EnumMap<>(SlaClockKind.class);
    final Map<Satisfaction, Integer> ratings = new EnumMap<>(Satisfaction.class);
    int unanswered;
    boolean closed;
    Category suggestedCategory;
    Category closedCategory;
    ClassificationReview review;

    Draft(TicketFacts current, SlaTicket sla, MonthFacts facts, YearMonth month) {
      this.sla = sla;
      this.month = month;
      if (current != null) {
        suggested = current.suggested();
        product = current.product();
        firstResponseAt = current.firstResponseAt();
        firstResolvedAt = current.firstResolvedAt();
        surveyOpen = current.surveyOpen();
        current.months().stream()
            .filter(other -> !other.month().equals(month))
            .forEach(otherMonths::add);
      }
      if (facts != null) {
        submitted = facts.submitted();
        firstResponse = facts.firstResponse();
        firstResponseBusiness = facts.firstResponseBusiness();
        resolution = facts.resolution();
        resolutionBusiness = facts.resolutionBusiness();
        resolutions = facts.resolutions();
        reopenings = facts.reopenings();
        met.putAll(facts.met());
        breached.putAll(facts.breached());
        ratings.putAll(facts.ratings());
        unanswered = facts.unanswered();
        closed = facts.closed();
        suggestedCategory = facts.suggestedCategory();
        closedCategory = facts.closedCategory();
        review = facts.review();
      }
    }

    /**
     * The record after the event.
     *
     * @param touchesMonth whether the event's month gets facts of its own (a verdict given for
     *     another month does not add a month the ticket had no events in)
     */
    TicketFacts build(boolean touchesMonth) {
      TicketSummary summary = sla.summary();
      List<MonthFacts> months = new ArrayList<>(otherMonths);
      if (!touchesMonth) {
        return new TicketFacts(
            sla, suggested, product, firstResponseAt, firstResolvedAt, surveyOpen, months);
      }
      months.add(
          new MonthFacts(
              summary.id(),
              summary.number(),
              month,
              summary.classification().type(),
              summary.classification().category(),
              summary.classification().priority(),
              summary.channel(),
              summary.department(),
              summary.assignee(),
              product,
              submitted,
              firstResponse,
              firstResponseBusiness,
              resolution,
              resolutionBusiness,
              resolutions,
              reopenings,
              met,
              breached,
              ratings,
              unanswered,
              closed,
              suggestedCategory,
              closedCategory,
              review));
      return new TicketFacts(
          sla, suggested, product, firstResponseAt, firstResolvedAt, surveyOpen, months);
    }
  }

  /** What each kind of event adds to the facts of its month. */
  private final class Facts implements TicketEventVisitor<Void> {

    private final Draft draft;
    private final SlaTicket before;
    private final Instant at;

    Facts(Draft draft, SlaTicket before, Instant at) {
      this.draft = draft;
      this.before = before;
      this.at = at;
    }

    private void responded() {
      if (draft.firstResponseAt == null) {
        draft.firstResponseAt = at;
        draft.firstResponse = calendarTime();
        draft.firstResponseBusiness = businessTime();
      }
    }

    private Duration calendarTime() {
      return Duration.between(draft.sla.summary().submittedAt(), at);
    }

    /** Submission to now on the ticket's business calendar; null when it has none. */
    private Duration businessTime() {
      VersionRef calendar =
          draft.sla.runs().stream().map(SlaClock::calendar).findFirst().orElse(null);
      if (calendar == null) {
        return null;
      }
      try {
        BusinessCalendar businessCalendar = calendars.calendar(calendar);
        return businessCalendar.businessTimeBetween(draft.sla.summary().submittedAt(), at);
      } catch (NoSuchElementException unknown) {
        return null;
      }
    }

    private void surveyEndedUnanswered() {
      if (draft.surveyOpen) {
        draft.unanswered++;
        draft.surveyOpen = false;
      }
    }

    private boolean wasBreached(SlaClockKind clock, int run) {
      return before != null
          && before.runs().stream()
              .anyMatch(r -> r.kind() == clock && r.run() == run && r.breached());
    }

    @Override
    public Void on(TicketSubmitted event) {
      draft.submitted = true;
      draft.product = event.product();
      return null;
    }

    @Override
    public Void on(ClassificationSuggested event) {
      draft.suggested = event.suggestion().category();
      return null;
    }

    @Override
    public Void on(TicketClassified event) {
      return null; // the month's category is the summary's at the month's last event
    }

    @Override
    public Void on(TicketAssigned event) {
      return null;
    }

    @Override
    public Void on(TicketAccepted event) {
      return null;
    }

    @Override
    public Void on(ReplyPosted event) {
      responded();
      return null;
    }

    @Override
    public Void on(InternalNoteAdded event) {
      return null;
    }

    @Override
    public Void on(InformationRequested event) {
      responded();
      return null;
    }

    @Override
    public Void on(CustomerReplied event) {
      return null;
    }

    @Override
    public Void on(TicketResolved event) {
      responded();
      draft.resolutions++;
      if (draft.firstResolvedAt == null) {
        draft.firstResolvedAt = at;
        draft.resolution = calendarTime();
        draft.resolutionBusiness = businessTime();
      }
      draft.surveyOpen = true;
      return null;
    }

    @Override
    public Void on(CustomerConfirmationRecorded event) {
      // the customer answered: the survey has ended, rated when they gave a level
      if (event.satisfaction() != null) {
        draft.ratings.merge(event.satisfaction(), 1, Integer::sum);
      }
      draft.surveyOpen = false;
      return null;
    }

    @Override
    public Void on(TicketClosed event) {
      surveyEndedUnanswered();
      draft.closed = true;
      draft.suggestedCategory = draft.suggested;
      draft.closedCategory = draft.sla.summary().classification().category();
      return null;
    }

    @Override
    public Void on(TicketReopened event) {
      surveyEndedUnanswered();
      draft.reopenings++;
      return null;
    }

    @Override
    public Void on(TicketEscalated event) {
      return null;
    }

    @Override
    public Void on(TicketClosureAnnounced event) {
      return null;
    }

    @Override
    public Void on(ReturnVisitRecorded event) {
      return null;
    }

    @Override
    public Void on(ClassificationReviewed event) {
      // the verdict belongs to the sample's month, whenever it is given
      YearMonth sampleMonth = YearMonth.parse(event.month());
      ClassificationReview review =
          new ClassificationReview(
              event.correct(),
              event.correctCategory(),
              event.samplingVersion(),
              event.actor().id(),
              event.at());
      if (sampleMonth.equals(draft.month)) {
        draft.review = review;
        return null;
      }
      for (int i = 0; i < draft.otherMonths.size(); i++) {
        MonthFacts facts = draft.otherMonths.get(i);
        if (facts.month().equals(sampleMonth)) {
          draft.otherMonths.set(i, facts.withReview(review));
        }
      }
      return null;
    }

    @Override
    public Void on(SlaPolicyApplied event) {
      return null;
    }

    @Override
    public Void on(SlaClockStarted event) {
      return null;
    }

    @Override
    public Void on(SlaClockPaused event) {
      return null;
    }

    @Override
    public Void on(SlaClockResumed event) {
      return null;
    }

    @Override
    public Void on(SlaClockRetargeted event) {
      return null;
    }

    @Override
    public Void on(SlaClockStopped event) {
      if (event.outcome() == SlaOutcome.MET) {
        draft.met.merge(event.clock(), 1, Integer::sum);
      } else if (event.outcome() == SlaOutcome.BREACHED
          && !wasBreached(event.clock(), event.run())) {
        // stopped late before a deadline found it: the breach is decided now
        draft.breached.merge(event.clock(), 1, Integer::sum);
      }
      return null;
    }

    @Override
    public Void on(SlaReminderRaised event) {
      return null;
    }

    @Override
    public Void on(SlaBreached event) {
      if (!wasBreached(event.clock(), event.run())) {
        draft.breached.merge(event.clock(), 1, Integer::sum);
      }
      return null;
    }
  }
}
