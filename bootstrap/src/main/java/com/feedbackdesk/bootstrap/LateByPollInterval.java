package com.feedbackdesk.bootstrap;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;

/**
 * Axon's JobRunr deadline manager, scheduling each deadline one poll interval after its time.
 * JobRunr hands out a job as soon as it is due within the next poll interval, so a job scheduled at
 * its time may run up to that much early; scheduled this much later, it runs at its time or within
 * one poll interval after it, never before. (A ticket woken early would find nothing due.)
 */
final class LateByPollInterval implements DeadlineManager {

  private final JobRunrDeadlineManager jobRunr;
  private final Duration pollInterval;

  LateByPollInterval(JobRunrDeadlineManager jobRunr, Duration pollInterval) {
    this.jobRunr = jobRunr;
    this.pollInterval = pollInterval;
  }

  /** The deadline manager JobRunr's jobs call back. */
  JobRunrDeadlineManager jobRunr() {
    return jobRunr;
  }

  @Override
  public String schedule(
      Instant triggerDateTime,
      String deadlineName,
      Object messageOrPayload,
      ScopeDescriptor deadlineScope) {
    return jobRunr.schedule(
        triggerDateTime.plus(pollInterval), deadlineName, messageOrPayload, deadlineScope);
  }

  @Override
  public void cancelSchedule(String deadlineName, String scheduleId) {
    jobRunr.cancelSchedule(deadlineName, scheduleId);
  }

  @Override
  public void cancelAll(String deadlineName) {
    jobRunr.cancelAll(deadlineName);
  }

  @Override
  public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
    jobRunr.cancelAllWithinScope(deadlineName, scope);
  }

  @Override
  public Registration registerDispatchInterceptor(
      MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
    return jobRunr.registerDispatchInterceptor(dispatchInterceptor);
  }

  @Override
  public Registration registerHandlerInterceptor(
      MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
    return jobRunr.registerHandlerInterceptor(handlerInterceptor);
  }

  @Override
  public void shutdown() {
    jobRunr.shutdown();
  }
}
