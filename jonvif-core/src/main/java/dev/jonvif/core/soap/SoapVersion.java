package dev.jonvif.core.soap;

import dev.jonvif.core.Namespaces;

/** The SOAP version of an envelope. ONVIF uses 1.2; some cameras and clients still speak 1.1. */
public enum SoapVersion {
  SOAP_11(Namespaces.SOAP11, "text/xml"),
  SOAP_12(Namespaces.SOAP12, "application/soap+xml");

  private final String namespace;
  private final String mediaType;

  SoapVersion(String namespace, String mediaType) {
    this.namespace = namespace;
    this.mediaType = mediaType;
  }

  /** The envelope namespace. */
  public String namespace() {
    return namespace;
  }

  /** The media type of the HTTP body, without parameters. */
  public String mediaType() {
    return mediaType;
  }

  /** The version whose envelope namespace this is, or {@code null}. */
  public static SoapVersion forNamespace(String namespace) {
    for (SoapVersion v : values()) {
      if (v.namespace.equals(namespace)) {
        return v;
      }
    }
    return null;
  }
}
