package dev.jonvif.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The exception hierarchy: extraction through wrappers, context, and no secrets in messages. */
class OnvifExceptionTest {

  private static final URI WITH_PASSWORD =
      URI.create("http://admin:s3cr3t-Pass@192.0.2.10:8080/onvif/device_service?x=1#frag");

  @Test
  void extractFindsOurExceptionThroughWrappers() {
    MalformedMessageException inner = new MalformedMessageException("bad");
    Throwable wrapped =
        new CompletionException(new ExecutionException(new RuntimeException("wrapper", inner)));
    assertThat(OnvifException.extract(wrapped)).isSameAs(inner);
    assertThat(OnvifException.extract(inner)).isSameAs(inner);
  }

  @Test
  void extractWrapsForeignFailuresAsTransport() {
    IOException io = new IOException("connection reset");
    OnvifException e = OnvifException.extract(new UncheckedIOException(io));
    assertThat(e).isInstanceOf(TransportException.class).hasMessageContaining("connection reset");
    assertThat(e.getCause()).isInstanceOf(UncheckedIOException.class);
    assertThat(OnvifException.extract(new IllegalStateException()))
        .hasMessage("IllegalStateException");
  }

  @Test
  void extractSurvivesCircularCauses() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(OnvifException.extract(a)).isInstanceOf(TransportException.class);
  }

  @Test
  void errorContextStripsUserInfoFragmentAndPasswordParameters() {
    ErrorContext c = new ErrorContext(WITH_PASSWORD, "act", "id");
    assertThat(c.endpoint()).hasToString("http://192.0.2.10:8080/onvif/device_service?x=1");
    ErrorContext q =
        ErrorContext.of(
            URI.create("http://192.0.2.1/snap.jpg?user=admin&password=hunter2&PWD=x&size=1"), null);
    assertThat(q.endpoint())
        .hasToString("http://192.0.2.1/snap.jpg?user=admin&password=***&PWD=***&size=1");
    // An authority that is not a server name (underscore) is still cleaned.
    ErrorContext registry = ErrorContext.of(URI.create("http://u:p4ss@cam_1:80/x"), null);
    assertThat(registry.endpoint().toString()).doesNotContain("p4ss").contains("cam_1:80/x");
    URI plain = URI.create("http://192.0.2.1/onvif");
    assertThat(ErrorContext.of(plain, null).endpoint()).isSameAs(plain);
    assertThat(ErrorContext.NONE.isEmpty()).isTrue();
  }

  @Test
  void noMessageContainsThePassword() {
    ErrorContext ctx = ErrorContext.of(WITH_PASSWORD, "GetDeviceInformation");
    OnvifException[] all = {
      new TransportException("connect to " + WITH_PASSWORD + " failed", ctx, null),
      new AuthenticationException(
          AuthenticationException.Kind.WRONG_CREDENTIALS,
          "rejected by " + WITH_PASSWORD,
          ctx,
          null),
      new SoapFaultException(SoapFault.sender("cannot reach " + WITH_PASSWORD), 400, ctx),
      new MalformedMessageException("bad reply from " + WITH_PASSWORD, 3, ctx, null),
      OnvifException.extract(new IOException("GET " + WITH_PASSWORD + ": refused")),
      new TransportException("x", ErrorContext.NONE, null).withContext(ctx),
    };
    for (OnvifException e : all) {
      assertThat(e.getMessage()).doesNotContain("s3cr3t").doesNotContain("admin:");
      assertThat(e.toString()).doesNotContain("s3cr3t");
      assertThat(e.context().toString()).doesNotContain("s3cr3t");
    }
    assertThat(all[0].getMessage())
        .isEqualTo(
            "connect to http://192.0.2.10:8080/onvif/device_service?x=1#frag failed"
                + " [endpoint=http://192.0.2.10:8080/onvif/device_service?x=1,"
                + " action=GetDeviceInformation]");
  }

  @Test
  void withContextFillsOnlyWhatIsMissing() {
    ErrorContext known = new ErrorContext(null, "act", null);
    MalformedMessageException e = new MalformedMessageException("m", 7, known, null);
    MalformedMessageException filled =
        e.withContext(new ErrorContext(URI.create("http://h/"), "other", "id"));
    assertThat(filled.context().action()).isEqualTo("act");
    assertThat(filled.context().messageId()).isEqualTo("id");
    assertThat(filled.offset()).isEqualTo(7);
    assertThat(filled.reason()).isEqualTo("m (at byte 7)");
  }

  @Test
  void soapFaultMessageQuotesAShortPrintableReason() {
    String hostile = "line1\r\nFAKE LOG LINE " + "x".repeat(1000);
    SoapFaultException e =
        new SoapFaultException(SoapFault.receiver(hostile), 500, ErrorContext.NONE);
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").hasSizeLessThan(260);
    assertThat(e.fault().reason()).isEqualTo(hostile);
    assertThat(e.isActionNotSupported()).isFalse();
    assertThat(
            new SoapFaultException(SoapFault.sender("x", "InvalidArgVal"), 400, ErrorContext.NONE)
                .isInvalidArgument())
        .isTrue();
  }

  @Test
  void malformedMessagesAreCheapNoStackTrace() {
    assertThat(new MalformedMessageException("m").getStackTrace()).isEmpty();
    assertThat(new TransportException("t", null, null).getStackTrace()).isNotEmpty();
  }
}
