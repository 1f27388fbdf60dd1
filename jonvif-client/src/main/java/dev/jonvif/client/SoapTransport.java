package dev.jonvif.client;

import dev.jonvif.core.soap.SoapEnvelope;
import java.net.URI;

/**
 * The one seam every SOAP operation goes through: send an envelope to an endpoint, get the answer.
 *
 * <p>The transport of an {@link OnvifCamera} applies, in order, logging, authentication (WS
 * UsernameToken or HTTP Digest), clock re-synchronisation on {@code ter:NotAuthorized}, vendor
 * quirks and HTTP. Tests and callers with special needs may supply their own implementation.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface SoapTransport {

  /**
   * Sends {@code request} to {@code endpoint} and returns the response envelope.
   *
   * @param endpoint the service address
   * @param request the request envelope (without security headers: the transport adds them)
   * @param action the SOAP action URI, e.g. {@code
   *     http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation}
   * @return the response envelope; never a fault
   * @throws dev.jonvif.core.SoapFaultException when the device answers with a fault
   * @throws dev.jonvif.core.AuthenticationException when the device refuses the credentials
   * @throws dev.jonvif.core.TransportException on network failure, timeout or an HTTP error
   * @throws dev.jonvif.core.MalformedMessageException when the answer is not a SOAP envelope
   */
  SoapEnvelope exchange(URI endpoint, SoapEnvelope request, String action);
}
