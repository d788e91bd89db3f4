package com.feedbackdesk.domain.ticket;

import com.feedbackdesk.domain.shared.Digests;
import com.feedbackdesk.domain.shared.InvalidValueException;
import com.feedbackdesk.domain.shared.Values;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The organisation's departments and the default route of each category to one of them (quality →
 * technical, logistics → warehouse & logistics, …). Used when a ticket is assigned without a
 * department, and to refuse assignments to departments that do not exist.
 */
public final class DepartmentRouting {

  private final SortedSet<Department> departments;
  private final Map<Category, Department> routes;
  private final Map<TicketType, Department> typeRoutes;

  /**
   * @param routes a department for every category
   * @param typeRoutes departments for some types, taking precedence over the category's route
   * @throws InvalidValueException when a category has no route or a route leads to a department
   *     that is not in the list
   */
  public DepartmentRouting(
      Set<Department> departments,
      Map<Category, Department> routes,
      Map<TicketType, Department> typeRoutes) {
    this.departments = new TreeSet<>(Values.required("departments", departments));
    this.routes = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      Department department = Values.required("routes", routes).get(category);
      if (department == null) {
        throw new InvalidValueException("routes", "no department is routed for " + category);
      }
      this.routes.put(category, known("routes", category, department));
    }
    this.typeRoutes = new EnumMap<>(TicketType.class);
    Values.required("typeRoutes", typeRoutes)
        .forEach(
            (type, department) -> this.typeRoutes.put(type, known("typeRoutes", type, department)));
  }

  /**
   * The routing's version: a digest of the departments and routes, recorded with default routes.
   */
  public String version() {
    return Digests.version(departments + "|" + routes + "|" + typeRoutes);
  }

  private Department known(String field, Enum<?> from, Department department) {
    if (!departments.contains(department)) {
      throw new InvalidValueException(
          field, from + " is routed to " + department + ", which is not a department");
    }
    return department;
  }

  /** The department a ticket so classified goes to by default. */
  public Department route(Classification classification) {
    Department byType = typeRoutes.get(classification.type());
    return byType != null ? byType : routes.get(classification.category());
  }

  /**
   * @throws UnknownDepartmentException when the department is not one of the organisation's
   */
  public Department requireKnown(Department department) {
    if (!departments.contains(department)) {
      throw new UnknownDepartmentException(department, departments);
    }
    return department;
  }

  public SortedSet<Department> departments() {
    return departments;
  }

  public Map<Category, Department> routes() {
    return Map.copyOf(routes);
  }

  public Map<TicketType, Department> typeRoutes() {
    return Map.copyOf(typeRoutes);
  }
}
