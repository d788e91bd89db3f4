package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Actor;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.time.Instant;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a supervisor's verdict on the classification of a ticket in a month's quality sample.
 *
 * @param correctCategory the right category; must differ from {@code reviewedCategory} when the
 *     verdict is "wrong", and is {@code reviewedCategory} (or null) when it is "right"
 */
public record ReviewClassificationCommand(
    @TargetAggregateIdentifier TicketId ticketId,
    YearMonth month,
    String samplingVersion,
    Category reviewedCategory,
    boolean correct,
    Category correctCategory,
    String note,
    Actor actor,
    Instant at)
    implements TicketCommand {

  public ReviewClassificationCommand {
    Values.required("ticketId", ticketId);
    Values.required("month", month);
    Values.required("samplingVersion", samplingVersion);
    Values.required("reviewedCategory", reviewedCategory);
    Values.required("actor", actor);
    Values.required("at", at);
    note = Values.optionalText("note", Values.blankToNull(note), TextLimits.REASON);
    if (correct) {
      if (correctCategory != null && correctCategory != reviewedCategory) {
        throw new InvalidValueException(
            "correctCategory",
            "a classification found right keeps its category "
                + reviewedCategory
                + "; give correct=false to name another");
      }
      correctCategory = reviewedCategory;
    } else if (correctCategory == null || correctCategory == reviewedCategory) {
      throw new InvalidValueException(
          "correctCategory",
          "a classification found wrong names the right category, which differs from "
              + reviewedCategory);
    }
  }
}
