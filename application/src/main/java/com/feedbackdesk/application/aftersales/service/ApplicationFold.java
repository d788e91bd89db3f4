package com.feedbackdesk.application.aftersales.service;

import com.feedbackdesk.application.aftersales.view.ApplicationView;
import com.feedbackdesk.domain.aftersales.AfterSalesApplied;
import com.feedbackdesk.domain.aftersales.AfterSalesCompleted;
import com.feedbackdesk.domain.aftersales.AfterSalesEvent;
import com.feedbackdesk.domain.aftersales.AfterSalesEventVisitor;
import com.feedbackdesk.domain.aftersales.AfterSalesHandlingStarted;
import com.feedbackdesk.domain.aftersales.AfterSalesLapsed;
import com.feedbackdesk.domain.aftersales.AfterSalesReviewed;
import com.feedbackdesk.domain.aftersales.AfterSalesWithdrawn;
import com.feedbackdesk.domain.aftersales.ApplicationStatus;
import com.feedbackdesk.domain.aftersales.ReturnShipped;
import com.feedbackdesk.domain.ticket.Department;
import java.time.Instant;
import java.util.List;

/**
 * Folds an application's events into the view people read: the one fold the read model and the
 * read-your-writes answers share, so they never disagree.
 */
public final class ApplicationFold {

  private ApplicationFold() {}

  /** The view after the event, the {@code sequence}-th of the application (from 0). */
  public static ApplicationView apply(
      ApplicationView before, AfterSalesEvent event, long sequence) {
    if (before == null && !(event instanceof AfterSalesApplied)) {
      throw new IllegalArgumentException(
          "an application's history starts with AfterSalesApplied, not " + event);
    }
    Draft draft = before == null ? new Draft() : new Draft(before);
    event.accept(draft);
    draft.updatedAt = event.at();
    draft.version = sequence;
    return draft.view();
  }

  /** The view of a whole history. */
  public static ApplicationView of(List<? extends AfterSalesEvent> events) {
    ApplicationView view = null;
    for (int i = 0; i < events.size(); i++) {
      view = apply(view, events.get(i), i);
    }
    return view;
  }

  private static final class Draft implements AfterSalesEventVisitor<Void> {
    private ApplicationView base;
    private ApplicationStatus status;
    private ApplicationView.Review review;
    private Department department;
    private String assignee;
    private Instant dueBy;
    private ApplicationView.Shipment shipment;
    private String handler;
    private ApplicationView.Completion completion;
    private String withdrawalReason;
    private Instant updatedAt;
    private long version;

    Draft() {}

    Draft(ApplicationView view) {
      base = view;
      status = view.status();
      review = view.review();
      department = view.department();
      assignee = view.assignee();
      dueBy = view.dueBy();
      shipment = view.shipment();
      handler = view.handler();
      completion = view.completion();
      withdrawalReason = view.withdrawalReason();
    }

    ApplicationView view() {
      return new ApplicationView(
          base.id(),
          base.number(),
          base.ticketId(),
          status,
          base.channel(),
          base.customerId(),
          base.customerLanguage(),
          base.line(),
          base.remedy(),
          base.reason(),
          base.quantity(),
          base.description(),
          base.attachments(),
          review,
          department,
          assignee,
          dueBy,
          shipment,
          handler,
          completion,
          withdrawalReason,
          base.appliedAt(),
          updatedAt,
          version);
    }

    @Override
    public Void on(AfterSalesApplied event) {
      base =
          new ApplicationView(
              event.applicationId(),
              event.number(),
              event.ticketId(),
              null,
              event.channel(),
              event.customer().id(),
              event.customer().language(),
              event.line(),
              event.remedy(),
              event.reason(),
              event.quantity(),
              event.description(),
              event.attachments(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              event.at(),
              event.at(),
              0);
      return null;
    }

    @Override
    public Void on(AfterSalesReviewed event) {
      status =
          switch (event.decision()) {
            case ACCEPTED -> ApplicationStatus.ACCEPTED;
            case REJECTED -> ApplicationStatus.REJECTED;
            case REFERRED -> ApplicationStatus.UNDER_REVIEW;
          };
      review =
          new ApplicationView.Review(
              event.decision(),
              event.decidedBy(),
              event.policyVersion(),
              // a person's decision keeps the rules' outcomes of the referral beside it
              event.rules().isEmpty() && review != null ? review.rules() : event.rules(),
              event.note(),
              event.actor().toString(),
              event.at());
      department = event.department() != null ? event.department() : department;
      assignee = event.department() != null ? event.assignee() : assignee;
      dueBy = event.dueBy();
      return null;
    }

    @Override
    public Void on(ReturnShipped event) {
      shipment = new ApplicationView.Shipment(event.carrier(), event.trackingNumber(), event.at());
      dueBy = event.refundDueBy();
      return null;
    }

    @Override
    public Void on(AfterSalesHandlingStarted event) {
      status = ApplicationStatus.IN_HANDLING;
      handler = event.handler();
      return null;
    }

    @Override
    public Void on(AfterSalesCompleted event) {
      status = ApplicationStatus.COMPLETED;
      completion =
          new ApplicationView.Completion(
              event.outcome(), event.summary(), event.amount(), event.decidedBy(), event.at());
      dueBy = null;
      return null;
    }

    @Override
    public Void on(AfterSalesWithdrawn event) {
      status = ApplicationStatus.WITHDRAWN;
      withdrawalReason = event.reason();
      dueBy = null;
      return null;
    }

    @Override
    public Void on(AfterSalesLapsed event) {
      status = ApplicationStatus.CLOSED;
      dueBy = null;
      return null;
    }
  }
}
