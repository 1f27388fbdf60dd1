package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What GetCapabilities says about where each service lives and how media may be streamed. Older
 * devices (and some current Axis firmware) answer GetCapabilities but not GetServices, so a client
 * falls back to this.
 *
 * @param xaddrs service namespace to address, as sent (e.g. {@link Namespaces#TRT} for the Media
 *     category); only categories with an address are present
 * @param rtpMulticast Media/StreamingCapabilities/RTPMulticast
 * @param rtpTcp Media/StreamingCapabilities/RTP_TCP (RTP over HTTP tunnelling)
 * @param rtpRtspTcp Media/StreamingCapabilities/RTP_RTSP_TCP (interleaved RTSP)
 * @param raw the {@code tds:Capabilities} element, for anything not mapped here
 * @see <a href="https://www.onvif.org/ver10/device/wsdl/devicemgmt.wsdl">devicemgmt.wsdl,
 *     GetCapabilitiesResponse</a>
 */
public record Capabilities(
    Map<String, String> xaddrs,
    boolean rtpMulticast,
    boolean rtpTcp,
    boolean rtpRtspTcp,
    XmlElement raw) {

  public Capabilities {
    xaddrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(xaddrs));
  }

  /** Reads a GetCapabilitiesResponse (or its {@code tds:Capabilities} child). */
  public static Capabilities fromResponse(XmlElement response) {
    XmlElement caps =
        response.localName().equals("Capabilities")
            ? response
            : Values.child(response, Namespaces.TDS, "Capabilities");
    if (caps == null) {
      caps = XmlElement.builder(Namespaces.TDS, "Capabilities").build();
    }
    Map<String, String> x = new LinkedHashMap<>();
    String tt = Namespaces.TT;
    put(x, Namespaces.TDS, Values.child(caps, tt, "Device"));
    put(x, Namespaces.TRT, Values.child(caps, tt, "Media"));
    put(x, Namespaces.TPTZ, Values.child(caps, tt, "PTZ"));
    put(x, Namespaces.TIMG, Values.child(caps, tt, "Imaging"));
    put(x, Namespaces.TEV, Values.child(caps, tt, "Events"));
    put(x, Namespaces.TAN, Values.child(caps, tt, "Analytics"));
    XmlElement ext = Values.child(caps, tt, "Extension");
    put(x, Namespaces.TMD, Values.child(ext, tt, "DeviceIO"));
    put(x, Namespaces.TRC, Values.child(ext, tt, "Recording"));
    put(x, Namespaces.TSE, Values.child(ext, tt, "Search"));
    put(x, Namespaces.TRP, Values.child(ext, tt, "Replay"));
    put(x, Namespaces.TRV, Values.child(ext, tt, "Receiver"));
    put(x, ServiceNames.namespaceOf("display"), Values.child(ext, tt, "Display"));
    put(x, ServiceNames.namespaceOf("analyticsdevice"), Values.child(ext, tt, "AnalyticsDevice"));
    XmlElement streaming =
        Values.child(Values.child(caps, tt, "Media"), tt, "StreamingCapabilities");
    return new Capabilities(
        x,
        Values.boolChild(streaming, tt, "RTPMulticast", false),
        Values.boolChild(streaming, tt, "RTP_TCP", false),
        Values.boolChild(streaming, tt, "RTP_RTSP_TCP", false),
        caps);
  }

  private static void put(Map<String, String> map, String namespace, XmlElement category) {
    String xaddr = Values.text(category, Namespaces.TT, "XAddr");
    if (xaddr != null && !xaddr.isEmpty()) {
      map.put(namespace, xaddr);
    }
  }

  /** The address of the service with this namespace, or {@code null}. */
  public String xaddr(String namespace) {
    return xaddrs.get(namespace);
  }
}
