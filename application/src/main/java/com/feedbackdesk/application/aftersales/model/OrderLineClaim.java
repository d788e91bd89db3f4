package com.feedbackdesk.application.aftersales.model;

import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import java.time.Instant;

/** Which application holds an order line, under which number, since when. */
public record OrderLineClaim(ApplicationId holder, ApplicationNumber number, Instant claimedAt) {}
