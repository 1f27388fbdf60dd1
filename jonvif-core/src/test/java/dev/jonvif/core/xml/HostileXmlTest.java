package dev.jonvif.core.xml;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jonvif.core.Allocations;
import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile documents are refused with {@link MalformedMessageException}, and refused early: the
 * allocation bounds below are far under what buffering the hostile part would cost.
 */
class HostileXmlTest {

  private static final long MB = 1024 * 1024;

  /** Generous: a refused document may cost the parser's buffers, never its hostile payload. */
  private static final long SMALL_ALLOCATION = 4 * MB;

  /** Large documents are allowed by these limits, so only the limit under test can stop them. */
  private static final XmlLimits BIG_DOCUMENTS = XmlLimits.DEFAULT.withMaxDocumentBytes(1L << 40);

  private static final String XXE_FILE =
      """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <r>&x;</r>""";

  private static final String XXE_HTTP =
      """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:9/evil.xml">]>
      <r>&x;</r>""";

  private static final String PARAMETER_ENTITY =
      """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>
      <r/>""";

  private static final String BILLION_LAUGHS = billionLaughs();

  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    sb.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      sb.append(" <!ENTITY lol").append(i).append(" \"");
      sb.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    return sb.append("]>\n<lolz>&lol9;</lolz>").toString();
  }

  private static MalformedMessageException refused(byte[] doc) {
    Allocations.Measured<Throwable> m = Allocations.ofFailure(() -> XmlParser.parse(doc));
    assertThat(m.value()).isInstanceOf(MalformedMessageException.class);
    assertThat(m.bytes()).isLessThan(SMALL_ALLOCATION);
    return (MalformedMessageException) m.value();
  }

  @Test
  void xxeWithFileEntityIsRefusedAtTheDoctype() {
    MalformedMessageException e = refused(XXE_FILE.getBytes(UTF_8));
    assertThat(e).hasMessageContaining("DTDs are not allowed");
    assertThat(e.offset()).isEqualTo(XXE_FILE.indexOf("<!DOCTYPE"));
  }

  @Test
  void xxeWithHttpEntityIsRefused() {
    assertThat(refused(XXE_HTTP.getBytes(UTF_8))).hasMessageContaining("DTDs");
  }

  @Test
  void parameterEntityIsRefused() {
    assertThat(refused(PARAMETER_ENTITY.getBytes(UTF_8))).hasMessageContaining("DTDs");
  }

  @Test
  void billionLaughsIsRefused() {
    assertThat(refused(BILLION_LAUGHS.getBytes(UTF_8))).hasMessageContaining("DTDs");
  }

  /** The guard reads characters, so a DTD in another encoding is seen just the same. */
  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void doctypeInUtf16IsRefused(String charset) {
    for (String doc : new String[] {XXE_FILE, XXE_HTTP, PARAMETER_ENTITY, BILLION_LAUGHS}) {
      String declared = doc.replace("version=\"1.0\"", "version=\"1.0\" encoding=\"UTF-16\"");
      byte[] withBom = ("\uFEFF" + declared).getBytes(Charset.forName(charset));
      byte[] withoutBom = declared.getBytes(Charset.forName(charset));
      assertThat(refused(withBom)).hasMessageContaining("DTDs");
      assertThat(refused(withoutBom)).hasMessageContaining("DTDs");
    }
  }

  /**
   * An ASCII declaration that names UTF-16 is not believed (a named leniency: the bytes decide), so
   * UTF-16 markup behind it is not read as a DTD; it is not well-formed either.
   */
  @Test
  void declarationClaimingUtf16InAsciiBytesIsNotBelieved() {
    byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>".getBytes(UTF_8);
    byte[] tail =
        "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".getBytes(UTF_16LE);
    byte[] doc = new byte[head.length + tail.length];
    System.arraycopy(head, 0, doc, 0, head.length);
    System.arraycopy(tail, 0, doc, head.length, tail.length);
    refused(doc);
    Throwable streamed = catchThrowable(() -> XmlParser.parse(new ByteArrayInputStream(doc)));
    assertThat(streamed).isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void unknownEncodingIsRefused() {
    byte[] doc = "<?xml version=\"1.0\" encoding=\"x-no-such\"?><r/>".getBytes(UTF_8);
    assertThat(refused(doc)).hasMessageContaining("unsupported encoding");
  }

  @Test
  void undeclaredEntityIsRefused() {
    assertThat(refused("<r>&x;</r>".getBytes(UTF_8))).hasMessageContaining("&x;");
  }

  @Test
  void tenThousandDeepNestingIsRefusedAtTheDepthLimit() {
    byte[] doc = ("<a>".repeat(10_000) + "</a>".repeat(10_000)).getBytes(UTF_8);
    assertThat(refused(doc)).hasMessageContaining("nested deeper than 64");
  }

  @Test
  void deepNestingIsBoundedEvenWithoutADepthLimit() {
    byte[] doc = ("<a>".repeat(100_000) + "</a>".repeat(100_000)).getBytes(UTF_8);
    XmlLimits unlimited = XmlLimits.DEFAULT.withMaxDepth(Integer.MAX_VALUE);
    assertThat(refused(unlimited, doc)).hasMessageContaining("nested deeper than 1000");
  }

  @Test
  void nestingUpToTheHardBoundParses() {
    byte[] doc = ("<a>".repeat(1000) + "</a>".repeat(1000)).getBytes(UTF_8);
    XmlElement root = XmlParser.parse(doc, XmlLimits.DEFAULT.withMaxDepth(Integer.MAX_VALUE));
    int depth = 0;
    for (XmlElement e = root; e != null; e = e.firstChild()) {
      depth++;
    }
    assertThat(depth).isEqualTo(1000);
  }

  @Test
  void fiftyMegabyteAttributeIsRefusedAfterTheAttributeLimit() {
    GeneratedStream in = new GeneratedStream("<r a=\"", 'x', 50 * MB, "\"/>");
    Allocations.Measured<Throwable> m =
        Allocations.ofFailure(() -> XmlParser.parse(in, BIG_DOCUMENTS));
    assertThat(m.value())
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("attribute value longer than 65536");
    assertThat(m.bytes()).isLessThan(32 * MB).isLessThan(SMALL_ALLOCATION);
    assertThat(in.position()).isLessThan(MB);
  }

  @Test
  void fiftyMegabyteAttributeInSingleQuotesIsRefused() {
    GeneratedStream in = new GeneratedStream("<r b='\"' a='", '>', 50 * MB, "'/>");
    Allocations.Measured<Throwable> m =
        Allocations.ofFailure(() -> XmlParser.parse(in, BIG_DOCUMENTS));
    assertThat(m.value()).hasMessageContaining("attribute value longer");
    assertThat(m.bytes()).isLessThan(SMALL_ALLOCATION);
  }

  @Test
  void fiftyMegabyteTextNodeIsRefusedAfterTheTextLimit() {
    GeneratedStream in = new GeneratedStream("<r>", 'x', 50 * MB, "</r>");
    Allocations.Measured<Throwable> m =
        Allocations.ofFailure(() -> XmlParser.parse(in, BIG_DOCUMENTS));
    assertThat(m.value())
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("text longer than 8388608");
    // The stream is buffered up to the text limit (8 Mi characters by default), never 50 MB.
    assertThat(m.bytes()).isLessThan(32 * MB);
    assertThat(in.position()).isLessThan(9 * MB);
  }

  @Test
  void fiftyMegabyteTextNodeUnderTheDefaultLimitsFailsOnSize() {
    GeneratedStream in = new GeneratedStream("<r>", 'x', 50 * MB, "</r>");
    Allocations.Measured<Throwable> m =
        Allocations.ofFailure(() -> XmlParser.parse(in, XmlLimits.DEFAULT));
    assertThat(m.value()).isInstanceOf(MalformedMessageException.class);
    assertThat(m.bytes()).isLessThan(32 * MB);
  }

  @Test
  void fiftyMegabyteTextNodeWithASmallLimitCostsLittle() {
    XmlLimits limits = BIG_DOCUMENTS.withMaxTextLength(64 * 1024);
    GeneratedStream in = new GeneratedStream("<r>", 'x', 50 * MB, "</r>");
    Allocations.Measured<Throwable> m = Allocations.ofFailure(() -> XmlParser.parse(in, limits));
    assertThat(m.value()).hasMessageContaining("text longer than 65536");
    assertThat(m.bytes()).isLessThan(SMALL_ALLOCATION);
  }

  @Test
  void fiftyMegabyteCommentIsRefused() {
    XmlLimits limits = BIG_DOCUMENTS.withMaxTextLength(1024 * 1024);
    GeneratedStream in = new GeneratedStream("<r><!--", 'c', 50 * MB, "--></r>");
    Allocations.Measured<Throwable> m = Allocations.ofFailure(() -> XmlParser.parse(in, limits));
    assertThat(m.value()).hasMessageContaining("comment longer than");
    assertThat(m.bytes()).isLessThan(32 * MB);
  }

  @Test
  void textSplitByCommentsStillCountsAsOneText() {
    XmlLimits limits = XmlLimits.DEFAULT.withMaxTextLength(100);
    byte[] doc = ("<r>" + "0123456789<!---->".repeat(20) + "</r>").getBytes(UTF_8);
    assertThat(refused(limits, doc)).hasMessageContaining("text longer than 100");
  }

  @Test
  void moreElementsThanTheLimitAreRefused() {
    byte[] doc = ("<r>" + "<e/>".repeat(100) + "</r>").getBytes(UTF_8);
    assertThat(XmlParser.parse(doc, XmlLimits.DEFAULT.withMaxElements(101)).children())
        .hasSize(100);
    assertThat(refused(XmlLimits.DEFAULT.withMaxElements(100), doc))
        .hasMessageContaining("more than 100 elements");
  }

  @Test
  void documentOverTheSizeLimitIsRefusedBeforeParsing() {
    byte[] doc = ("<r>" + "x".repeat(2000) + "</r>").getBytes(UTF_8);
    XmlLimits limits = XmlLimits.DEFAULT.withMaxDocumentBytes(1000);
    assertThat(refused(limits, doc)).hasMessageContaining("exceeds the limit of 1000");
  }

  @Test
  void streamOverTheSizeLimitIsRefusedAsItArrives() {
    // White space inside a tag: the parser skips it without buffering, so only the size limit
    // can stop this document.
    GeneratedStream in = new GeneratedStream("<r", ' ', 50 * MB, "/>");
    Allocations.Measured<Throwable> m =
        Allocations.ofFailure(() -> XmlParser.parse(in, XmlLimits.DEFAULT));
    assertThat(m.value())
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("exceeds the limit of 8388608 bytes");
    assertThat(in.position()).isLessThan(9 * MB);
    // The stream is buffered as it is checked, so the cost is the 8 MiB limit, not the 50 MB.
    assertThat(m.bytes()).isLessThan(32 * MB);
  }

  @Test
  void hugeStreamOfShortElementsIsRefusedByTheElementLimit() {
    XmlLimits limits = BIG_DOCUMENTS.withMaxElements(10_000);
    GeneratedStream in = new GeneratedStream("<r>", ' ', 0, "<e/>".repeat(20_000) + "</r>");
    assertThat(Allocations.ofFailure(() -> XmlParser.parse(in, limits)).value())
        .hasMessageContaining("more than 10000 elements");
  }

  /** A named leniency: cameras send invalid UTF-8 in names; one bad byte should not lose it all. */
  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    byte[] doc = {'<', 'r', '>', 'a', (byte) 0xC3, (byte) 0x28, '<', '/', 'r', '>'};
    assertThat(XmlParser.parse(doc).text()).isEqualTo("a\uFFFD(");
    byte[] ascii = "<?xml version='1.0' encoding='US-ASCII'?><r>é</r>".getBytes(UTF_8);
    assertThat(XmlParser.parse(ascii).text()).isEqualTo("\uFFFD\uFFFD");
  }

  @Test
  void truncatedUtf16IsRefused() {
    byte[] doc = {(byte) 0xFF, (byte) 0xFE, '<', 0, 'r', 0, '>', 0, 'x'};
    assertThat(refused(doc)).isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void ucs4AndEbcdicAreNotUnderstoodAndRefused() {
    assertThat(refused("<r/>".getBytes(Charset.forName("UTF-32BE"))))
        .isInstanceOf(MalformedMessageException.class);
    assertThat(refused("<?xml version='1.0'?><r/>".getBytes(Charset.forName("IBM037"))))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void malformedBytesAreNotPrintedToStandardError() {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, UTF_8));
    try {
      byte[] doc = {'<', 'r', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'x', '>'};
      assertThatThrownBy(() -> XmlParser.parse(doc)).isInstanceOf(MalformedMessageException.class);
      assertThatThrownBy(() -> XmlParser.parse(new ByteArrayInputStream(doc)))
          .isInstanceOf(MalformedMessageException.class);
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(UTF_8)).isEmpty();
  }

  @Test
  void utf16DocumentOverTheAttributeLimitIsRefusedToo() {
    String doc = "\uFEFF<r a='" + "x".repeat(70_000) + "'/>";
    assertThat(refused(doc.getBytes(UTF_16BE))).hasMessageContaining("attribute value longer");
  }

  private static MalformedMessageException refused(XmlLimits limits, byte[] doc) {
    Allocations.Measured<Throwable> m = Allocations.ofFailure(() -> XmlParser.parse(doc, limits));
    assertThat(m.value()).isInstanceOf(MalformedMessageException.class);
    assertThat(m.bytes()).isLessThan(SMALL_ALLOCATION);
    return (MalformedMessageException) m.value();
  }
}
