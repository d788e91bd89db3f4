package com.feedbackdesk.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Feedback Desk service: REST API, Axon command and event handling, MongoDB storage. */
@SpringBootApplication(scanBasePackages = "com.feedbackdesk")
@ConfigurationPropertiesScan
public class FeedbackDeskApplication {

  public static void main(String[] args) {
    disableAxonUpdateChecker();
    SpringApplication.run(FeedbackDeskApplication.class, args);
  }

  /**
   * Axon's update checker phones home at start-up; the service must not. It reads only this system
   * property or the AXONIQ_UPDATE_CHECKER_DISABLED environment variable, never Spring properties.
   */
  static void disableAxonUpdateChecker() {
    System.setProperty("axoniq.update-checker.disabled", "true");
  }
}
