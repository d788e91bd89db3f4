package com.feedbackdesk.adapters.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.MessagePurpose;
import com.feedbackdesk.application.notification.model.MessageState;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.Recipient;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.memory.InMemoryWebhookSubscriptions;
import com.feedbackdesk.domain.ticket.TicketId;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries as a real HTTP receiver gets them, and the signature as a receiver checks it. */
class HttpWebhookChannelTest {

  private static final String SECRET = "whsec-0123456789abcdefghijklmnop";

  private HttpServer receiver;
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(204);
  private final Map<String, WebhookSubscription> subscriptions = new ConcurrentHashMap<>();
  private HttpWebhookChannel channel;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Map<String, String> headers = new ConcurrentHashMap<>();
          exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
          received.add(headers);
          bodies.add(body);
          byte[] answer = "thanks".getBytes(StandardCharsets.UTF_8);
          int code = status.get();
          exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
          if (code != 204) {
            exchange.getResponseBody().write(answer);
          }
          exchange.close();
        });
    receiver.start();
    subscriptions.put(
        "s1",
        new WebhookSubscription(
            "s1",
            URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks"),
            Set.of("*"),
            SECRET,
            "crm",
            false,
            Instant.now(),
            "admin",
            0,
            null,
            null,
            false));
    InMemoryWebhookSubscriptions port = new InMemoryWebhookSubscriptions();
    subscriptions.values().forEach(port::save);
    channel =
        new HttpWebhookChannel(
            port, Duration.ofSeconds(2), Duration.ofSeconds(2), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private static OutboundMessage delivery(String body) {
    return new OutboundMessage(
        "d-1",
        TicketId.parse(UUID.randomUUID().toString()),
        null,
        3,
        "TicketResolved",
        MessagePurpose.WEBHOOK_EVENT,
        new Recipient(Recipient.Kind.SUBSCRIBER, "s1", "crm", "http://ignored"),
        DeliveryChannel.WEBHOOK,
        null,
        null,
        body,
        null,
        "s1",
        MessageState.SENDING,
        List.of(),
        Instant.now(),
        Instant.now(),
        null,
        null);
  }

  @Test
  void postsTheBodySignedOverTimestampAndBody() throws Exception {
    String body = "{\"id\":\"d-1\",\"type\":\"TicketResolved\",\"data\":{\"summary\":\"补发\"}}";
    var receipt = channel.deliver(delivery(body));

    assertThat(receipt.status()).isEqualTo(204);
    Map<String, String> headers = received.get(0);
    assertThat(headers.get("feedbackdesk-delivery")).isEqualTo("d-1");
    assertThat(headers.get("feedbackdesk-event")).isEqualTo("TicketResolved");
    assertThat(headers.get("content-type")).isEqualTo("application/json");
    byte[] got = bodies.get(0);
    assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo(body);
    String signature = headers.get("feedbackdesk-signature");
    assertThat(WebhookSignature.verify(SECRET, signature, got, Instant.now())).isTrue();
    // what a receiver refuses: another secret, a changed body, a replay after the tolerance
    assertThat(
            WebhookSignature.verify("another-secret-0123456789xx", signature, got, Instant.now()))
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                SECRET, signature, "{}".getBytes(StandardCharsets.UTF_8), Instant.now()))
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                SECRET, signature, got, Instant.now().plus(Duration.ofMinutes(6))))
        .isFalse();
    assertThat(WebhookSignature.verify(SECRET, "t=abc,v1=00", got, Instant.now())).isFalse();
    assertThat(
            WebhookSignature.verify(SECRET, "t=" + Long.MAX_VALUE + ",v1=00", got, Instant.now()))
        .isFalse();
  }

  @Test
  void aNon2xxAnswerFailsTheAttemptWithItsStatus() {
    status.set(500);
    assertThatThrownBy(() -> channel.deliver(delivery("{}")))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(500);
              assertThat(e.getMessage()).contains("HTTP 500");
            });
  }

  @Test
  void anUnreachableSubscriberFailsTheAttempt() {
    receiver.stop(0);
    assertThatThrownBy(() -> channel.deliver(delivery("{}")))
        .isInstanceOf(DeliveryFailedException.class)
        .hasMessageContaining("could not reach");
  }
}
