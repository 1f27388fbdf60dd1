package dev.jonvif.core.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Escaping, namespace prefixes and QName text: what the writer emits always reads back. */
class XmlWriterTest {

  private static XmlElement roundTrip(XmlElement e) {
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(e));
    assertThat(XmlTrees.difference(e, back)).isNull();
    return back;
  }

  @Test
  void escapesMarkupCharactersInTextAndAttributes() {
    String nasty = "<a> & \"q\" 'a' ]]> </r>";
    XmlElement e = XmlElement.builder("", "r").attribute("v", nasty).text(nasty).build();
    String xml = XmlWriter.toXml(e);
    assertThat(xml)
        .isEqualTo(
            "<r v=\"&lt;a&gt; &amp; &quot;q&quot; 'a' ]]&gt; &lt;/r&gt;\">"
                + "&lt;a&gt; &amp; \"q\" 'a' ]]&gt; &lt;/r&gt;</r>");
    roundTrip(e);
  }

  @Test
  void controlCharactersAndNonCharactersBecomeReplacementCharacters() {
    String in = "a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\u007F\u0085";
    XmlElement e = XmlElement.builder("", "r").attribute("v", in).text(in).build();
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(e));
    String expected = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\u007F\u0085";
    assertThat(back.text()).isEqualTo(expected);
    assertThat(back.attribute("v")).isEqualTo(expected);
  }

  @Test
  void surrogatePairsPassAndLoneSurrogatesBecomeReplacementCharacters() {
    String in = "\uD83D\uDE00 x\uD83D y\uDE00 z\uDE00\uD83D end\uD83D";
    XmlElement e = XmlElement.builder("", "r").attribute("v", in).text(in).build();
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(e));
    String expected = "\uD83D\uDE00 x\uFFFD y\uFFFD z\uFFFD\uFFFD end\uFFFD";
    assertThat(back.text()).isEqualTo(expected);
    assertThat(back.attribute("v")).isEqualTo(expected);
  }

  @Test
  void carriageReturnsTabsAndNewlinesReadBackExactly() {
    String in = "line1\r\nline2\rline3\n\tindented";
    XmlElement e = XmlElement.builder("", "r").attribute("v", in).text(in).build();
    String xml = XmlWriter.toXml(e);
    assertThat(xml).contains("v=\"line1&#13;&#10;line2&#13;line3&#10;&#9;indented\"");
    assertThat(xml).contains(">line1&#13;\nline2&#13;line3\n\tindented<");
    XmlElement back = roundTrip(e);
    assertThat(back.attribute("v")).isEqualTo(in);
  }

  @Test
  void registryPrefixesAreUsedAndDeclaredOnceOnTheRoot() {
    XmlElement e =
        XmlElement.builder(Namespaces.SOAP12, "Envelope")
            .child(
                XmlElement.builder(Namespaces.SOAP12, "Body")
                    .child(
                        XmlElement.builder(Namespaces.TRT, "GetProfiles")
                            .child(Namespaces.TT, "Token", "a")
                            .child(Namespaces.TT, "Token", "b")
                            .build())
                    .build())
            .build();
    String xml = XmlWriter.toXml(e);
    assertThat(xml)
        .startsWith(
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\""
                + " xmlns:tt=\"http://www.onvif.org/ver10/schema\">")
        .contains("<trt:GetProfiles><tt:Token>a</tt:Token><tt:Token>b</tt:Token>");
    assertThat(xml.split("xmlns:tt=", -1)).hasSize(2);
    roundTrip(e);
  }

  @Test
  void unknownNamespacesGetNs1Ns2InOrderOfFirstUse() {
    XmlElement e =
        XmlElement.builder("urn:x", "r")
            .child(XmlElement.builder("urn:y", "c").attribute(new QName("urn:x", "a"), 1).build())
            .child(XmlElement.builder("urn:x", "d").build())
            .build();
    assertThat(XmlWriter.toXml(e))
        .isEqualTo(
            "<ns1:r xmlns:ns1=\"urn:x\" xmlns:ns2=\"urn:y\"><ns2:c ns1:a=\"1\"/><ns1:d/></ns1:r>");
    roundTrip(e);
  }

  @Test
  void anUnknownNamespaceKeepsAPrefixItCarries() {
    XmlElement e = XmlElement.builder(new QName("urn:vendor", "r", "vnd")).build();
    assertThat(XmlWriter.toXml(e)).isEqualTo("<vnd:r xmlns:vnd=\"urn:vendor\"/>");
  }

  @Test
  void aCarriedPrefixThatClashesWithTheRegistryIsNotUsed() {
    XmlElement e =
        XmlElement.builder(new QName("urn:vendor", "r", "tt"))
            .child(XmlElement.of(Namespaces.TT, "Name", "x"))
            .build();
    String xml = XmlWriter.toXml(e);
    assertThat(xml).contains("xmlns:tt=\"http://www.onvif.org/ver10/schema\"");
    assertThat(xml).contains("<ns1:r");
    roundTrip(e);
  }

  @Test
  void xmlLangNeedsNoDeclaration() {
    XmlElement e =
        XmlElement.builder(Namespaces.SOAP12, "Text")
            .attribute(new QName(Namespaces.XML, "lang"), "en")
            .text("x")
            .build();
    assertThat(XmlWriter.toXml(e))
        .isEqualTo(
            "<s:Text xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xml:lang=\"en\">x</s:Text>");
    assertThat(roundTrip(e).attribute(Namespaces.XML, "lang")).isEqualTo("en");
  }

  @Test
  void qnameTextDeclaresItsPrefix() {
    XmlElement e =
        XmlElement.builder(Namespaces.SOAP12, "Value")
            .qnameText(new QName(Namespaces.TER, "InvalidArgVal"))
            .build();
    String xml = XmlWriter.toXml(e);
    assertThat(xml).contains("xmlns:ter=\"http://www.onvif.org/ver10/error\"");
    assertThat(xml).contains(">ter:InvalidArgVal<");
    assertThat(XmlParser.parse(xml.getBytes(UTF_8)).textAsQName())
        .isEqualTo(new QName(Namespaces.TER, "InvalidArgVal"));
  }

  /**
   * The bug this guards against: a QName text whose prefix is also the writer's prefix for another
   * namespace used by element names below it.
   */
  @Test
  void qnameTextWithAClashingPrefixStaysResolvable() {
    XmlElement e =
        XmlElement.builder(Namespaces.TDS, "Outer")
            .child(XmlElement.of(Namespaces.TT, "Name", "n"))
            .child(
                XmlElement.builder(Namespaces.TDS, "Value")
                    .qnameText(new QName("urn:vendor", "Code", "tt"))
                    .child(XmlElement.of(Namespaces.TT, "Inner", "i"))
                    .build())
            .build();
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(e));
    XmlElement value = back.childOrNull(Namespaces.TDS, "Value");
    assertThat(value.textAsQName()).isEqualTo(new QName("urn:vendor", "Code"));
    assertThat(value.childOrNull(Namespaces.TT, "Inner")).isNotNull();
    assertThat(back.childOrNull(Namespaces.TT, "Name")).isNotNull();
  }

  @Test
  void prefixesUsedInTextOfAParsedElementAreDeclaredWhereverItIsWritten() {
    XmlElement notify =
        XmlParser.parse(
            """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
                xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2"
                xmlns:tns1="http://www.onvif.org/ver10/topics"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:ven="urn:vendor">
              <env:Body><wsnt:Topic Dialect="x">tns1:VideoSource/MotionAlarm</wsnt:Topic>
                <wsnt:Data xsi:type="ven:Special">http://not.a/qname</wsnt:Data></env:Body>
            </env:Envelope>"""
                .getBytes(UTF_8));
    XmlElement topic = notify.firstChild().firstChild();
    XmlElement data = notify.firstChild().children().get(1);
    XmlElement rehomed = XmlElement.builder("urn:new", "Holder").child(topic).child(data).build();
    String xml = XmlWriter.toXml(rehomed);
    assertThat(xml).contains("xmlns:tns1=\"http://www.onvif.org/ver10/topics\"");
    assertThat(xml).contains("xmlns:ven=\"urn:vendor\"");
    assertThat(xml).doesNotContain("xmlns:http");
    XmlElement back = XmlParser.parse(xml.getBytes(UTF_8));
    XmlElement t = back.firstChild();
    assertThat(t.resolveQName("tns1:VideoSource"))
        .isEqualTo(new QName(Namespaces.TNS1, "VideoSource"));
    XmlElement d = back.children().get(1);
    assertThat(d.resolveQName(d.attribute(Namespaces.XSI, "type")))
        .isEqualTo(new QName("urn:vendor", "Special"));
  }

  @Test
  void samePrefixPinnedToDifferentNamespacesIsDeclaredLocally() {
    XmlElement parsed =
        XmlParser.parse(
            "<r><a xmlns:p='urn:one'>p:x</a><b xmlns:p='urn:two'>p:y</b></r>".getBytes(UTF_8));
    XmlElement copy =
        XmlElement.builder(new QName("urn:p", "r", "p")).children(parsed.children()).build();
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(copy));
    assertThat(back.is("urn:p", "r")).isTrue();
    assertThat(back.children().get(0).textAsQName()).isEqualTo(new QName("urn:one", "x"));
    assertThat(back.children().get(1).textAsQName()).isEqualTo(new QName("urn:two", "y"));
  }

  @Test
  void declaredNamespaceOnABuilderReachesTextInItsChildren() {
    XmlElement e =
        XmlElement.builder(Namespaces.TEV, "Filter")
            .declareNamespace("tns1", Namespaces.TNS1)
            .child(XmlElement.of(Namespaces.WSNT, "TopicExpression", "tns1:Device//."))
            .build();
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(e));
    assertThat(back.firstChild().resolveQName("tns1:Device"))
        .isEqualTo(new QName(Namespaces.TNS1, "Device"));
  }

  @Test
  void emptyElementsAreSelfClosingAndBytesCarryADeclaration() {
    XmlElement e = XmlElement.builder("", "r").child(XmlElement.of("", "e", "")).build();
    assertThat(XmlWriter.toXml(e)).isEqualTo("<r><e/></r>");
    assertThat(new String(XmlWriter.toBytes(e), UTF_8))
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r><e/></r>");
  }

  @Test
  void parsedCaptureLikeDocumentRoundTripsToAnEqualTree() {
    String doc =
        """
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope"
            xmlns:trt="http://www.onvif.org/ver10/media/wsdl" xmlns:tt="http://www.onvif.org/ver10/schema">
          <SOAP-ENV:Body><trt:GetProfilesResponse>
            <trt:Profiles fixed="true" token="p&amp;1"><tt:Name>main &lt;1&gt;</tt:Name>
              <tt:Bounds height="1080" width="1920" y="0" x="0"></tt:Bounds>
            </trt:Profiles></trt:GetProfilesResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>""";
    XmlElement parsed = XmlParser.parse(doc.getBytes(UTF_8));
    roundTrip(parsed);
  }
}
