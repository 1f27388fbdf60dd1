package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One transport specification of an RTSP {@code Transport} header, e.g. {@code
 * RTP/AVP;unicast;client_port=5000-5001} or {@code RTP/AVP/TCP;unicast;interleaved=0-1}.
 *
 * @param protocol the transport/profile/lower-transport as written, e.g. {@code RTP/AVP/TCP}
 * @param parameters the parameters in order; flags ({@code unicast}) map to ""
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2326#section-12.39">RFC 2326 §12.39</a>
 */
public record TransportHeader(String protocol, Map<String, String> parameters) {

  /** A pair of ports or channels such as {@code 5000-5001}. */
  public record Pair(int first, int second) {
    @Override
    public String toString() {
      return first + "-" + second;
    }
  }

  public TransportHeader {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** UDP unicast with the client's RTP/RTCP port pair. */
  public static TransportHeader udp(int rtpPort, int rtcpPort) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("unicast", "");
    p.put("client_port", rtpPort + "-" + rtcpPort);
    return new TransportHeader("RTP/AVP", p);
  }

  /** TCP interleaved on the channel pair. */
  public static TransportHeader interleaved(int rtpChannel, int rtcpChannel) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("unicast", "");
    p.put("interleaved", rtpChannel + "-" + rtcpChannel);
    return new TransportHeader("RTP/AVP/TCP", p);
  }

  /**
   * Every transport specification in a {@code Transport} header value, in the client's order of
   * preference.
   *
   * @throws MalformedMessageException when a specification is empty
   */
  public static List<TransportHeader> parseAll(String value) {
    List<TransportHeader> out = new ArrayList<>(2);
    for (String spec : value.split(",")) {
      String[] parts = spec.strip().split(";");
      String protocol = parts[0].strip();
      if (protocol.isEmpty()) {
        throw new MalformedMessageException("empty transport specification in Transport header");
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 1; i < parts.length; i++) {
        String part = parts[i].strip();
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        if (eq < 0) {
          params.put(part.toLowerCase(Locale.ROOT), "");
        } else {
          params.put(
              part.substring(0, eq).strip().toLowerCase(Locale.ROOT),
              unquote(part.substring(eq + 1).strip()));
        }
      }
      out.add(new TransportHeader(protocol, params));
    }
    return out;
  }

  /** Whether this is RTP over the AVP profile. */
  public boolean isRtpAvp() {
    String p = protocol.toUpperCase(Locale.ROOT);
    return p.equals("RTP/AVP") || p.equals("RTP/AVP/UDP") || p.equals("RTP/AVP/TCP");
  }

  /** Whether the lower transport is TCP ({@code RTP/AVP/TCP}). */
  public boolean isTcp() {
    return protocol.toUpperCase(Locale.ROOT).endsWith("/TCP");
  }

  /** Whether multicast was asked for. */
  public boolean isMulticast() {
    return parameters.containsKey("multicast");
  }

  /** The {@code client_port} pair, or {@code null}. */
  public Pair clientPorts() {
    return pair("client_port");
  }

  /** The {@code server_port} pair, or {@code null}. */
  public Pair serverPorts() {
    return pair("server_port");
  }

  /** The {@code interleaved} channel pair, or {@code null}. */
  public Pair interleavedChannels() {
    return pair("interleaved");
  }

  /** This specification with a parameter added or replaced. */
  public TransportHeader with(String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(parameters);
    p.put(name, value);
    return new TransportHeader(protocol, p);
  }

  /**
   * A pair parameter such as {@code client_port=5000-5001}; a single number {@code n} means {@code
   * n-(n+1)}. {@code null} when absent.
   *
   * @throws MalformedMessageException when present but not one or two numbers in 0..65535
   */
  public Pair pair(String name) {
    String v = parameters.get(name);
    if (v == null) {
      return null;
    }
    try {
      int dash = v.indexOf('-');
      int a = Integer.parseInt(dash < 0 ? v.strip() : v.substring(0, dash).strip());
      int b = dash < 0 ? a + 1 : Integer.parseInt(v.substring(dash + 1).strip());
      if (a < 0 || b < 0 || a > 65535 || b > 65535) {
        throw new NumberFormatException();
      }
      return new Pair(a, b);
    } catch (NumberFormatException e) {
      throw new MalformedMessageException(
          "bad " + name + " in Transport header: " + Ascii.snippet(v));
    }
  }

  /** The specification as written in a header. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(protocol);
    parameters.forEach(
        (k, v) -> {
          sb.append(';').append(k);
          if (!v.isEmpty()) {
            sb.append('=').append(v);
          }
        });
    return sb.toString();
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
