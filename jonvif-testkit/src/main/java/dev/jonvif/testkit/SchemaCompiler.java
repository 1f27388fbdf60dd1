package dev.jonvif.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Compiles one {@link Schema} from the official ONVIF WSDL/XSD set, offline, with the settings the
 * onvif-reference README §1.3 found necessary: full checking off (onvif.xsd has UPA violations),
 * all schemaLocations honoured (analytics imports {@code tt} twice), and a resolver for every
 * import.
 */
final class SchemaCompiler {

  /** Roots of the combined schema, relative to {@code wsdl/}. Imports are pulled in from these. */
  static final List<String> ROOTS =
      List.of(
          "external/www.w3.org/2003/05/soap-envelope",
          "external/schemas.xmlsoap.org/ws/2005/04/discovery/ws-discovery.xsd",
          "external/docs.oasis-open.org/wsn/b-2.xsd",
          "external/docs.oasis-open.org/wsn/t-1.xsd",
          "ver10/device/wsdl/devicemgmt.wsdl",
          "ver10/media/wsdl/media.wsdl",
          "ver20/media/wsdl/media.wsdl",
          "ver20/ptz/wsdl/ptz.wsdl",
          "ver20/imaging/wsdl/imaging.wsdl",
          "ver10/events/wsdl/event.wsdl",
          "ver10/deviceio.wsdl",
          "ver20/analytics/wsdl/analytics.wsdl",
          "ver10/recording.wsdl",
          "ver10/search.wsdl",
          "ver10/replay.wsdl",
          "ver10/receiver.wsdl");

  private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
  private static final String FULL_CHECKING =
      "http://apache.org/xml/features/validation/schema-full-checking";
  private static final String HONOUR_ALL_SCHEMA_LOCATIONS =
      "http://apache.org/xml/features/honour-all-schemaLocations";

  /** A compiled schema and how long compiling it took. */
  record Compiled(Schema schema, Duration compileTime) {}

  private SchemaCompiler() {}

  static Compiled compile(Path onvifReference) {
    long start = System.nanoTime();
    Path wsdlRoot = onvifReference.resolve("wsdl");
    List<Source> sources = new ArrayList<>();
    for (String root : ROOTS) {
      Path file = wsdlRoot.resolve(root);
      if (root.endsWith(".wsdl")) {
        sources.addAll(wsdlTypes(file));
      } else {
        sources.add(xsd(file));
      }
    }
    SchemaFactory factory = factory(new OfflineSchemaResolver(wsdlRoot));
    Problems problems = new Problems();
    factory.setErrorHandler(problems);
    Schema schema;
    try {
      schema = factory.newSchema(sources.toArray(Source[]::new));
    } catch (SAXException e) {
      throw new IllegalStateException(
          "ONVIF schemas under " + wsdlRoot + " do not compile: " + problems.describe(e), e);
    }
    if (!problems.list.isEmpty()) {
      throw new IllegalStateException(
          "ONVIF schemas under "
              + wsdlRoot
              + " compiled with problems: "
              + problems.describe(null));
    }
    return new Compiled(schema, Duration.ofNanos(System.nanoTime() - start));
  }

  static SchemaFactory factory(OfflineSchemaResolver resolver) {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      f.setFeature(FULL_CHECKING, false);
      f.setFeature(HONOUR_ALL_SCHEMA_LOCATIONS, true);
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK schema factory lacks a required setting", e);
    }
    f.setResourceResolver(resolver);
    return f;
  }

  private static Source xsd(Path file) {
    try {
      return new StreamSource(
          new ByteArrayInputStream(Files.readAllBytes(file)), file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + file, e);
    }
  }

  /**
   * Each {@code wsdl:types/xs:schema} of a WSDL as its own document, with the namespace
   * declarations in scope in the WSDL copied onto it, and the WSDL's URI as system id so that
   * relative imports resolve.
   */
  static List<Source> wsdlTypes(Path wsdl) {
    Document doc;
    try {
      doc = HardenedJaxp.documentBuilder().parse(wsdl.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + wsdl, e);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot parse " + wsdl + ": " + e.getMessage(), e);
    }
    String systemId = wsdl.toUri().toString();
    List<Source> out = new ArrayList<>(1);
    NodeList schemas = doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema");
    for (int i = 0; i < schemas.getLength(); i++) {
      Element schema = (Element) schemas.item(i);
      Node parent = schema.getParentNode();
      if (WSDL_NS.equals(parent.getNamespaceURI()) && "types".equals(parent.getLocalName())) {
        out.add(new DOMSource(standalone(schema), systemId));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(wsdl + " has no wsdl:types/xs:schema");
    }
    return out;
  }

  private static Document standalone(Element schema) {
    Document copy = HardenedJaxp.documentBuilder().newDocument();
    Element root = (Element) copy.importNode(schema, true);
    copy.appendChild(root);
    for (Node n = schema.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Attr a = (Attr) attrs.item(i);
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())
            && !root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getLocalName())) {
          // Nearest declaration wins: ancestors are visited innermost first.
          root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getName(), a.getValue());
        }
      }
    }
    return copy;
  }

  /** Collects schema errors and warnings (a failed import is only a warning in Xerces). */
  private static final class Problems implements ErrorHandler {
    final List<String> list = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      list.add("warning: " + where(e) + e.getMessage());
    }

    @Override
    public void error(SAXParseException e) {
      list.add("error: " + where(e) + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      list.add("fatal: " + where(e) + e.getMessage());
      throw e;
    }

    private static String where(SAXParseException e) {
      return e.getSystemId() + ":" + e.getLineNumber() + ": ";
    }

    String describe(Exception e) {
      List<String> all = new ArrayList<>(list);
      if (e != null && all.isEmpty()) {
        all.add(e.getMessage());
      }
      int shown = Math.min(all.size(), 20);
      return all.size()
          + " problem(s):\n  "
          + String.join("\n  ", all.subList(0, shown))
          + (shown < all.size() ? "\n  ..." : "");
    }
  }
}
