package dev.jonvif.testkit;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.validation.Schema;

/**
 * Offline validation against the official ONVIF schemas in {@code ../shared/onvif-reference/wsdl}:
 * device, media (1 and 2), PTZ, imaging, events (with WS-BaseNotification and WS-Topics), device
 * IO, analytics, recording, search, replay, receiver, the SOAP 1.2 envelope and WS-Discovery
 * 2005/04. Nothing is fetched from the network.
 *
 * <p>The schema set is compiled once per JVM, on first use, and shared; validation is thread-safe.
 * Every method skips the calling test when the shared folder is missing (and fails it when the
 * environment variable {@code CI} is {@code true}), so a test can simply call {@link
 * #assertValidEnvelope(byte[])}.
 *
 * <pre>{@code
 * OnvifSchemas.assertValidEnvelope(request.body());
 * List<SchemaError> errors = OnvifSchemas.validateElement(probeMatches);
 * }</pre>
 */
public final class OnvifSchemas {

  private static final int DOCUMENT_EXCERPT = 4000;

  private static SchemaCompiler.Compiled compiled;
  private static RuntimeException failure;

  private OnvifSchemas() {}

  /** Whether the ONVIF schemas are present (the shared folder was found). */
  public static boolean available() {
    return SharedDir.onvifReference().isPresent();
  }

  /** Skips the calling test when the schemas are missing; fails it instead when {@code CI=true}. */
  public static void assumeAvailable() {
    SharedDir.require("ONVIF schema validation");
  }

  /** How long compiling the schema set took (compiling it first if needed). */
  public static Duration compileTime() {
    return compiled().compileTime();
  }

  /**
   * Validates a SOAP envelope. Each Body element is checked strictly against the ONVIF types (an
   * undeclared element is an error); the SOAP 1.2 envelope and headers are checked laxly, so
   * headers outside the set (WS-Security) pass. For a SOAP 1.1 envelope only the Body elements are
   * checked.
   *
   * @return the errors, empty when valid
   */
  public static List<SchemaError> validateEnvelope(byte[] envelope) {
    return SchemaValidation.envelope(schema(), envelope);
  }

  /** Validates an envelope element tree, as written by {@link XmlWriter}. */
  public static List<SchemaError> validateEnvelope(XmlElement envelope) {
    return validateEnvelope(XmlWriter.toBytes(envelope));
  }

  public static List<SchemaError> validateEnvelope(SoapEnvelope envelope) {
    return validateEnvelope(envelope.toBytes());
  }

  /**
   * Validates a document whose root is an element of the set, e.g. a {@code d:ProbeMatches} or a
   * body element on its own. The root must be declared.
   */
  public static List<SchemaError> validateElement(byte[] document) {
    return SchemaValidation.element(schema(), document);
  }

  public static List<SchemaError> validateElement(XmlElement element) {
    return validateElement(XmlWriter.toBytes(element));
  }

  /** Throws an {@link AssertionError} listing the errors and the document when not valid. */
  public static void assertValidEnvelope(byte[] envelope) {
    failIfErrors("SOAP envelope", validateEnvelope(envelope), envelope);
  }

  public static void assertValidEnvelope(XmlElement envelope) {
    assertValidEnvelope(XmlWriter.toBytes(envelope));
  }

  public static void assertValidEnvelope(SoapEnvelope envelope) {
    assertValidEnvelope(envelope.toBytes());
  }

  /** Throws an {@link AssertionError} listing the errors and the document when not valid. */
  public static void assertValidElement(byte[] document) {
    failIfErrors("element", validateElement(document), document);
  }

  public static void assertValidElement(XmlElement element) {
    assertValidElement(XmlWriter.toBytes(element));
  }

  private static void failIfErrors(String what, List<SchemaError> errors, byte[] document) {
    if (!errors.isEmpty()) {
      throw new AssertionError(ValidationReport.describe(what, errors, document, DOCUMENT_EXCERPT));
    }
  }

  private static Schema schema() {
    return compiled().schema();
  }

  private static synchronized SchemaCompiler.Compiled compiled() {
    Path reference = SharedDir.require("ONVIF schema validation");
    if (compiled == null && failure == null) {
      try {
        compiled = SchemaCompiler.compile(reference);
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    if (failure != null) {
      throw new IllegalStateException("the ONVIF schemas failed to compile earlier", failure);
    }
    return compiled;
  }
}
