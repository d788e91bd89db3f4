package com.feedbackdesk.adapters.out.mongo.aftersales;

import com.feedbackdesk.adapters.out.mongo.DailySerials;
import com.feedbackdesk.application.aftersales.port.out.ApplicationNumberPort;
import com.feedbackdesk.domain.aftersales.ApplicationId;
import com.feedbackdesk.domain.aftersales.ApplicationNumber;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Application numbers by the ticket numbers' rules ({@link DailySerials}): counters in {@code
 * application_number_counters}, claims in {@code application_numbers}.
 */
public final class MongoApplicationNumbers implements ApplicationNumberPort {

  public static final String COUNTERS = "application_number_counters";
  public static final String CLAIMS = "application_numbers";

  private final DailySerials serials;

  public MongoApplicationNumbers(MongoDatabase database) {
    this.serials = new DailySerials(database, COUNTERS, CLAIMS, "applicationId");
  }

  @Override
  public ApplicationNumber allocate(LocalDate day, ApplicationId application) {
    return serials.allocate(
        day, serial -> ApplicationNumber.of(day, serial), application.toString());
  }

  @Override
  public Optional<ApplicationId> find(ApplicationNumber number) {
    return serials.ownerOf(number.value()).map(ApplicationId::parse);
  }
}
