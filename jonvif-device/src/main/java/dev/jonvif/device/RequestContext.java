package dev.jonvif.device;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.time.Clock;
import java.util.List;

/**
 * Everything a {@link ServiceHandler} knows about one SOAP request.
 *
 * @param camera the camera the request is for (chosen by the port it arrived on)
 * @param operation the operation named by the body
 * @param envelope the parsed request
 * @param caller the authenticated user (or anonymous, for PRE_AUTH operations)
 * @param endpoint the scheme, host and port the client used; build every URI from it
 * @param services the services registered with the server
 * @param pathQuery the request's path and query as sent (e.g. {@code
 *     /onvif/events_service?subscription=3}); per-resource endpoints such as event subscriptions
 *     are told apart by it
 */
public record RequestContext(
    VirtualCamera camera,
    Operation operation,
    SoapEnvelope envelope,
    Caller caller,
    ClientEndpoint endpoint,
    ServiceRegistry services,
    String pathQuery) {

  /** A context whose request path is the service's own endpoint path. */
  public RequestContext(
      VirtualCamera camera,
      Operation operation,
      SoapEnvelope envelope,
      Caller caller,
      ClientEndpoint endpoint,
      ServiceRegistry services) {
    this(camera, operation, envelope, caller, endpoint, services, operation.service().path());
  }

  /** The request body element, e.g. {@code tds:SetHostname}. */
  public XmlElement body() {
    return envelope.bodyElement();
  }

  /** The camera's simulated clock. */
  public Clock clock() {
    return camera.clock();
  }

  /** The XAddr of {@code service} as this client reaches it. */
  public String xaddr(OnvifService service) {
    return endpoint.url(service.path());
  }

  /** The modules of the services this camera offers, in {@link OnvifService} order. */
  public List<ServiceModule> offeredServices() {
    return services.offeredBy(camera);
  }

  /** Whether this camera offers {@code service}. */
  public boolean offers(OnvifService service) {
    return services.isOffered(service, camera);
  }
}
