package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which channels a message to a member of staff goes out on: e-mail, and for what is urgent (a P1,
 * an escalation to the director) also a push notification or a text message to their phone when
 * such a provider is configured, as the after-sales SOP asks for P1s.
 */
final class StaffChannels {

  private StaffChannels() {}

  static List<DeliveryChannel> choose(
      StaffMember member, boolean urgent, Set<DeliveryChannel> available) {
    List<DeliveryChannel> chosen = new ArrayList<>();
    if (member.email() != null && available.contains(DeliveryChannel.EMAIL)) {
      chosen.add(DeliveryChannel.EMAIL);
    }
    if (member.phone() != null && (urgent || chosen.isEmpty())) {
      if (available.contains(DeliveryChannel.PUSH)) {
        chosen.add(DeliveryChannel.PUSH);
      } else if (available.contains(DeliveryChannel.SMS)) {
        chosen.add(DeliveryChannel.SMS);
      }
    }
    return chosen;
  }

  static String address(StaffMember member, DeliveryChannel channel) {
    return channel == DeliveryChannel.EMAIL ? member.email() : member.phone();
  }
}
