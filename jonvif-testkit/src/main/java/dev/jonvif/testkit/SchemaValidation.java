package dev.jonvif.testkit;

import dev.jonvif.core.Namespaces;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates one document in a single SAX pass, keeping the original line numbers.
 *
 * <p>For an envelope, the SOAP 1.2 envelope schema sees the Envelope, the Header with its blocks
 * (lax: blocks whose schema is not in the set, such as {@code wsse:Security}, pass) and an empty
 * Body, while each Body child is validated as a document of its own, strictly: a Body element with
 * no declaration in the ONVIF set is an error, not a lax skip.
 */
final class SchemaValidation {

  private SchemaValidation() {}

  /** Validates a SOAP envelope: envelope and headers lax, each body element strict. */
  static List<SchemaError> envelope(Schema schema, byte[] document) {
    Errors errors = new Errors();
    parse(document, new EnvelopeRouter(schema, errors), errors);
    return errors.list;
  }

  /** Validates a document whose root element must be declared in the schema set. */
  static List<SchemaError> element(Schema schema, byte[] document) {
    Errors errors = new Errors();
    parse(document, validator(schema, errors), errors);
    return errors.list;
  }

  private static void parse(byte[] document, ContentHandler handler, Errors errors) {
    XMLReader reader = HardenedJaxp.saxReader();
    reader.setContentHandler(handler);
    reader.setErrorHandler(errors);
    try {
      reader.parse(new InputSource(new ByteArrayInputStream(document)));
    } catch (SAXParseException e) {
      // Already recorded by the error handler (not well-formed).
    } catch (SAXException e) {
      errors.list.add(new SchemaError(-1, -1, e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ValidatorHandler validator(Schema schema, ErrorHandler errors) {
    ValidatorHandler v = schema.newValidatorHandler();
    v.setErrorHandler(errors);
    v.setResourceResolver(
        (type, ns, publicId, systemId, baseUri) -> {
          throw new IllegalStateException("validation must not load " + systemId);
        });
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK validator lacks a required setting", e);
    }
    return v;
  }

  /** Records every error with its position; never stops at the first. */
  static final class Errors implements ErrorHandler {
    final List<SchemaError> list = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      // Warnings are not validity errors.
    }

    @Override
    public void error(SAXParseException e) {
      list.add(new SchemaError(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      list.add(
          new SchemaError(
              e.getLineNumber(), e.getColumnNumber(), "not well-formed: " + e.getMessage()));
      throw e;
    }

    void add(Locator at, String message) {
      list.add(
          new SchemaError(
              at == null ? -1 : at.getLineNumber(),
              at == null ? -1 : at.getColumnNumber(),
              message));
    }
  }

  /**
   * Sends the envelope's own events to the envelope validator and each Body child's events to a
   * fresh validator, re-declaring the prefixes in scope so the child stands alone.
   */
  private static final class EnvelopeRouter extends DefaultHandler {
    private final Schema schema;
    private final Errors errors;
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final Deque<List<String[]>> declaredPerElement = new ArrayDeque<>();
    private final Deque<String[]> inScope = new ArrayDeque<>();
    private Locator locator;
    private ContentHandler envelope; // null for SOAP 1.1 (no schema in the set) or not an envelope
    private ContentHandler child;
    private String soapNs;
    private int depth;
    private boolean inBody;

    EnvelopeRouter(Schema schema, Errors errors) {
      this.schema = schema;
      this.errors = errors;
    }

    @Override
    public void setDocumentLocator(Locator l) {
      this.locator = l;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
      pendingPrefixes.add(new String[] {prefix, uri});
    }

    @Override
    public void endPrefixMapping(String prefix) {
      // Emitted per element in endElement, to whichever handler saw the start.
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      depth++;
      List<String[]> declared = List.copyOf(pendingPrefixes);
      pendingPrefixes.clear();
      declaredPerElement.push(declared);
      declared.forEach(inScope::push);
      if (depth == 1) {
        startRoot(uri, local);
      } else if (depth == 2 && child == null) {
        inBody = uri.equals(soapNs) && local.equals("Body");
      } else if (depth == 3 && inBody) {
        child = validator(schema, errors);
        child.setDocumentLocator(locator);
        child.startDocument();
        for (String[] p : inScopeOutermostFirst()) {
          child.startPrefixMapping(p[0], p[1]);
        }
        child.startElement(uri, local, qName, atts);
        return;
      }
      ContentHandler target = target();
      if (target != null) {
        for (String[] p : declared) {
          target.startPrefixMapping(p[0], p[1]);
        }
        target.startElement(uri, local, qName, atts);
      }
    }

    private void startRoot(String uri, String local) throws SAXException {
      if (local.equals("Envelope") && uri.equals(Namespaces.SOAP12)) {
        soapNs = uri;
        envelope = validator(schema, errors);
        envelope.setDocumentLocator(locator);
        envelope.startDocument();
      } else if (local.equals("Envelope") && uri.equals(Namespaces.SOAP11)) {
        soapNs =
            uri; // body elements are still validated; the 1.1 envelope schema is not in the set
      } else {
        errors.add(locator, "not a SOAP envelope: root element is {" + uri + "}" + local);
      }
    }

    private List<String[]> inScopeOutermostFirst() {
      List<String[]> all = new ArrayList<>(inScope);
      Collections.reverse(all);
      return all;
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      List<String[]> declared = declaredPerElement.pop();
      ContentHandler target = target();
      if (target != null) {
        target.endElement(uri, local, qName);
        for (String[] p : declared) {
          target.endPrefixMapping(p[0]);
        }
      }
      if (depth == 3 && child != null) {
        for (String[] p : inScopeOutermostFirst()) {
          if (!declared.contains(p)) {
            child.endPrefixMapping(p[0]);
          }
        }
        child.endDocument();
        child = null;
      } else if (depth == 2) {
        inBody = false;
      } else if (depth == 1 && envelope != null) {
        envelope.endDocument();
      }
      for (int i = 0; i < declared.size(); i++) {
        inScope.pop();
      }
      depth--;
    }

    private ContentHandler target() {
      return child != null ? child : envelope;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      ContentHandler t = target();
      if (t != null) {
        t.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      ContentHandler t = target();
      if (t != null) {
        t.ignorableWhitespace(ch, start, length);
      }
    }
  }
}
