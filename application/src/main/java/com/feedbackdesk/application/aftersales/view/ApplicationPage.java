package com.feedbackdesk.application.aftersales.view;

import java.util.List;

/** One page of applications and how many match in all. */
public record ApplicationPage(List<ApplicationView> applications, long total) {

  public ApplicationPage {
    applications = List.copyOf(applications);
  }
}
