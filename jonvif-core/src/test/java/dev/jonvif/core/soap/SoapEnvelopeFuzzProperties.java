package dev.jonvif.core.soap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever bytes arrive, parsing either succeeds or raises {@link MalformedMessageException}. */
class SoapEnvelopeFuzzProperties {

  private static final byte[] VALID =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
          xmlns:wsa="http://www.w3.org/2005/08/addressing" xmlns:ter="http://www.onvif.org/ver10/error"
          xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:trt="http://www.onvif.org/ver10/media/wsdl">
        <env:Header><wsa:Action>urn:a</wsa:Action><wsa:MessageID>urn:uuid:1</wsa:MessageID>
          <wsa:ReplyTo><wsa:Address>http://x/</wsa:Address></wsa:ReplyTo></env:Header>
        <env:Body>
          <env:Fault><env:Code><env:Value>env:Sender</env:Value>
            <env:Subcode><env:Value>ter:InvalidArgVal</env:Value></env:Subcode></env:Code>
            <env:Reason><env:Text xml:lang="en">a &amp; b <![CDATA[<c>]]></env:Text></env:Reason>
            <env:Detail><tt:X a='1' b="2"><!-- c --><?p i?>é😀</tt:X></env:Detail></env:Fault>
        </env:Body>
      </env:Envelope>"""
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] DOCTYPE =
      "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>".getBytes(StandardCharsets.UTF_8);

  /** Parses both ways and exercises everything a caller would read from the result. */
  private static void parseOnlyEverFailsCleanly(byte[] bytes) {
    for (int way = 0; way < 2; way++) {
      try {
        SoapEnvelope env =
            way == 0
                ? SoapEnvelope.parse(bytes)
                : SoapEnvelope.fromElement(XmlParser.parse(new ByteArrayInputStream(bytes)));
        env.addressing();
        if (env.isFault()) {
          assertThat(env.fault().codeChain()).isNotNull();
        }
        SoapEnvelope.parse(env.toBytes());
      } catch (MalformedMessageException expected) {
        assertThat(expected.getMessage()).isNotNull();
      }
    }
  }

  @Property(tries = 300)
  void randomBytes(@ForAll byte[] bytes) {
    parseOnlyEverFailsCleanly(bytes);
  }

  @Property(tries = 300)
  void randomBytesAfterAnXmlStart(@ForAll byte[] bytes) {
    byte[] start =
        "<?xml version='1.0'?><env:Envelope xmlns:env='http://www.w3.org/2003/05/soap-envelope'>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[start.length + bytes.length];
    System.arraycopy(start, 0, doc, 0, start.length);
    System.arraycopy(bytes, 0, doc, start.length, bytes.length);
    parseOnlyEverFailsCleanly(doc);
  }

  @Property(tries = 400)
  void mutationsOfAValidEnvelope(
      @ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, Integer>> edits) {
    byte[] doc = VALID.clone();
    for (Tuple.Tuple3<Integer, Integer, Integer> edit : edits) {
      doc = apply(doc, edit.get1(), edit.get2(), edit.get3());
    }
    parseOnlyEverFailsCleanly(doc);
  }

  @Property(tries = 100)
  void doctypeInsertedAnywhereIsRefused(@ForAll("positions") int at) {
    int pos = at % (VALID.length + 1);
    byte[] doc = insert(VALID, pos, DOCTYPE);
    try {
      SoapEnvelope.parse(doc);
      // Only inside the CDATA section, a comment or a PI is a "DOCTYPE" just text.
      String text = new String(VALID, 0, pos, StandardCharsets.UTF_8);
      assertThat(
              text.lastIndexOf("<![CDATA[") > text.lastIndexOf("]]>")
                  || text.lastIndexOf("<!--") > text.lastIndexOf("-->")
                  || text.lastIndexOf("<?") > text.lastIndexOf("?>"))
          .as("parsed with a DOCTYPE at %d", pos)
          .isTrue();
    } catch (MalformedMessageException expected) {
      // the normal outcome
    }
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, VALID.length);
  }

  /** (kind, position, value): flip a byte, truncate, insert a byte, or insert a DOCTYPE. */
  @Provide
  Arbitrary<List<Tuple.Tuple3<Integer, Integer, Integer>>> mutations() {
    Arbitrary<Tuple.Tuple3<Integer, Integer, Integer>> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255))
            .as(Tuple::of);
    return edit.list().ofMinSize(1).ofMaxSize(6);
  }

  private static byte[] apply(byte[] doc, int kind, int position, int value) {
    int pos = doc.length == 0 ? 0 : position % doc.length;
    return switch (kind) {
      case 0 -> {
        byte[] d = doc.clone();
        if (d.length > 0) {
          d[pos] = (byte) (d[pos] ^ (1 << (value % 8)));
        }
        yield d;
      }
      case 1 -> java.util.Arrays.copyOf(doc, pos);
      case 2 -> insert(doc, pos, new byte[] {(byte) value});
      default -> insert(doc, pos, DOCTYPE);
    };
  }

  private static byte[] insert(byte[] doc, int pos, byte[] what) {
    byte[] d = new byte[doc.length + what.length];
    System.arraycopy(doc, 0, d, 0, pos);
    System.arraycopy(what, 0, d, pos, what.length);
    System.arraycopy(doc, pos, d, pos + what.length, doc.length - pos);
    return d;
  }

  @Property(tries = 50)
  void builtEnvelopesWithRandomTextAlwaysParse(@ForAll String text) {
    SoapEnvelope env =
        SoapEnvelope.ofFault(
            SoapVersion.SOAP_12,
            SoapFault.sender(text, "InvalidArgVal")
                .withDetail(XmlElement.of(Namespaces.TT, "D", text)));
    assertThat(SoapEnvelope.parse(env.toBytes()).fault().code()).isEqualTo(FaultCode.SENDER);
  }
}
