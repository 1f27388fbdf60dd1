package dev.jonvif.core.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SharedData;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real-device capture in {@code ../shared/onvif-reference/captures} (1,299 files): the
 * well-formed ones parse into an envelope (or, for WS-Discovery and other non-envelope XML, a tree)
 * without an unexpected exception; the ones MANIFEST.tsv marks not well-formed fail with {@link
 * MalformedMessageException} only; every fault maps to a code chain.
 */
class CaptureCorpusTest {

  private static final String REFERENCE = "onvif-reference";

  /** A MANIFEST.tsv row: the columns this test reads. */
  record Entry(String path, String kind, String schemaCheck) {

    boolean notWellFormed() {
      return kind.equals("not well-formed XML")
          || kind.startsWith("MTOM")
          || schemaCheck.startsWith("NOT-WELL-FORMED");
    }

    /** A well-formed page that starts with {@code <!DOCTYPE html>}: refused by design. */
    boolean htmlPage() {
      return kind.startsWith("non-SOAP (HTML");
    }
  }

  /**
   * The named leniency in {@link XmlParser}: a document whose declaration says UTF-16 but whose
   * bytes are ASCII is read by its bytes. Two agsh mock files do this (GetCapabilitiesEncoder.xml,
   * GetVideoSourcesEncoder.xml); Xerces calls them not well-formed, jonvif parses them.
   */
  private static boolean declaresUtf16InAscii(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.ISO_8859_1);
    return start.startsWith("<?xml")
        && start.substring(0, Math.max(0, start.indexOf("?>"))).toLowerCase().contains("utf-16");
  }

  private static Map<String, Entry> manifest(Path reference) throws IOException {
    List<String> lines = Files.readAllLines(reference.resolve("MANIFEST.tsv"));
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int path = header.indexOf("path");
    int kind = header.indexOf("kind");
    int check = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith("schema_check")) {
        check = i;
      }
    }
    assertThat(path).as("MANIFEST.tsv columns %s", header).isGreaterThanOrEqualTo(0);
    assertThat(kind).isGreaterThanOrEqualTo(0);
    assertThat(check).isGreaterThanOrEqualTo(0);
    Map<String, Entry> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String checkValue = c[check].startsWith("\"") ? c[check].substring(1) : c[check];
      rows.put(c[path], new Entry(c[path], c[kind], checkValue));
    }
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> everyCapture() throws IOException {
    Path reference = SharedData.require(REFERENCE);
    Map<String, Entry> manifest = manifest(reference);
    Path captures = reference.resolve("captures");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(captures)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(1000);
    return files.stream()
        .map(
            file -> {
              String relative = reference.relativize(file).toString().replace('\\', '/');
              return DynamicTest.dynamicTest(
                  relative.substring("captures/".length()),
                  () -> check(file, manifest.get(relative)));
            });
  }

  private static void check(Path file, Entry entry) throws IOException {
    assertThat(entry).as("MANIFEST.tsv row").isNotNull();
    byte[] bytes = Files.readAllBytes(file);
    if (entry.notWellFormed() && declaresUtf16InAscii(bytes)) {
      assertThat(parseAny(bytes)).isInstanceOf(SoapEnvelope.class);
      return;
    }
    if (entry.notWellFormed() || entry.htmlPage()) {
      Throwable t = catchThrowable(() -> parseAny(bytes));
      assertThat(t).as(entry.kind()).isInstanceOf(MalformedMessageException.class);
      return;
    }
    Object parsed = parseAny(bytes);
    if (entry.kind().equals("SOAP fault")) {
      assertThat(parsed).isInstanceOf(SoapEnvelope.class);
      assertThat(((SoapEnvelope) parsed).isFault()).as("fault in the body").isTrue();
    }
    if (parsed instanceof SoapEnvelope env && env.isFault()) {
      SoapFault f = env.fault();
      assertThat(f.codeChain()).isNotBlank();
      assertThat(f.code() != null || f.rawCode() != null).isTrue();
      assertThat(f.httpStatus()).isIn(400, 500);
    }
  }

  /** An envelope when the root is one, else the tree (WS-Discovery bodies, bare responses). */
  private static Object parseAny(byte[] bytes) {
    XmlElement root = XmlParser.parse(bytes);
    if (root.localName().equals("Envelope") && SoapVersion.forNamespace(root.namespace()) != null) {
      return SoapEnvelope.fromElement(root);
    }
    return root;
  }

  private static SoapFault faultIn(String capture) {
    Path file = SharedData.require(REFERENCE + "/captures/" + capture);
    try {
      SoapEnvelope env = SoapEnvelope.parse(Files.readAllBytes(file));
      assertThat(env.isFault()).isTrue();
      return env.fault();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final QName TER_NOT_AUTHORIZED = new QName(Namespaces.TER, "NotAuthorized");

  /** AXIS Q6045-E fw 5.55.1.2 (onvif-nvt capture): Sender / ter:NotAuthorized. */
  @Test
  void axisNotAuthorized() {
    SoapFault f =
        faultIn("hawkeye64__onvif-nvt/test/data/xml/axis/core/GetDot11Capabilities.Error.xml");
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.subcodes()).containsExactly(TER_NOT_AUTHORIZED);
    assertThat(f.isNotAuthorized()).isTrue();
    assertThat(f.reason()).isEqualTo("Sender not authorized");
    assertThat(f.reasonLang()).isEqualTo("en");
    assertThat(f.detail().localName()).isEqualTo("Text");
    assertThat(f.httpStatus()).isEqualTo(400);
  }

  /** Hikvision DS-2CD2012-I fw V5.2.0 (onvif-nvt capture) misspells the code "env:Reveiver". */
  @Test
  void hikvisionMisspelledReceiver() {
    SoapFault f =
        faultIn(
            "hawkeye64__onvif-nvt/test/data/xml/hikvision-fixed/core/GetDot11Capabilities.Error.xml");
    assertThat(f.code()).isNull();
    assertThat(f.rawCode()).isEqualTo(new QName(Namespaces.SOAP12, "Reveiver"));
    assertThat(f.subcodes())
        .containsExactly(
            new QName(Namespaces.TER, "InvalidDot11"),
            new QName(Namespaces.TER, "ActionNotSupported"));
    assertThat(f.codeChain()).isEqualTo("Reveiver/ter:InvalidDot11/ter:ActionNotSupported");
    assertThat(f.httpStatus()).isEqualTo(500);
  }

  /** DVC DRN-3282R NVR (2BAD capture): a plain s:Sender with no subcode. */
  @Test
  void dvcNvrPlainSender() {
    SoapFault f = faultIn("2BAD__onvif/fixtures/live/dvc/drn-3282r/device.UnknownActionFault.xml");
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.subcodes()).isEmpty();
    assertThat(f.codeChain()).isEqualTo("Sender");
    assertThat(f.reason()).isEqualTo("method name or namespace not recognized");
    assertThat(f.isNotAuthorized()).isFalse();
  }

  /** DVC DCN-BM2220LPR (2BAD capture): "HTTP Error: 401 Unauthorized" as a plain Sender fault. */
  @Test
  void dvcIpcUnauthorizedWithoutSubcode() {
    SoapFault f =
        faultIn(
            "2BAD__onvif/fixtures/live/dvc/dcn-bm2220lpr/device.GetSystemDateAndTimeUnauthorizedFault.xml");
    assertThat(f.subcodes()).isEmpty();
    assertThat(f.isHttp401InReason()).isTrue();
    assertThat(f.isNotAuthorized()).isTrue();
  }

  /** ex_onvif soap_fault.xml: Sender / ter:InvalidArgVal / ter:NoProfile. */
  @Test
  void invalidArgValNoProfile() {
    SoapFault f = faultIn("gBillal__ex_onvif/test/fixtures/soap_fault.xml");
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.subcodes())
        .containsExactly(
            new QName(Namespaces.TER, "InvalidArgVal"), new QName(Namespaces.TER, "NoProfile"));
    assertThat(f.codeChain()).isEqualTo("Sender/ter:InvalidArgVal/ter:NoProfile");
  }

  /** EZVIZ answers a request without credentials with an HTML page and HTTP 401. */
  @Test
  void ezvizHtml401IsATransportFailure() throws IOException {
    Path reference = SharedData.require(REFERENCE);
    String page =
        manifest(reference).values().stream()
            .filter(Entry::htmlPage)
            .map(Entry::path)
            .findFirst()
            .orElseThrow();
    byte[] html = Files.readAllBytes(reference.resolve(page));
    assertThat(new String(html, StandardCharsets.UTF_8)).contains("401");
    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> SoapResponses.interpret(401, html, ErrorContext.NONE));
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(catchThrowable(() -> SoapResponses.interpret(200, html, ErrorContext.NONE)))
        .isInstanceOf(MalformedMessageException.class);
  }
}
