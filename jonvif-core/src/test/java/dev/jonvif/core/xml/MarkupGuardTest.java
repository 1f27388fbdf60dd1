package dev.jonvif.core.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jonvif.core.MalformedMessageException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The guard's state survives any split of the input: every state (text, tag, both quotes,
 * declaration opener, comment, CDATA, PI) meets a buffer boundary, one character at a time, in
 * every two-piece split, and in random chunk sizes.
 */
class MarkupGuardTest {

  /** A legal document that visits every guard state, with terminator look-alikes in each. */
  static final String EVERY_STATE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- comment with - and -> and > and ]]> -->
      <?pi with ? and > and ?x ?>
      <a:r xmlns:a="urn:a" x="1 > 0 'single'" y='2 > 1 "double"'>
        text with > and ] and ]] and ? and é and \uD83D\uDE00
        <![CDATA[cdata with < and > and ] ]] ]]] and <!DOCTYPE lookalike]]>
        <!---->
        <a:e   z = "&lt;&gt;&quot;"
          w='multi
          line'/>
        <?p?>
      </a:r >
      <!-- trailing -->""";

  /** Hostile documents, each with the message the guard gives. */
  static final Map<String, String> HOSTILE =
      Map.of(
          "<?xml version=\"1.0\"?><!DOCTYPE r><r/>",
          "DTDs",
          "<r><!ENTITY x 'y'></r>",
          "DTDs",
          "<r><![INCLUDE[x]]></r>",
          "DTDs",
          "<r><!-x--></r>",
          "DTDs",
          "<r a='" + "x".repeat(200) + "'/>",
          "attribute value longer than 100",
          "<r a=\"" + "'".repeat(200) + "\"/>",
          "attribute value longer than 100",
          "<r>" + "x".repeat(200) + "</r>",
          "text longer than 100",
          "<r><!--" + "-x".repeat(100) + "--></r>",
          "comment longer than 100",
          "<r><![CDATA[" + "]x".repeat(100) + "]]></r>",
          "CDATA section longer than 100",
          "<r><?pi " + "?x".repeat(100) + "?></r>",
          "processing instruction longer than 100");

  private static final XmlLimits SMALL =
      XmlLimits.DEFAULT.withMaxAttributeLength(100).withMaxTextLength(100);

  /** Runs the guard over {@code doc} in pieces of the given sizes (cycling). */
  private static void scanInChunks(String doc, List<Integer> sizes, XmlLimits limits) {
    MarkupGuard guard = new MarkupGuard(limits);
    char[] chars = doc.toCharArray();
    int pos = 0;
    for (int k = 0; pos < chars.length; k++) {
      int n = Math.min(Math.max(1, sizes.get(k % sizes.size())), chars.length - pos);
      guard.scan(chars, pos, n);
      pos += n;
    }
  }

  @Test
  void everyStateSurvivesOneCharacterAtATime() {
    scanInChunks(EVERY_STATE, List.of(1), XmlLimits.DEFAULT);
    XmlElement whole = XmlParser.parse(EVERY_STATE.getBytes(UTF_8));
    XmlElement trickled =
        XmlParser.parse(ChunkedStream.oneByteAtATime(EVERY_STATE.getBytes(UTF_8)));
    assertThat(XmlTrees.difference(whole, trickled)).isNull();
    assertThat(whole.text()).contains("]] and ? and é");
    // attribute normalisation: each white space character becomes a space
    assertThat(whole.children().get(0).attribute("w")).isEqualTo("multi     line");
  }

  @Test
  void everyTwoPieceSplitOfTheLegalDocumentIsAccepted() {
    for (int split = 1; split < EVERY_STATE.length(); split++) {
      MarkupGuard guard = new MarkupGuard(XmlLimits.DEFAULT);
      char[] chars = EVERY_STATE.toCharArray();
      guard.scan(chars, 0, split);
      guard.scan(chars, split, chars.length - split);
    }
  }

  @Test
  void everyHostileDocumentIsRefusedWhateverTheSplit() {
    HOSTILE.forEach(
        (doc, message) -> {
          assertThatThrownBy(() -> scanInChunks(doc, List.of(doc.length()), SMALL))
              .as(doc)
              .isInstanceOf(MalformedMessageException.class)
              .hasMessageContaining(message);
          for (int split = 1; split < doc.length(); split++) {
            int s = split;
            assertThatThrownBy(() -> scanInChunks(doc, List.of(s, doc.length()), SMALL))
                .as(doc + " split at " + s)
                .hasMessageContaining(message);
          }
          assertThatThrownBy(() -> scanInChunks(doc, List.of(1), SMALL))
              .hasMessageContaining(message);
        });
  }

  @Test
  void theReportedOffsetDoesNotDependOnTheSplit() {
    String doc = "<r>text</r><!DOCTYPE x>";
    long whole = offsetOfFailure(doc, List.of(doc.length()));
    assertThat(whole).isEqualTo(doc.indexOf("DOCTYPE"));
    for (int size = 1; size < doc.length(); size++) {
      assertThat(offsetOfFailure(doc, List.of(size))).isEqualTo(whole);
    }
  }

  private static long offsetOfFailure(String doc, List<Integer> sizes) {
    Throwable t = catchThrowable(() -> scanInChunks(doc, sizes, XmlLimits.DEFAULT));
    return ((MalformedMessageException) t).offset();
  }

  @Test
  void commentOpenerDashesDoNotCloseIt() {
    // "<!-->" and "<!--->" are not complete comments: the guard must still be inside it.
    assertThatThrownBy(() -> scanInChunks("<!-->" + "x".repeat(200), List.of(1), SMALL))
        .hasMessageContaining("comment longer");
    assertThatThrownBy(() -> scanInChunks("<!--->" + "x".repeat(200), List.of(1), SMALL))
        .hasMessageContaining("comment longer");
  }

  /** Bytes in UTF-8 (multi-byte characters split anywhere) and UTF-16 (units split anywhere). */
  @Test
  void byteInputIsFollowedInEveryEncodingAndSplit() {
    for (java.nio.charset.Charset cs :
        List.of(
            UTF_8,
            java.nio.charset.StandardCharsets.UTF_16LE,
            java.nio.charset.StandardCharsets.UTF_16BE)) {
      byte[] legal = EVERY_STATE.getBytes(cs);
      for (int size = 1; size <= 7; size++) {
        scanBytesInChunks(legal, size, XmlLimits.DEFAULT);
      }
      HOSTILE.forEach(
          (doc, message) -> {
            byte[] bytes = doc.getBytes(cs);
            for (int size = 1; size <= 7; size++) {
              int s = size;
              assertThatThrownBy(() -> scanBytesInChunks(bytes, s, SMALL))
                  .as(cs + " " + doc + " in chunks of " + s)
                  .hasMessageContaining(message);
            }
          });
    }
  }

  @Test
  void byteOffsetsCountBytesNotCharacters() {
    String doc = "<r a='\u00e9\u00e9'>\u65e5</r><!DOCTYPE x>";
    byte[] utf8 = doc.getBytes(UTF_8);
    int expected = new String(utf8, UTF_8).indexOf("DOCTYPE");
    int bytesBefore = doc.substring(0, expected).getBytes(UTF_8).length;
    for (int size = 1; size <= utf8.length; size++) {
      int s = size;
      Throwable t = catchThrowable(() -> scanBytesInChunks(utf8, s, XmlLimits.DEFAULT));
      assertThat(((MalformedMessageException) t).offset())
          .as("chunks of %d", s)
          .isEqualTo(bytesBefore);
    }
    byte[] utf16 = doc.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    Throwable t = catchThrowable(() -> scanBytesInChunks(utf16, 3, XmlLimits.DEFAULT));
    assertThat(((MalformedMessageException) t).offset()).isEqualTo(2L * expected);
  }

  /** Multi-byte UTF-8 characters count once towards a limit, as the parser counts them. */
  @Test
  void limitsCountCharactersNotBytes() {
    String value = "\u65e5".repeat(100); // 300 bytes, 100 characters
    scanBytesInChunks(("<r a='" + value + "'>" + value + "</r>").getBytes(UTF_8), 5, SMALL);
  }

  private static void scanBytesInChunks(byte[] doc, int size, XmlLimits limits) {
    MarkupGuard guard = new MarkupGuard(limits);
    for (int pos = 0; pos < doc.length; pos += size) {
      guard.scan(doc, pos, Math.min(size, doc.length - pos));
    }
  }

  @Property(tries = 100)
  void legalDocumentParsesTheSameInAnyChunking(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 40) Integer> sizes) {
    byte[] bytes = EVERY_STATE.getBytes(UTF_8);
    XmlElement whole = XmlParser.parse(bytes);
    XmlElement chunked = XmlParser.parse(new ChunkedStream(bytes, sizes));
    assertThat(XmlTrees.difference(whole, chunked)).isNull();
  }

  @Property(tries = 100)
  void hostileDocumentIsRefusedInAnyChunking(
      @ForAll("hostile") String doc,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 40) Integer> sizes) {
    byte[] bytes = doc.getBytes(UTF_8);
    assertThatThrownBy(() -> XmlParser.parse(new ChunkedStream(bytes, sizes), SMALL))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining(HOSTILE.get(doc));
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(HOSTILE.keySet());
  }
}
