package dev.jonvif.device.internal.http;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapFault;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;

/**
 * The one place that decides which SOAP fault and HTTP status answer a failure. Handlers throw (see
 * {@link dev.jonvif.device.DeviceFaults}); the dispatcher and the authenticator ask this class for
 * everything they refuse.
 *
 * <ul>
 *   <li>{@link SoapFaultException}: its fault; Sender 400, Receiver 500.
 *   <li>{@link MalformedMessageException}: {@code env:Sender/ter:WellFormed} 400 with the reason.
 *   <li>{@link AuthenticationException}: {@code env:Sender/ter:NotAuthorized} 400.
 *   <li>Anything else: {@code env:Receiver} 500, "internal error"; details go to the log only.
 * </ul>
 */
public final class FaultMapper {

  private static final Logger LOG = Logger.getLogger(FaultMapper.class.getName());

  /** A fault and the HTTP status to send it with. */
  public record Mapped(SoapFault fault, int status) {}

  public Mapped map(Throwable t) {
    if (t instanceof SoapFaultException e) {
      int status = e.httpStatus() > 0 ? e.httpStatus() : e.fault().httpStatus();
      return new Mapped(e.fault(), status);
    }
    if (t instanceof MalformedMessageException e) {
      return malformed(e.reason());
    }
    if (t instanceof AuthenticationException e) {
      return notAuthorized(e.reason());
    }
    LOG.log(Level.WARNING, "request failed inside the device", t);
    return new Mapped(SoapFault.receiver("internal error in the device"), 500);
  }

  /** A request that is not well-formed XML or not a usable SOAP envelope. */
  public Mapped malformed(String reason) {
    return new Mapped(SoapFault.sender("malformed request: " + reason, "WellFormed"), 400);
  }

  /** An envelope in a namespace that is neither SOAP 1.2 nor 1.1. */
  public Mapped versionMismatch(String namespace) {
    return new Mapped(
        SoapFault.of(
            FaultCode.VERSION_MISMATCH,
            "unsupported SOAP envelope namespace '" + namespace + "'; use SOAP 1.2"),
        500);
  }

  /** A header marked mustUnderstand that the device does not process. */
  public Mapped mustUnderstand(String header) {
    return new Mapped(
        SoapFault.of(FaultCode.MUST_UNDERSTAND, "header not understood: " + header), 500);
  }

  /** {@code env:Sender/ter:NotAuthorized} with HTTP 400 (WS-UsernameToken failures, levels). */
  public Mapped notAuthorized(String reason) {
    return new Mapped(SoapFault.sender(reason, "NotAuthorized"), 400);
  }

  /** {@code env:Sender/ter:NotAuthorized} carried by a 401 with HTTP Digest challenges. */
  public Mapped challenge(String reason) {
    return new Mapped(SoapFault.sender(reason, "NotAuthorized"), 401);
  }

  /** The body names an operation this camera does not implement. */
  public Mapped actionNotSupported(String reason) {
    return new Mapped(SoapFault.receiver(reason, "ActionNotSupported"), 500);
  }

  /**
   * The SOAP action (Content-Type action, SOAPAction or wsa:Action) names a different operation
   * than the body: WS-Addressing's {@code wsa:InvalidAddressingHeader/wsa:ActionMismatch}.
   */
  public Mapped actionMismatch(String reason) {
    List<QName> subcodes =
        List.of(
            new QName(Namespaces.WSA, "InvalidAddressingHeader", "wsa"),
            new QName(Namespaces.WSA, "ActionMismatch", "wsa"));
    return new Mapped(new SoapFault(FaultCode.SENDER, null, subcodes, reason, "en", null), 400);
  }

  /** The request body is larger than the device accepts. */
  public Mapped tooLarge(long limit) {
    return new Mapped(
        SoapFault.sender("request body larger than " + limit + " bytes", "InvalidArgs"), 413);
  }
}
