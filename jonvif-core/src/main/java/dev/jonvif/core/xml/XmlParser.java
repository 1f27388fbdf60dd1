package dev.jonvif.core.xml;

import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way XML comes into jonvif: a hardened StAX parser that builds an {@link XmlElement} tree.
 * DTDs are refused, external entities are never resolved, and the {@link XmlLimits} are enforced
 * while reading, so hostile input fails fast with {@link MalformedMessageException}.
 *
 * <p>Thread-safe; holds no per-document state.
 */
public final class XmlParser {

  private static final XMLInputFactory FACTORY = newFactory();

  private XmlParser() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, ns) -> {
          throw new XMLStreamException("external entities are not allowed");
        });
    return f;
  }

  /** Parses a document with the default limits. */
  public static XmlElement parse(byte[] document) {
    return parse(document, XmlLimits.DEFAULT);
  }

  /** Parses a document. */
  public static XmlElement parse(byte[] document, XmlLimits limits) {
    if (document.length > limits.maxDocumentBytes()) {
      throw new MalformedMessageException(
          "document of "
              + document.length
              + " bytes exceeds the limit of "
              + limits.maxDocumentBytes());
    }
    new MarkupGuard(limits).scan(document, 0, document.length);
    return read(new ByteArrayInputStream(document), limits);
  }

  /**
   * Parses a document from a stream, checking size and markup as the bytes arrive. The stream is
   * not closed.
   */
  public static XmlElement parse(InputStream in, XmlLimits limits) {
    return read(new GuardedInputStream(in, limits), limits);
  }

  private static XmlElement read(InputStream in, XmlLimits limits) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      return new TreeBuilder(r, limits).build();
    } catch (MalformedMessageException e) {
      throw e;
    } catch (XMLStreamException e) {
      long at = e.getLocation() == null ? -1 : e.getLocation().getCharacterOffset();
      throw new MalformedMessageException(
          "not well-formed XML: " + firstLine(e.getMessage()), at, null, null);
    } catch (RuntimeException e) {
      // The JDK parser signals some malformed input with unchecked exceptions; and the guard
      // raises ours from inside read(), wrapped by the parser.
      Throwable c = e;
      while (c != null) {
        if (c instanceof MalformedMessageException m) {
          throw m;
        }
        c = c.getCause();
      }
      throw new MalformedMessageException("not well-formed XML: " + firstLine(e.toString()), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the reader itself
        }
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String m =
        s.startsWith("ParseError at") && s.contains("Message: ")
            ? s.substring(s.indexOf("Message: ") + 9)
            : s;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Reads StAX events into a tree, counting depth and elements. */
  private static final class TreeBuilder {
    private final XMLStreamReader r;
    private final XmlLimits limits;
    private int elements;
    private final Map<String, String> nameCache = new HashMap<>();

    TreeBuilder(XMLStreamReader r, XmlLimits limits) {
      this.r = r;
      this.limits = limits;
    }

    XmlElement build() throws XMLStreamException {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          XmlElement root = element(NamespaceScope.EMPTY, 1);
          while (r.hasNext()) {
            int after = r.next();
            if (after == XMLStreamConstants.DTD) {
              throw new MalformedMessageException("DTDs are not allowed");
            }
          }
          return root;
        } else if (ev == XMLStreamConstants.DTD) {
          throw new MalformedMessageException("DTDs are not allowed");
        }
      }
      throw new MalformedMessageException("document has no root element");
    }

    private XmlElement element(NamespaceScope parentScope, int depth) throws XMLStreamException {
      if (depth > limits.maxDepth()) {
        throw new MalformedMessageException(
            "elements nested deeper than " + limits.maxDepth(), offset(), null, null);
      }
      if (++elements > limits.maxElements()) {
        throw new MalformedMessageException(
            "more than " + limits.maxElements() + " elements", offset(), null, null);
      }
      NamespaceScope scope = parentScope;
      int nsCount = r.getNamespaceCount();
      if (nsCount > 0) {
        Map<String, String> declared = new HashMap<>(nsCount * 2);
        for (int i = 0; i < nsCount; i++) {
          String p = r.getNamespacePrefix(i);
          String u = r.getNamespaceURI(i);
          declared.put(p == null ? "" : p, u == null ? "" : u);
        }
        scope = new NamespaceScope(parentScope, declared);
      }
      QName name = qname(r.getNamespaceURI(), r.getLocalName(), r.getPrefix());
      int attrCount = r.getAttributeCount();
      QName[] an = new QName[attrCount];
      String[] av = new String[attrCount];
      for (int i = 0; i < attrCount; i++) {
        an[i] =
            qname(r.getAttributeNamespace(i), r.getAttributeLocalName(i), r.getAttributePrefix(i));
        av[i] = r.getAttributeValue(i);
      }
      List<XmlElement> children = null;
      String text = null;
      StringBuilder more = null;
      while (true) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (children == null) {
              children = new ArrayList<>(4);
            }
            children.add(element(scope, depth + 1));
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            String t = r.getText();
            if (text == null) {
              text = t;
            } else {
              if (more == null) {
                more = new StringBuilder(text);
              }
              more.append(t);
            }
          }
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new MalformedMessageException(
                  "entity reference &" + r.getLocalName() + "; is not allowed",
                  offset(),
                  null,
                  null);
          case XMLStreamConstants.DTD ->
              throw new MalformedMessageException("DTDs are not allowed");
          case XMLStreamConstants.END_ELEMENT -> {
            String content = more != null ? more.toString() : text == null ? "" : text;
            if (children != null && content.isBlank()) {
              content = "";
            }
            return new XmlElement(
                name, an, av, children == null ? List.of() : List.copyOf(children), content, scope);
          }
          default -> {
            // comments and processing instructions are dropped
          }
        }
      }
    }

    private QName qname(String ns, String local, String prefix) {
      return new QName(
          ns == null ? "" : intern(ns), intern(local), prefix == null ? "" : intern(prefix));
    }

    private String intern(String s) {
      String c = nameCache.putIfAbsent(s, s);
      return c == null ? s : c;
    }

    private long offset() {
      return r.getLocation() == null ? -1 : r.getLocation().getCharacterOffset();
    }
  }

  /** Counts bytes against the document limit and runs the markup guard over them. */
  private static final class GuardedInputStream extends InputStream {
    private final InputStream in;
    private final long max;
    private final MarkupGuard guard;
    private long count;

    GuardedInputStream(InputStream in, XmlLimits limits) {
      this.in = in;
      this.max = limits.maxDocumentBytes();
      this.guard = new MarkupGuard(limits);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new MalformedMessageException(
              "document exceeds the limit of " + max + " bytes", max, null, null);
        }
        guard.scan(b, off, n);
      }
      return n;
    }
  }
}
