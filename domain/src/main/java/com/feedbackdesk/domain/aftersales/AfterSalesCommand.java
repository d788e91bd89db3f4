package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.Actor;
import java.time.Instant;

/** An instruction to one application; the caller says who gives it and when. */
public interface AfterSalesCommand {

  ApplicationId applicationId();

  Actor actor();

  Instant at();
}
