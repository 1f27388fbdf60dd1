package dev.jonvif.core;

import dev.jonvif.core.soap.SoapFault;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * The device answered with a SOAP fault. The fault's code, subcodes, reason and detail are kept.
 */
public final class SoapFaultException extends OnvifException {

  private final SoapFault fault;
  private final int httpStatus;

  public SoapFaultException(SoapFault fault, int httpStatus, ErrorContext context) {
    super(describe(fault), context, null, true);
    this.fault = Objects.requireNonNull(fault, "fault");
    this.httpStatus = httpStatus;
  }

  /** Longest reason quoted in the message; the whole reason stays in {@link #fault()}. */
  private static final int MAX_REASON_IN_MESSAGE = 200;

  private static String describe(SoapFault f) {
    String chain = printable(f.codeChain());
    String reason = printable(f.reason());
    return "SOAP fault " + chain + (reason.isEmpty() ? "" : ": " + reason);
  }

  /** Device text made safe for a log line: control characters become spaces, length is capped. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_REASON_IN_MESSAGE + 1));
    for (int i = 0; i < s.length(); i++) {
      if (sb.length() == MAX_REASON_IN_MESSAGE) {
        return sb.append('…').toString();
      }
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString();
  }

  public SoapFault fault() {
    return fault;
  }

  /** HTTP status of the response that carried the fault, or -1 when not received over HTTP. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Whether any code or subcode has this local name (prefix and namespace ignored). */
  public boolean hasSubcode(String localName) {
    return fault.hasSubcode(localName);
  }

  public boolean hasSubcode(QName code) {
    return fault.hasSubcode(code);
  }

  /** {@code ter:NotAuthorized}, or a sender fault that real cameras use to say the same. */
  public boolean isNotAuthorized() {
    return fault.isNotAuthorized();
  }

  /** {@code ter:ActionNotSupported}: the device does not implement the operation. */
  public boolean isActionNotSupported() {
    return fault.hasSubcode("ActionNotSupported");
  }

  /** {@code ter:InvalidArgVal} or {@code ter:InvalidArgs}. */
  public boolean isInvalidArgument() {
    return fault.hasSubcode("InvalidArgVal") || fault.hasSubcode("InvalidArgs");
  }

  @Override
  public SoapFaultException withContext(ErrorContext ctx) {
    return new SoapFaultException(fault, httpStatus, context().orElse(ctx));
  }
}
