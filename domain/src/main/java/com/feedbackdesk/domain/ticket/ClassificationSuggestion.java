package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Values;
import java.util.List;

/**
 * What the automatic classification proposed, and which rules made it propose that (empty when the
 * fallback classification was used).
 */
public record ClassificationSuggestion(Classification classification, List<String> matchedRules) {

  public ClassificationSuggestion {
    Values.required("classification", classification);
    matchedRules = List.copyOf(Values.required("matchedRules", matchedRules));
  }
}
