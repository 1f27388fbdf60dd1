package dev.jonvif.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.SoapTransport;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.OnvifSchemas;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport that checks every request body it passes on, and every answer body it gets back,
 * against the official ONVIF schemas.
 */
final class ValidatingTransport implements SoapTransport {

  private final SoapTransport delegate;
  private final AtomicInteger validated = new AtomicInteger();

  ValidatingTransport(SoapTransport delegate) {
    this.delegate = delegate;
    if (!OnvifSchemas.available() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("the ONVIF schemas are missing, so messages cannot be validated");
    }
  }

  @Override
  public SoapEnvelope exchange(URI endpoint, SoapEnvelope request, String action) {
    check(request.bodyElement());
    SoapEnvelope response = delegate.exchange(endpoint, request, action);
    check(response.bodyElement());
    return response;
  }

  private void check(XmlElement body) {
    assertThat(body).as("SOAP body").isNotNull();
    if (OnvifSchemas.available()) {
      OnvifSchemas.assertValidElement(body);
      validated.incrementAndGet();
    }
  }

  /** How many bodies were validated (zero when the schemas are not available). */
  int validated() {
    return validated.get();
  }
}
