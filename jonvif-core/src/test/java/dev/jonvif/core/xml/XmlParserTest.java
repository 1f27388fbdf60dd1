package dev.jonvif.core.xml;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the hardened parser accepts: encodings, and markup in every legal place. */
class XmlParserTest {

  private static final String UNICODE = "h\u00e9 \u65e5\u672c \uD83D\uDE00";

  @Test
  void declarationWithEncodingIsHonoured() {
    byte[] doc =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r a=\"\u00e9\">\u00e7a</r>"
            .getBytes(ISO_8859_1);
    XmlElement r = XmlParser.parse(doc);
    assertThat(r.text()).isEqualTo("\u00e7a");
    assertThat(r.attribute("a")).isEqualTo("\u00e9");
  }

  @Test
  void declarationInSingleQuotesWithStandalone() {
    byte[] doc =
        "<?xml version='1.0' encoding='windows-1252' standalone='yes'?><r>\u20ac</r>"
            .getBytes(Charset.forName("windows-1252"));
    assertThat(XmlParser.parse(doc).text()).isEqualTo("\u20ac");
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() {
    byte[] doc = ("\uFEFF<?xml version=\"1.0\"?><r>" + UNICODE + "</r>").getBytes(UTF_8);
    assertThat(XmlParser.parse(doc).text()).isEqualTo(UNICODE);
    assertThat(XmlParser.parse(new ByteArrayInputStream(doc)).text()).isEqualTo(UNICODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16DocumentsParse(String name) {
    Charset cs = Charset.forName(name);
    String body = "<r a='" + UNICODE + "'>" + UNICODE + "<c/></r>";
    String declared = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body;
    for (byte[] doc :
        new byte[][] {
          ("\uFEFF" + declared).getBytes(cs), // BOM and declaration
          declared.getBytes(cs), // declaration only: detected from "<?"
          ("\uFEFF" + body).getBytes(cs) // BOM only
        }) {
      XmlElement r = XmlParser.parse(doc);
      assertThat(r.attribute("a")).isEqualTo(UNICODE);
      assertThat(r.children()).hasSize(1);
      XmlElement streamed = XmlParser.parse(ChunkedStream.oneByteAtATime(doc));
      assertThat(XmlTrees.difference(r, streamed)).isNull();
    }
  }

  @Test
  void utf16WithoutBomOrDeclarationIsRecognisedByItsFirstCharacter() {
    assertThat(XmlParser.parse("<r>\u00e9</r>".getBytes(UTF_16LE)).text()).isEqualTo("\u00e9");
    assertThat(XmlParser.parse("<r>\u00e9</r>".getBytes(UTF_16BE)).text()).isEqualTo("\u00e9");
  }

  @Test
  void commentsCdataAndProcessingInstructionsInLegalPlaces() {
    String doc =
        """
        <?xml version="1.0"?>
        <!-- before the root - with -> and > inside -->
        <?app data with ? and > inside?>
        <r><!-- in content -->a<![CDATA[ <b> & ]] ]> ]]>b<?pi x?>c<e/><!----></r>
        <!-- after the root -->
        <?after?>
        """;
    XmlElement r = XmlParser.parse(doc.getBytes(UTF_8));
    assertThat(r.text()).isEqualTo("a <b> & ]] ]> bc");
    assertThat(r.children()).extracting(XmlElement::localName).containsExactly("e");
  }

  @Test
  void attributeValuesMayHoldGreaterThanAndTheOtherQuote() {
    XmlElement r =
        XmlParser.parse(
            "<r a=\"x > y 'q'\" b='say \"hi\" >' c=\"&quot;&apos;&lt;&gt;&amp;\"/>"
                .getBytes(UTF_8));
    assertThat(r.attribute("a")).isEqualTo("x > y 'q'");
    assertThat(r.attribute("b")).isEqualTo("say \"hi\" >");
    assertThat(r.attribute("c")).isEqualTo("\"'<>&");
  }

  @Test
  void cdataMayHoldLessThanAndMarkupLookalikes() {
    XmlElement r =
        XmlParser.parse("<r><![CDATA[<!DOCTYPE x> <a href=\"'\"> <!-- ]]></r>".getBytes(UTF_8));
    assertThat(r.text()).isEqualTo("<!DOCTYPE x> <a href=\"'\"> <!-- ");
  }

  @Test
  void predefinedAndCharacterReferencesAreReplaced() {
    XmlElement r = XmlParser.parse("<r>&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;</r>".getBytes());
    assertThat(r.text()).isEqualTo("<>&\"'A\uD83D\uDE00");
  }

  @Test
  void carriageReturnsAreNormalisedUnlessEscaped() {
    XmlElement r = XmlParser.parse("<r a='x&#13;&#10;y\tz'>a\r\nb\rc&#13;</r>".getBytes());
    assertThat(r.text()).isEqualTo("a\nb\nc\r");
    assertThat(r.attribute("a")).isEqualTo("x\r\ny z");
  }

  @Test
  void whitespaceBetweenChildrenIsDroppedButLeafWhitespaceKept() {
    XmlElement r = XmlParser.parse("<r>\n  <a>  </a>\n  <b> x </b>\n</r>".getBytes());
    assertThat(r.text()).isEmpty();
    assertThat(r.children().get(0).text()).isEqualTo("  ");
    assertThat(r.children().get(1).text()).isEqualTo(" x ");
    assertThat(r.children().get(1).textTrim()).isEqualTo("x");
  }

  @Test
  void mixedContentKeepsItsText() {
    XmlElement r = XmlParser.parse("<r> a <b/> c </r>".getBytes());
    assertThat(r.text()).isEqualTo(" a  c ");
    // White space after the first child is indentation until real text shows up.
    assertThat(XmlParser.parse("<r><b/>\n<c/>x</r>".getBytes()).text()).isEqualTo("x");
    assertThat(XmlParser.parse("<r><b/><![CDATA[ ]]><c/></r>".getBytes()).text()).isEmpty();
  }

  @Test
  void crlfIndentedDocumentsHaveNoTextBetweenChildren() {
    XmlElement r = XmlParser.parse("<r>\r\n  <a>x\r\ny</a>\r\n  <b/>\r\n</r>".getBytes());
    assertThat(r.text()).isEmpty();
    assertThat(r.firstChild().text()).isEqualTo("x\ny");
  }

  @Test
  void notWellFormedInputIsMalformed() {
    for (String bad :
        new String[] {
          "",
          "   ",
          "<r>",
          "<r></s>",
          "<r/><r/>",
          "<r/>trailing",
          "text",
          "<p:r/>",
          "<r a='1' a='2'/>",
          "<a(b)/>",
          "<1a/>",
          "<a:b:c xmlns:a='u'/>",
          "<r><?<!DOCTYPE x>?></r>",
          "<?<!DOCTYPE x>?><r/>",
          "<?xml version='1.0'?>",
          "<r><![CDATA[x</r>",
          "<r><![INCLUDE[x]]></r>"
        }) {
      assertThatThrownBy(() -> XmlParser.parse(bad.getBytes(UTF_8)))
          .as(bad)
          .isInstanceOf(MalformedMessageException.class);
    }
  }

  @Test
  void unboundPrefixMessageIsReadable() {
    assertThatThrownBy(() -> XmlParser.parse("<p:r/>".getBytes()))
        .hasMessageContaining("namespace prefix p is not declared");
  }

  @Test
  void aFailingStreamIsATransportProblemNotAMalformedMessage() {
    InputStream broken =
        new InputStream() {
          private final byte[] start = "<r>partial text".getBytes(UTF_8);
          private int pos;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (pos == start.length) {
              throw new IOException("connection reset");
            }
            int n = Math.min(len, start.length - pos);
            System.arraycopy(start, pos, b, off, n);
            pos += n;
            return n;
          }

          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }
        };
    assertThatThrownBy(() -> XmlParser.parse(broken))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("connection reset");
  }

  /** Named leniencies: camera strings with NUL padding and "--" in comments are kept. */
  @Test
  void forbiddenCharactersInContentAndDoubleHyphensInCommentsAreTolerated() {
    XmlElement r =
        XmlParser.parse("<r a='x\u0001'>name\u0000\u0000<!-- a -- b --></r>".getBytes(UTF_8));
    assertThat(r.text()).isEqualTo("name\u0000\u0000");
    assertThat(r.attribute("a")).isEqualTo("x\u0001");
  }

  @Test
  void theStreamIsNotClosed() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream("<r/>".getBytes()) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    XmlParser.parse(in);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void streamAndArrayGiveTheSameTree() {
    byte[] doc =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a:r xmlns:a=\"urn:a\" x=\"1\">"
                + "<a:c>"
                + UNICODE.repeat(3000)
                + "</a:c></a:r>")
            .getBytes(UTF_8);
    XmlElement fromArray = XmlParser.parse(doc);
    XmlElement fromStream = XmlParser.parse(new ByteArrayInputStream(doc));
    assertThat(XmlTrees.difference(fromArray, fromStream)).isNull();
  }

  @Test
  void longDeclarationStillFindsTheEncodingInAStream() {
    String decl = "<?xml version=\"1.0\"" + " ".repeat(600) + "encoding=\"ISO-8859-1\"?>";
    byte[] doc = (decl + "<r>\u00e9</r>").getBytes(ISO_8859_1);
    assertThat(XmlParser.parse(ChunkedStream.oneByteAtATime(doc)).text()).isEqualTo("\u00e9");
  }

  @Test
  void utf16ByteOrderMarkInStreamOfOddChunks() {
    byte[] doc = ("\uFEFF<r>" + UNICODE + "</r>").getBytes(UTF_16BE);
    XmlElement r = XmlParser.parse(new ChunkedStream(doc, java.util.List.of(3, 1, 5)));
    assertThat(r.text()).isEqualTo(UNICODE);
  }
}
