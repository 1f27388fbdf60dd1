package dev.jonvif.device;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapFault;

/**
 * Builds the exceptions a {@link ServiceHandler} throws to answer with an ONVIF fault. Each returns
 * a {@link SoapFaultException} carrying the fault; the server's fault mapper turns it into the SOAP
 * fault and HTTP status (Sender 400, Receiver 500). Use them as {@code throw
 * DeviceFaults.invalidArgVal("NoProfile", "no profile 'x'")}.
 *
 * <p>Subcodes are ONVIF error codes (namespace {@code ter}), given without prefix, most general
 * first after the helper's own (e.g. {@code invalidArgVal("NoProfile")} is {@code
 * env:Sender/ter:InvalidArgVal/ter:NoProfile}). Reasons go to the client: never put secrets in.
 */
public final class DeviceFaults {

  private DeviceFaults() {}

  /** A fault exception for any fault. */
  public static SoapFaultException fault(SoapFault fault) {
    return new SoapFaultException(fault, fault.httpStatus(), ErrorContext.NONE);
  }

  /**
   * {@code env:Sender/ter:InvalidArgVal[/ter:<subcode>]}: an argument value is not acceptable
   * ({@code subcode} may be {@code null}).
   */
  public static SoapFaultException invalidArgVal(String subcode, String reason) {
    return fault(withOptional(FaultCode.SENDER, reason, "InvalidArgVal", subcode));
  }

  /**
   * {@code env:Sender/ter:InvalidArgs[/ter:<subcode>]}: the arguments are wrong as a whole or a
   * required one is missing ({@code subcode} may be {@code null}).
   */
  public static SoapFaultException invalidArgs(String subcode, String reason) {
    return fault(withOptional(FaultCode.SENDER, reason, "InvalidArgs", subcode));
  }

  private static SoapFault withOptional(
      FaultCode code, String reason, String first, String second) {
    return second == null
        ? SoapFault.of(code, reason, first)
        : SoapFault.of(code, reason, first, second);
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:ConfigModify}: the configuration cannot be set. */
  public static SoapFaultException configModify(String reason) {
    return invalidArgVal("ConfigModify", reason);
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:NoProfile}. */
  public static SoapFaultException noProfile(String token) {
    return invalidArgVal("NoProfile", "no media profile with token '" + token + "'");
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:NoConfig}. */
  public static SoapFaultException noConfig(String token) {
    return invalidArgVal("NoConfig", "no configuration with token '" + token + "'");
  }

  /** {@code env:Sender/ter:OperationProhibited/ter:<subcode>}: not allowed in this state. */
  public static SoapFaultException operationProhibited(String subcode, String reason) {
    return fault(SoapFault.of(FaultCode.SENDER, reason, "OperationProhibited", subcode));
  }

  /** {@code env:Receiver/ter:Action/ter:<subcode>}: the device cannot do it now. */
  public static SoapFaultException action(String subcode, String reason) {
    return fault(SoapFault.of(FaultCode.RECEIVER, reason, "Action", subcode));
  }

  /** {@code env:Receiver/ter:ActionNotSupported[/ter:<subcode>]}: not implemented here. */
  public static SoapFaultException actionNotSupported(String subcode, String reason) {
    return fault(withOptional(FaultCode.RECEIVER, reason, "ActionNotSupported", subcode));
  }

  /** {@code env:Sender/ter:NotAuthorized}: the caller may not do this. */
  public static SoapFaultException notAuthorized(String reason) {
    return fault(SoapFault.of(FaultCode.SENDER, reason, "NotAuthorized"));
  }

  /**
   * {@code env:Receiver/ter:<subcode>}, for the few codes that stand alone (e.g. CriticalError).
   */
  public static SoapFaultException receiver(String subcode, String reason) {
    return fault(SoapFault.of(FaultCode.RECEIVER, reason, subcode));
  }
}
