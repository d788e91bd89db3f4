package com.feedbackdesk.application.aftersales.port.out;

import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hands out application numbers by the ticket numbering's rules: unique across callers, restarts
 * and instances, never handed out twice (a number whose application then fails is a gap).
 */
public interface ApplicationNumberPort {

  /** The next number of the day (business time zone), recorded as the application's. */
  ApplicationNumber allocate(LocalDate day, ApplicationId application);

  /** The application a number was given to. */
  Optional<ApplicationId> find(ApplicationNumber number);
}
