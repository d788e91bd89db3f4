package com.feedbackdesk.application.notification.port.out;

import com.feedbackdesk.application.notification.model.StaffMember;
import java.util.List;
import java.util.Optional;

/** Who the staff are and how to reach them (configuration, or an HR system's adapter). */
public interface StaffDirectoryPort {

  Optional<StaffMember> find(String staffId);

  /** Everyone in the directory. */
  List<StaffMember> all();
}
