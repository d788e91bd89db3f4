package com.feedbackdesk.adapters.out.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.Recipient;
import com.feedbackdesk.application.notification.model.TemplateRef;
import com.feedbackdesk.domain.ticket.TicketId;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mails as a real SMTP server (GreenMail, in-process) receives them. */
class SmtpEmailChannelTest {

  private GreenMail smtp;
  private SmtpEmailChannel channel;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    channel = new SmtpEmailChannel(sender, "service@shop.example", "优品商城客服");
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private static OutboundMessage message(String html) {
    return new OutboundMessage(
        "0123456789abcdef0123456789abcdef",
        TicketId.parse(UUID.randomUUID().toString()),
        "FW20260302001",
        4,
        "TicketResolved",
        MessagePurpose.RESULT,
        new Recipient(Recipient.Kind.CUSTOMER, "C1", "王芳", "wang.fang@example.cn"),
        DeliveryChannel.EMAIL,
        new TemplateRef("result", 1, "zh", "abc"),
        "【优品商城】您的投诉 FW20260302001 处理结果",
        "尊敬的王芳：补发新杯子。",
        html,
        null,
        MessageState.SENDING,
        List.of(),
        Instant.now(),
        Instant.now(),
        null,
        null);
  }

  @Test
  void sendsHtmlWithAPlainTextAlternativeUnderAStableMessageId() throws Exception {
    var receipt = channel.deliver(message("<p>尊敬的王芳：<strong>补发新杯子</strong>。</p>"));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("【优品商城】您的投诉 FW20260302001 处理结果");
    assertThat(mail.getAllRecipients()[0].toString()).contains("wang.fang@example.cn");
    assertThat(mail.getFrom()[0].toString()).contains("service@shop.example");
    assertThat(mail.getMessageID()).isEqualTo("<0123456789abcdef0123456789abcdef@shop.example>");
    assertThat(mail.getHeader("X-FeedbackDesk-Ticket")).containsExactly("FW20260302001");
    String body = GreenMailUtil.getBody(mail);
    assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
    assertThat(body).contains("text/plain").contains("text/html");
    assertThat(receipt.detail()).contains("accepted by 127.0.0.1");
  }

  @Test
  void sendsPlainTextAloneWhenThereIsNoHtml() throws Exception {
    channel.deliver(message(null));

    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getContentType()).startsWith("text/plain");
    assertThat((String) mail.getContent()).contains("补发新杯子");
  }

  @Test
  void aNameWithLineBreaksCannotAddHeaders() throws Exception {
    OutboundMessage base = message(null);
    OutboundMessage hostile =
        new OutboundMessage(
            base.id(),
            base.ticketId(),
            base.ticketNumber(),
            base.sequence(),
            base.eventType(),
            base.purpose(),
            new Recipient(
                Recipient.Kind.CUSTOMER, "C1", "Eve\r\nBcc: victim@example.cn", "eve@example.cn"),
            base.channel(),
            base.template(),
            base.subject(),
            base.text(),
            null,
            null,
            base.state(),
            List.of(),
            base.createdAt(),
            base.nextAttemptAt(),
            null,
            null);

    channel.deliver(hostile);

    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getHeader("Bcc")).isNull();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(SmtpEmailChannel.displayName("Eve\r\nBcc: x")).isEqualTo("Eve  Bcc: x");
  }

  @Test
  void anUnreachableServerFailsTheAttempt() {
    smtp.stop();
    assertThatThrownBy(() -> channel.deliver(message(null)))
        .isInstanceOf(DeliveryFailedException.class)
        .hasMessageContaining("did not accept it");
  }
}
