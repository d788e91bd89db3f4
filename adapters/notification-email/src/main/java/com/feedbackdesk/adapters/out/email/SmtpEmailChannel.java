package com.feedbackdesk.adapters.out.email;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.DeliveryReceipt;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.port.out.NotificationChannelPort;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends e-mail over SMTP: the HTML body with the plain text as its alternative (or plain text
 * alone), from the configured sender. Each e-mail's Message-ID is derived from the outbox message's
 * id, so the rare e-mail sent again after a crash (SMTP has no way to ask whether a message
 * arrived) carries the same Message-ID, and mail clients show it once.
 */
public final class SmtpEmailChannel implements NotificationChannelPort {

  private final JavaMailSenderImpl sender;
  private final InternetAddress from;
  private final String domain;

  /**
   * @param from the sender address, e.g. {@code service@shop.example}
   * @param fromName the name shown with it, e.g. the shop's name; may be null
   */
  public SmtpEmailChannel(JavaMailSenderImpl sender, String from, String fromName) {
    this.sender = sender;
    try {
      this.from = new InternetAddress(from, fromName, StandardCharsets.UTF_8.name());
      this.from.validate();
    } catch (UnsupportedEncodingException | jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException("not an e-mail sender address: " + from, e);
    }
    this.domain = from.substring(from.indexOf('@') + 1);
  }

  @Override
  public DeliveryChannel channel() {
    return DeliveryChannel.EMAIL;
  }

  @Override
  public DeliveryReceipt deliver(OutboundMessage message) throws DeliveryFailedException {
    try {
      MimeMessage mime = new StableIdMessage(sender.getSession(), messageId(message));
      boolean html = message.html() != null;
      MimeMessageHelper helper = new MimeMessageHelper(mime, html, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(
          new InternetAddress(
              message.recipient().address(),
              message.recipient().name(),
              StandardCharsets.UTF_8.name()));
      helper.setSubject(message.subject());
      if (html) {
        helper.setText(message.text(), message.html());
      } else {
        helper.setText(message.text());
      }
      mime.setHeader("X-FeedbackDesk-Ticket", message.ticketNumber());
      sender.send(mime);
      return DeliveryReceipt.of(
          "accepted by " + sender.getHost() + ":" + sender.getPort() + " as " + messageId(message));
    } catch (MessagingException | MailException | UnsupportedEncodingException e) {
      throw new DeliveryFailedException(
          "the SMTP server " + sender.getHost() + " did not accept it: " + e.getMessage(), e);
    }
  }

  /** A name as a customer typed it, without the line breaks that would start a header. */
  static String displayName(String name) {
    return name == null ? null : name.replaceAll("\\p{Cntrl}", " ").strip();
  }

  private String messageId(OutboundMessage message) {
    return "<" + message.id() + "@" + domain + ">";
  }

  /** A message that keeps the Message-ID it was given instead of making a new one when saved. */
  private static final class StableIdMessage extends MimeMessage {

    private final String id;

    StableIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
