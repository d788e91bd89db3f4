package com.feedbackdesk.domain.aftersales;

import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import com.feedbackdesk.domain.ticket.Department;
import java.util.Comparator;
import java.util.List;

/**
 * Who handles an accepted application, by its remedy and the product's category, and who decides
 * the applications the rules refer to a person. The most specific route wins: remedy and category,
 * then remedy alone, then category alone.
 *
 * @param routes the routes; one for each remedy is enough
 * @param reviewers the department that decides referred applications
 * @param fallback the department of an application no route names
 */
public record AfterSalesTasks(List<Route> routes, Department reviewers, Department fallback) {

  /**
   * One route.
   *
   * @param remedy the remedy it is for, or null for every remedy
   * @param productCategory the product category it is for, or null for every category
   * @param assignee a handler it goes to, or null for the department's supervisors to assign
   */
  public record Route(
      Remedy remedy, String productCategory, Department department, String assignee) {

    public Route {
      Values.required("department", department);
      productCategory = Values.blankToNull(productCategory);
      assignee = Values.blankToNull(assignee);
      if (remedy == null && productCategory == null) {
        throw new InvalidValueException(
            "routes", "a route names a remedy, a product category or both");
      }
    }

    boolean matches(Remedy asked, String category) {
      return (remedy == null || remedy == asked)
          && (productCategory == null || productCategory.equals(category));
    }

    int specificity() {
      return (remedy == null ? 0 : 2) + (productCategory == null ? 0 : 1);
    }
  }

  /** The department and handler an accepted application's task goes to. */
  public record Task(Department department, String assignee) {}

  public AfterSalesTasks {
    routes = routes == null ? List.of() : List.copyOf(routes);
    Values.required("reviewers", reviewers);
    Values.required("fallback", fallback);
  }

  /** Where the task of an accepted application goes. */
  public Task taskFor(Remedy remedy, String productCategory) {
    return routes.stream()
        .filter(route -> route.matches(remedy, productCategory))
        .max(Comparator.comparingInt(Route::specificity))
        .map(route -> new Task(route.department(), route.assignee()))
        .orElse(new Task(fallback, null));
  }

  /** Where a referred application goes to be decided. */
  public Task review() {
    return new Task(reviewers, null);
  }
}
