package dev.jonvif.core.soap;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A WS-Addressing endpoint reference: an address and the reference parameters a sender must echo as
 * SOAP headers when it talks to that endpoint (ONVIF subscriptions rely on them).
 *
 * @param address the endpoint address ("" when a device sent an empty one)
 * @param referenceParameters elements to copy into the header of every request to the endpoint
 * @see <a href="https://www.w3.org/TR/ws-addr-core/#eprs">WS-Addressing 1.0 Core, §2</a>
 */
public record EndpointReference(String address, List<XmlElement> referenceParameters) {

  /** The anonymous address: "reply on the connection the request came on". */
  public static final String ANONYMOUS = "http://www.w3.org/2005/08/addressing/anonymous";

  public EndpointReference {
    address = Objects.requireNonNullElse(address, "").strip();
    referenceParameters =
        referenceParameters == null ? List.of() : List.copyOf(referenceParameters);
  }

  public static EndpointReference of(String address) {
    return new EndpointReference(address, List.of());
  }

  /**
   * Reads an endpoint reference element of any WS-Addressing version (Address and
   * ReferenceParameters looked up by local name, since cameras mix the 2004 and 2005 namespaces).
   * The 2004/08 ReferenceProperties, which a sender must echo just like parameters, are included
   * after the parameters.
   */
  public static EndpointReference fromElement(XmlElement epr) {
    String address = epr.childTextLenient("Address");
    XmlElement params = epr.childLenient("ReferenceParameters");
    XmlElement props = epr.childLenient("ReferenceProperties");
    List<XmlElement> list = params == null ? List.of() : params.children();
    if (props != null && !props.children().isEmpty()) {
      List<XmlElement> both = new ArrayList<>(list);
      both.addAll(props.children());
      list = both;
    }
    return new EndpointReference(address, list);
  }

  /**
   * This reference as an element named {@code namespace:localName}. Address and ReferenceParameters
   * are in the 2004/08 namespace when {@code namespace} is, else in WS-Addressing 1.0.
   */
  public XmlElement toElement(String namespace, String localName) {
    String wsa = Namespaces.WSA_2004.equals(namespace) ? Namespaces.WSA_2004 : Namespaces.WSA;
    XmlElement.Builder b = XmlElement.builder(namespace, localName).child(wsa, "Address", address);
    if (!referenceParameters.isEmpty()) {
      b.child(XmlElement.builder(wsa, "ReferenceParameters").children(referenceParameters).build());
    }
    return b.build();
  }

  /**
   * The reference parameters as headers to send, each marked {@code wsa:IsReferenceParameter} as
   * WS-Addressing §3.3 asks.
   */
  public List<XmlElement> referenceParameterHeaders() {
    List<XmlElement> out = new ArrayList<>(referenceParameters.size());
    for (XmlElement p : referenceParameters) {
      out.add(
          p.toBuilder()
              .attribute(
                  new javax.xml.namespace.QName(Namespaces.WSA, "IsReferenceParameter"), "true")
              .build());
    }
    return out;
  }
}
