package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Values;

/** What a ticket is about and how urgent it is: type, category and priority together. */
public record Classification(TicketType type, Category category, Priority priority) {

  public Classification {
    Values.required("type", type);
    Values.required("category", category);
    Values.required("priority", priority);
  }

  /** This classification with the given parts replaced; a null part keeps the current one. */
  public Classification with(TicketType newType, Category newCategory, Priority newPriority) {
    return new Classification(
        newType != null ? newType : type,
        newCategory != null ? newCategory : category,
        newPriority != null ? newPriority : priority);
  }
}
