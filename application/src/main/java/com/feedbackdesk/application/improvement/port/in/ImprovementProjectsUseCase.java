package com.feedbackdesk.application.improvement.port.in;

import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.improvement.view.TrackedProject;
import com.feedbackdesk.domain.improvement.ImprovementStatus;
import com.feedbackdesk.domain.ticket.Department;
import java.time.YearMonth;
import java.util.List;

/** The improvement projects the hot spots of each month raise, tracked to completion. */
public interface ImprovementProjectsUseCase {

  /**
   * The projects with the status (any when null), raised for the month (any when null), only the
   * overdue ones when asked, the one due first first.
   */
  List<TrackedProject> list(
      Caller caller, ImprovementStatus status, YearMonth month, boolean overdueOnly);

  /**
   * @throws ImprovementProjectNotFoundException when there is none with the id
   */
  TrackedProject view(Caller caller, String id);

  /**
   * Raises a project for each hot spot of the month that has none yet; the month must be over.
   * Raising again raises nothing new.
   *
   * @return the month's projects, raised now or before
   * @throws MonthNotOverException when the month is not over
   */
  List<TrackedProject> raiseForMonth(Caller caller, YearMonth month);

  TrackedProject start(Caller caller, String id, Department owner, String lead, String plan);

  TrackedProject recordProgress(Caller caller, String id, String note);

  TrackedProject complete(Caller caller, String id, String outcome);
}
