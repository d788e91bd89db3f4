package com.feedbackdesk.application.sla.port.out;

/**
 * Has the open tickets moved to the active policy and current calendars, durably: the request
 * survives a crash and is carried out once, by one instance, some time soon after.
 */
public interface SlaRolloutPort {

  void request();
}
