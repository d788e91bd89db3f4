package com.feedbackdesk.adapters.out.webhook;

import com.feedbackdesk.application.notification.model.DeliveryChannel;
import com.feedbackdesk.application.notification.model.DeliveryFailedException;
import com.feedbackdesk.application.notification.model.DeliveryReceipt;
import com.feedbackdesk.application.notification.model.OutboundMessage;
import com.feedbackdesk.application.notification.model.WebhookSubscription;
import com.feedbackdesk.application.notification.port.out.NotificationChannelPort;
import com.feedbackdesk.application.notification.port.out.WebhookSubscriptionPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs a ticket event to a webhook subscriber, signed ({@link WebhookSignature}) with the time of
 * this attempt. A 2xx answer delivers it; anything else, a timeout or no connection fails the
 * attempt, which the dispatcher retries. Redirects are not followed: a subscriber's URL is the one
 * an admin registered.
 */
public final class HttpWebhookChannel implements NotificationChannelPort {

  private final HttpClient client;
  private final WebhookSubscriptionPort subscriptions;
  private final Duration timeout;
  private final Clock clock;

  public HttpWebhookChannel(
      WebhookSubscriptionPort subscriptions,
      Duration connectTimeout,
      Duration timeout,
      Clock clock) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.subscriptions = subscriptions;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public DeliveryChannel channel() {
    return DeliveryChannel.WEBHOOK;
  }

  @Override
  public DeliveryReceipt deliver(OutboundMessage message) throws DeliveryFailedException {
    WebhookSubscription subscription =
        subscriptions
            .find(message.subscription())
            .orElseThrow(
                () ->
                    new DeliveryFailedException(
                        "subscription " + message.subscription() + " is gone", null));
    byte[] body = message.text().getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(subscription.url().toString()))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "FeedbackDesk-Webhooks/1")
            .header(WebhookSignature.DELIVERY_HEADER, message.id())
            .header(WebhookSignature.EVENT_HEADER, message.eventType())
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.sign(subscription.secret(), clock.instant(), body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> response;
    // the whole exchange is bounded, the body included (a subscriber that drips or floods it
    // cannot keep a worker), and the body is not kept: the status decides
    CompletableFuture<HttpResponse<Void>> exchange =
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new DeliveryFailedException("no complete answer within " + timeout, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw new DeliveryFailedException("no answer within " + timeout, cause);
      }
      throw new DeliveryFailedException(
          "could not reach " + subscription.url() + ": " + cause, cause);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new DeliveryFailedException("interrupted while delivering", e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new DeliveryFailedException(status, "HTTP " + status, null);
    }
    return new DeliveryReceipt(status, "HTTP " + status);
  }
}
