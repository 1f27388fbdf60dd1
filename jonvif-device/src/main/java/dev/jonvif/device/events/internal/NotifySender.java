package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * Posts {@code wsnt:Notify} messages to consumers: SOAP 1.2, {@code wsa:Action} the
 * WS-BaseNotification Notify action, {@code wsa:To} the consumer's address, its reference
 * parameters echoed as headers. One JDK HTTP client (on virtual threads) serves every camera.
 */
final class NotifySender {

  /** The Notify action (WS-BaseNotification WSDL, NotificationConsumer port type). */
  static final String NOTIFY_ACTION =
      "http://docs.oasis-open.org/wsn/bw-2/NotificationConsumer/Notify";

  private static final System.Logger LOG = System.getLogger(NotifySender.class.getName());

  private static final class Shared {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
  }

  private NotifySender() {}

  /** The Notify envelope carrying {@code notificationMessages} to {@code consumer}. */
  static SoapEnvelope envelope(EndpointReference consumer, List<XmlElement> notificationMessages) {
    XmlElement notify =
        XmlElement.builder(Namespaces.WSNT, "Notify").children(notificationMessages).build();
    return SoapEnvelope.of(notify)
        .withAddressing(
            new Addressing(
                NOTIFY_ACTION, "urn:uuid:" + UUID.randomUUID(), consumer.address(), null, null),
            Namespaces.WSA)
        .withHeaders(consumer.referenceParameterHeaders());
  }

  /**
   * Posts one Notify; true when the consumer answered 2xx. Failures are logged, not thrown.
   *
   * @throws InterruptedException when the subscription is closed meanwhile
   */
  static boolean send(
      EndpointReference consumer, List<XmlElement> notificationMessages, Duration timeout)
      throws InterruptedException {
    SoapEnvelope env = envelope(consumer, notificationMessages);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(consumer.address()))
              .timeout(timeout)
              .header("Content-Type", env.contentType(NOTIFY_ACTION))
              .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
              .build();
      HttpResponse<Void> r = Shared.HTTP.send(request, HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 == 2) {
        return true;
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          "Notify to {0} answered HTTP {1}",
          consumer.address(),
          r.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(
          System.Logger.Level.DEBUG, "Notify to {0} failed: {1}", consumer.address(), e.toString());
    }
    return false;
  }
}
