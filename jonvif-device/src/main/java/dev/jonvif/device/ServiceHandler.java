package dev.jonvif.device;

import dev.jonvif.core.xml.XmlElement;
import java.util.Set;

/**
 * Answers a group of operations of one service (e.g. the Device service's user management). One
 * instance serves every camera of a fleet, so it keeps no state of its own: state lives in the
 * {@link VirtualCamera} reached through {@link RequestContext#camera()}.
 *
 * <p>A handler returns the response body element (e.g. {@code tds:GetScopesResponse}) and signals
 * every failure by throwing the exception built by {@link DeviceFaults}; it never writes a fault
 * itself. Authentication and the access class check are done before it is called.
 */
public interface ServiceHandler {

  /** The operations this handler answers. */
  Set<Operation> operations();

  /**
   * Answers one request.
   *
   * @param ctx the request: camera, operation, body, authenticated user, address the client used
   * @return the response body element
   * @throws dev.jonvif.core.SoapFaultException (built by {@link DeviceFaults}) to answer a fault
   */
  XmlElement handle(RequestContext ctx);
}
