package com.feedbackdesk.application.notification.service;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.domain.ticket.Channel;
import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which channels a customer's message goes out on. A customer with a customer id always finds it in
 * their in-app inbox, which is their record of everything the service told them; besides, it goes
 * to the one channel they prefer or, when they named none, the one that matches how they came (an
 * e-mail for e-mail, a text message for a phone call), and failing that to whichever of their
 * contacts a configured channel reaches. A customer who prefers a phone call gets the written copy
 * (a call is staff's to make, see the follow-up queue).
 */
final class CustomerChannels {

  private CustomerChannels() {}

  static List<DeliveryChannel> choose(
      Customer customer, Channel came, Set<DeliveryChannel> available) {
    List<DeliveryChannel> chosen = new ArrayList<>();
    boolean inbox = customer.id() != null && available.contains(DeliveryChannel.IN_APP);
    if (inbox) {
      chosen.add(DeliveryChannel.IN_APP);
    }
    ContactChannel preferred = customer.preferredChannel();
    if (preferred == ContactChannel.IN_APP && inbox) {
      return chosen;
    }
    DeliveryChannel external = external(customer, preferred, came, available);
    if (external != null) {
      chosen.add(external);
    }
    return chosen;
  }

  private static DeliveryChannel external(
      Customer customer, ContactChannel preferred, Channel came, Set<DeliveryChannel> available) {
    boolean email = customer.email() != null && available.contains(DeliveryChannel.EMAIL);
    boolean sms = customer.phone() != null && available.contains(DeliveryChannel.SMS);
    if (preferred == ContactChannel.EMAIL && email) {
      return DeliveryChannel.EMAIL;
    }
    if ((preferred == ContactChannel.SMS || preferred == ContactChannel.PHONE) && sms) {
      return DeliveryChannel.SMS;
    }
    if (preferred == null && customer.id() != null && (came == Channel.APP)) {
      return null; // an app user who named no preference reads the inbox
    }
    boolean byPhone = came == Channel.PHONE;
    if (byPhone && sms) {
      return DeliveryChannel.SMS;
    }
    if (email) {
      return DeliveryChannel.EMAIL;
    }
    return sms ? DeliveryChannel.SMS : null;
  }

  /** Where a channel delivers to this customer. */
  static String address(Customer customer, DeliveryChannel channel) {
    return switch (channel) {
      case IN_APP -> customer.id();
      case EMAIL -> customer.email();
      case SMS, PUSH -> customer.phone();
      case WEBHOOK -> null;
    };
  }

  /** Why none of the customer's contacts is reachable, without giving the contacts away. */
  static String describe(Customer customer, Set<DeliveryChannel> available) {
    List<String> why = new ArrayList<>();
    why.add(customer.id() == null ? "no customer id for the inbox" : "no inbox configured");
    why.add(customer.email() == null ? "no e-mail address" : "no e-mail channel configured");
    why.add(customer.phone() == null ? "no phone" : "no SMS channel configured");
    return String.join(", ", why)
        + " (channels: "
        + available.stream().map(Enum::name).sorted().toList()
        + ")";
  }
}
