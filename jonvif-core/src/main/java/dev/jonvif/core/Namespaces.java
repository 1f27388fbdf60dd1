package dev.jonvif.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one registry of the namespaces jonvif reads and writes, with the conventional prefix for
 * each. Writers use {@link #prefixFor(String)} so every message jonvif sends uses the prefixes
 * people know from the ONVIF specifications ({@code tds}, {@code trt}, {@code tt}, ...).
 */
public final class Namespaces {

  // SOAP and XML
  public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
  public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
  public static final String XML = "http://www.w3.org/XML/1998/namespace";
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema";
  public static final String XOP = "http://www.w3.org/2004/08/xop/include";

  // WS-*
  public static final String WSA = "http://www.w3.org/2005/08/addressing";

  /** WS-Addressing member submission (2004/08), used by WS-Discovery 2005/04. */
  public static final String WSA_2004 = "http://schemas.xmlsoap.org/ws/2004/08/addressing";

  public static final String WSD = "http://schemas.xmlsoap.org/ws/2005/04/discovery";
  public static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  public static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
  public static final String WSNT = "http://docs.oasis-open.org/wsn/b-2";
  public static final String WSTOP = "http://docs.oasis-open.org/wsn/t-1";
  public static final String WSRF_BF = "http://docs.oasis-open.org/wsrf/bf-2";
  public static final String WSRF_R = "http://docs.oasis-open.org/wsrf/r-2";

  // ONVIF
  public static final String TT = "http://www.onvif.org/ver10/schema";
  public static final String TER = "http://www.onvif.org/ver10/error";
  public static final String TDS = "http://www.onvif.org/ver10/device/wsdl";
  public static final String TRT = "http://www.onvif.org/ver10/media/wsdl";
  public static final String TR2 = "http://www.onvif.org/ver20/media/wsdl";
  public static final String TPTZ = "http://www.onvif.org/ver20/ptz/wsdl";
  public static final String TIMG = "http://www.onvif.org/ver20/imaging/wsdl";
  public static final String TEV = "http://www.onvif.org/ver10/events/wsdl";
  public static final String TMD = "http://www.onvif.org/ver10/deviceIO/wsdl";
  public static final String TAN = "http://www.onvif.org/ver20/analytics/wsdl";
  public static final String TRC = "http://www.onvif.org/ver10/recording/wsdl";
  public static final String TSE = "http://www.onvif.org/ver10/search/wsdl";
  public static final String TRP = "http://www.onvif.org/ver10/replay/wsdl";
  public static final String TRV = "http://www.onvif.org/ver10/receiver/wsdl";
  public static final String TNS1 = "http://www.onvif.org/ver10/topics";
  public static final String DN = "http://www.onvif.org/ver10/network/wsdl";

  // Vendors whose topic namespaces appear in events
  public static final String HIKVISION_TOPICS = "http://www.hikvision.com/2011/event/topics";
  public static final String AXIS_TOPICS = "http://www.axis.com/2009/event/topics";
  public static final String DAHUA_TOPICS = "http://www.dahuatech.com/onvif/event/topics";

  private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

  static {
    PREFIXES.put(SOAP12, "s");
    PREFIXES.put(SOAP11, "s11");
    PREFIXES.put(XSI, "xsi");
    PREFIXES.put(XSD, "xs");
    PREFIXES.put(WSA, "wsa");
    PREFIXES.put(WSA_2004, "wsa");
    PREFIXES.put(WSD, "d");
    PREFIXES.put(WSSE, "wsse");
    PREFIXES.put(WSU, "wsu");
    PREFIXES.put(WSNT, "wsnt");
    PREFIXES.put(WSTOP, "wstop");
    PREFIXES.put(WSRF_BF, "wsrf-bf");
    PREFIXES.put(WSRF_R, "wsrf-r");
    PREFIXES.put(TT, "tt");
    PREFIXES.put(TER, "ter");
    PREFIXES.put(TDS, "tds");
    PREFIXES.put(TRT, "trt");
    PREFIXES.put(TR2, "tr2");
    PREFIXES.put(TPTZ, "tptz");
    PREFIXES.put(TIMG, "timg");
    PREFIXES.put(TEV, "tev");
    PREFIXES.put(TMD, "tmd");
    PREFIXES.put(TAN, "tan");
    PREFIXES.put(TRC, "trc");
    PREFIXES.put(TSE, "tse");
    PREFIXES.put(TRP, "trp");
    PREFIXES.put(TRV, "trv");
    PREFIXES.put(TNS1, "tns1");
    PREFIXES.put(DN, "dn");
    PREFIXES.put(XOP, "xop");
    PREFIXES.put(HIKVISION_TOPICS, "hikvision");
    PREFIXES.put(AXIS_TOPICS, "tnsaxis");
    PREFIXES.put(DAHUA_TOPICS, "tnsdahua");
  }

  private Namespaces() {}

  /** The conventional prefix for a namespace, or {@code null} when it is not registered. */
  public static String prefixFor(String namespaceUri) {
    return PREFIXES.get(namespaceUri);
  }

  /** Every registered namespace with its conventional prefix. */
  public static Map<String, String> all() {
    return java.util.Collections.unmodifiableMap(PREFIXES);
  }
}
