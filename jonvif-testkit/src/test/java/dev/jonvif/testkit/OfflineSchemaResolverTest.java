package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfflineSchemaResolverTest {

  private Path wsdl;
  private OfflineSchemaResolver resolver;

  @BeforeEach
  void setUp() {
    wsdl = SharedDir.require("resolver test").resolve("wsdl");
    resolver = new OfflineSchemaResolver(wsdl);
  }

  @Test
  void mapsOnvifUrlsWithAndWithoutTheOnvifSegment() {
    Path onvif = wsdl.resolve("ver10/schema/onvif.xsd");
    assertThat(resolver.localFile("http://www.onvif.org/ver10/schema/onvif.xsd", null))
        .isEqualTo(onvif);
    assertThat(resolver.localFile("https://www.onvif.org/onvif/ver10/schema/onvif.xsd", null))
        .isEqualTo(onvif);
  }

  @Test
  void mapsOtherHostsUnderExternalForBothSchemes() {
    Path envelope = wsdl.resolve("external/www.w3.org/2003/05/soap-envelope");
    assertThat(resolver.localFile("https://www.w3.org/2003/05/soap-envelope", null))
        .isEqualTo(envelope);
    assertThat(resolver.localFile("http://www.w3.org/2003/05/soap-envelope", null))
        .isEqualTo(envelope);
    assertThat(
            resolver.localFile(
                "http://www.onvif.org/ver10/network/wsdl/remotediscovery.wsdl", null))
        .isEqualTo(wsdl.resolve("external/www.onvif.org/ver10/network/wsdl/remotediscovery.wsdl"));
  }

  @Test
  void resolvesRelativeLocationsAgainstTheBase() {
    String base = wsdl.resolve("ver10/device/wsdl/devicemgmt.wsdl").toUri().toString();
    assertThat(resolver.localFile("../../../ver10/schema/onvif.xsd", base))
        .isEqualTo(wsdl.resolve("ver10/schema/onvif.xsd"));
  }

  @Test
  void schemaFactoryFailsLoudlyOnAnImportWithNoLocalCopy() {
    String xsd =
        "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t'>"
            + "<xs:import namespace='urn:x' schemaLocation='http://example.com/x.xsd'/>"
            + "</xs:schema>";
    StreamSource source =
        new StreamSource(new StringReader(xsd), wsdl.resolve("test.xsd").toUri().toString());

    assertThatThrownBy(() -> SchemaCompiler.factory(resolver).newSchema(source))
        .hasStackTraceContaining("cannot map 'http://example.com/x.xsd'");
  }

  @Test
  void refusesWhatItCannotMapLocally() {
    assertThatThrownBy(() -> resolver.localFile("http://example.com/missing.xsd", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no local copy");
    assertThatThrownBy(() -> resolver.localFile("ftp://www.w3.org/2001/xml.xsd", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scheme");
    String base = wsdl.resolve("ver10/schema/onvif.xsd").toUri().toString();
    assertThatThrownBy(() -> resolver.localFile("../../../../../etc/passwd", base))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside");
  }
}
