package dev.jonvif.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Validates discovery envelopes against the official schemas (SOAP 1.2 envelope, WS-Discovery
 * 2005/04, WS-Addressing 2004/08) from ../shared, imports resolved to the local copies only.
 */
final class WsdSchema {

  private static Schema schema;

  private WsdSchema() {}

  /** Throws an AssertionError naming the schema violation, if any. */
  static void assertValid(byte[] envelope) {
    try {
      get().newValidator().validate(new StreamSource(new ByteArrayInputStream(envelope)));
    } catch (SAXException e) {
      throw new AssertionError(
          "not schema-valid: " + e.getMessage() + "\n" + new String(envelope), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Schema get() {
    if (schema == null) {
      Path external = SharedDir.reference("wsdl/external");
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setResourceResolver((type, ns, publicId, systemId, baseUri) -> local(external, systemId));
      try {
        schema =
            f.newSchema(
                new StreamSource[] {
                  source(external, "www.w3.org/2003/05/soap-envelope"),
                  source(external, "schemas.xmlsoap.org/ws/2004/08/addressing"),
                  source(external, "schemas.xmlsoap.org/ws/2005/04/discovery/ws-discovery.xsd")
                });
      } catch (SAXException e) {
        throw new IllegalStateException(e);
      }
    }
    return schema;
  }

  private static StreamSource source(Path external, String rel) {
    Path p = external.resolve(rel);
    return new StreamSource(p.toFile());
  }

  /** Maps http://host/path to wsdl/external/host/path; nothing is fetched from the network. */
  private static LSInput local(Path external, String systemId) {
    if (systemId == null) {
      return null;
    }
    String rel = systemId.replaceFirst("^https?://", "");
    Path p = external.resolve(rel);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("schema import not available locally: " + systemId);
    }
    return new FileInput(p, systemId);
  }

  private record FileInput(Path path, String systemId) implements LSInput {
    @Override
    public InputStream getByteStream() {
      try {
        return Files.newInputStream(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader r) {}

    @Override
    public void setByteStream(InputStream s) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String s) {}

    @Override
    public void setSystemId(String s) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String s) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String s) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String s) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean b) {}
  }
}
