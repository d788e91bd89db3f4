package com.feedbackdesk.bootstrap;

import com.feedbackdesk.bootstrap.cli.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Feedback Desk service: REST API, Axon command and event handling, MongoDB storage. */
@SpringBootApplication(scanBasePackages = "com.feedbackdesk")
@ConfigurationPropertiesScan
public class FeedbackDeskApplication {

  /**
   * Starts the service; {@code rebuild <projection> …} instead asks a running one to rebuild a
   * projection and prints the progress ({@link RebuildCommand}).
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("rebuild")) {
      System.exit(RebuildCommand.run(args, System.out));
    }
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
