package dev.jonvif.core.soap;

/**
 * The SOAP fault codes, with their SOAP 1.2 and 1.1 local names and the HTTP status the SOAP 1.2
 * HTTP binding gives them.
 */
public enum FaultCode {
  VERSION_MISMATCH("VersionMismatch", "VersionMismatch", 500),
  MUST_UNDERSTAND("MustUnderstand", "MustUnderstand", 500),
  DATA_ENCODING_UNKNOWN("DataEncodingUnknown", "Client", 500),
  SENDER("Sender", "Client", 400),
  RECEIVER("Receiver", "Server", 500);

  private final String soap12Name;
  private final String soap11Name;
  private final int httpStatus;

  FaultCode(String soap12Name, String soap11Name, int httpStatus) {
    this.soap12Name = soap12Name;
    this.soap11Name = soap11Name;
    this.httpStatus = httpStatus;
  }

  public String localName(SoapVersion version) {
    return version == SoapVersion.SOAP_11 ? soap11Name : soap12Name;
  }

  /** HTTP status for a response carrying this fault (SOAP 1.2 Part 2, §7.5.1.2). */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The code for a local name from either version, or {@code null}. Case-insensitive, since some
   * cameras write {@code sender} or {@code Server}.
   */
  public static FaultCode fromLocalName(String localName) {
    for (FaultCode c : values()) {
      if (c.soap12Name.equalsIgnoreCase(localName)) {
        return c;
      }
    }
    if ("Client".equalsIgnoreCase(localName)) {
      return SENDER;
    }
    if ("Server".equalsIgnoreCase(localName)) {
      return RECEIVER;
    }
    return null;
  }
}
