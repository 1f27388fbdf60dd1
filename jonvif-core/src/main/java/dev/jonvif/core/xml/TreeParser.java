package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.NameTable.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * A small non-validating, namespace-aware XML parser that builds an {@link XmlElement} tree in one
 * pass over the decoded characters. It knows nothing of DTDs, so it cannot expand entities: a
 * DOCTYPE and any entity reference other than the five predefined ones and character references are
 * errors. Limits are checked as the input is read. Element and attribute prefixes must be declared.
 *
 * <p>Why not StAX: creating a JDK StAX reader costs more than parsing a typical 4 KB SOAP message,
 * and the device server parses one per request.
 *
 * <p>Lenient where strictness would only lose camera data, at these named points: characters XML
 * 1.0 forbids in content (C0 controls such as NUL padding, U+FFFE, U+FFFF) are kept as received
 * (the writer never emits them); {@code --} inside a comment is accepted. Undeclared conventional
 * prefixes in QName-valued text are resolved by {@link XmlElement#resolveQName}, not here.
 *
 * <p>Recursive by element: nesting is bounded by {@link XmlLimits#maxDepth()} and never deeper than
 * {@link #MAX_DEPTH}, whatever the limits say, so hostile nesting cannot overflow the stack.
 */
final class TreeParser extends XmlCursor {

  /** Registered namespace URIs, so parsed names share one String instance per namespace. */
  private static final Map<String, String> CANONICAL_URIS = new HashMap<>();

  static {
    Namespaces.all().keySet().forEach(u -> CANONICAL_URIS.put(u, u));
    CANONICAL_URIS.put(Namespaces.XML, Namespaces.XML);
  }

  /** ASCII characters that end a name. */
  private static final boolean[] NAME_STOP = new boolean[128];

  static {
    for (char c = 0; c <= ' '; c++) {
      NAME_STOP[c] = true;
    }
    for (char c : "<>/=\"'&;".toCharArray()) {
      NAME_STOP[c] = true;
    }
  }

  /** Hard bound on nesting, below any thread's stack depth, whatever the limits say. */
  static final int MAX_DEPTH = 1000;

  private static final QName[] NO_NAMES = new QName[0];
  private static final String[] NO_VALUES = new String[0];

  private int elements;
  private final NameTable names = new NameTable();

  // Attributes of the element being opened, reused between elements.
  private final List<Name> rawAttrNames = new ArrayList<>(8);
  private final List<String> rawAttrValues = new ArrayList<>(8);

  TreeParser(char[] in, int length, XmlLimits limits) {
    super(in, length, limits);
  }

  XmlElement parseDocument() {
    if (pos < end && in[pos] == '\uFEFF') {
      pos++;
    }
    if (startsWith("<?xml") && pos + 5 < end && isSpace(in[pos + 5])) {
      xmlDeclaration();
    }
    XmlElement root = null;
    while (true) {
      skipSpace();
      if (pos >= end) {
        break;
      }
      if (in[pos] != '<') {
        throw error(
            root == null ? "content before the root element" : "content after the root element");
      }
      if (startsWith("<!--")) {
        skipComment();
      } else if (startsWith("<?")) {
        skipPi();
      } else if (startsWith("<!")) {
        throw error("DTDs are not allowed");
      } else if (root == null) {
        root = element(NamespaceScope.EMPTY, 1);
      } else {
        throw error("more than one root element");
      }
    }
    if (root == null) {
      throw error("document has no root element");
    }
    return root;
  }

  private XmlElement element(NamespaceScope parentScope, int depth) {
    if (depth > limits.maxDepth() || depth > MAX_DEPTH) {
      throw error("elements nested deeper than " + Math.min(limits.maxDepth(), MAX_DEPTH));
    }
    if (++elements > limits.maxElements()) {
      throw error("more than " + limits.maxElements() + " elements");
    }
    pos++; // '<'
    Name rawName = name();
    rawAttrNames.clear();
    rawAttrValues.clear();
    Map<String, String> declared = null;
    boolean empty;
    while (true) {
      boolean hadSpace = skipSpace();
      if (pos >= end) {
        throw error("unexpected end of input in tag <" + rawName.raw + ">");
      }
      char c = in[pos];
      if (c == '>') {
        pos++;
        empty = false;
        break;
      }
      if (c == '/') {
        if (pos + 1 < end && in[pos + 1] == '>') {
          pos += 2;
          empty = true;
          break;
        }
        throw error("expected '>' after '/'");
      }
      if (!hadSpace) {
        throw error("expected white space before attribute in <" + rawName.raw + ">");
      }
      Name an = name();
      skipSpace();
      expect('=');
      skipSpace();
      String av = attributeValue();
      if (an.raw.equals("xmlns")) {
        declared = declare(declared, "", av);
      } else if ("xmlns".equals(an.prefix)) {
        String prefix = an.local;
        if (av.isEmpty()) {
          throw error("namespace prefix " + prefix + " bound to an empty URI");
        }
        declared = declare(declared, prefix, av);
      } else {
        if (rawAttrNames.contains(an)) {
          throw error("duplicate attribute " + an.raw);
        }
        rawAttrNames.add(an);
        rawAttrValues.add(av);
      }
    }
    NamespaceScope scope =
        declared == null ? parentScope : NamespaceScope.of(parentScope, declared);
    boolean declares = declared != null;
    QName name = resolve(rawName, scope, true);
    int attrCount = rawAttrNames.size();
    QName[] an = attrCount == 0 ? NO_NAMES : new QName[attrCount];
    String[] av = attrCount == 0 ? NO_VALUES : new String[attrCount];
    for (int i = 0; i < attrCount; i++) {
      an[i] = resolve(rawAttrNames.get(i), scope, false);
      av[i] = rawAttrValues.get(i);
    }
    if (empty) {
      return new XmlElement(name, an, av, List.of(), "", scope, declares, null);
    }
    List<XmlElement> children = null;
    String text = null;
    StringBuilder textBuf = null;
    boolean blank = true;
    while (true) {
      if (pos >= end) {
        throw error("unexpected end of input: <" + rawName.raw + "> is not closed");
      }
      char c = in[pos];
      if (c == '<') {
        if (pos + 1 < end && in[pos + 1] == '/') {
          pos += 2;
          Name closing = name();
          if (closing != rawName) {
            throw error("</" + closing.raw + "> does not match <" + rawName.raw + ">");
          }
          skipSpace();
          expect('>');
          break;
        } else if (startsWith("<!--")) {
          skipComment();
        } else if (startsWith("<![CDATA[")) {
          int start = pos + 9;
          int close = indexOf("]]>", start);
          if (close < 0) {
            throw error("unterminated CDATA section");
          }
          checkText(close - start);
          blank &= isBlank(start, close);
          if (textBuf == null) {
            textBuf = new StringBuilder(close - start + 16);
            if (text != null) {
              textBuf.append(text);
            }
          }
          textBuf.append(in, start, close - start);
          pos = close + 3;
        } else if (startsWith("<?")) {
          skipPi();
        } else if (startsWith("<!")) {
          throw error("DTDs are not allowed");
        } else {
          if (children == null) {
            children = new ArrayList<>(4);
          }
          children.add(element(scope, depth + 1));
        }
      } else {
        // White space between child elements is indentation, not text: not even read into a
        // String once the element has children and nothing but white space so far.
        String t = charData(children == null || !blank);
        blank &= lastRunBlank;
        if (t == null) {
          continue;
        }
        if (textBuf != null) {
          textBuf.append(t);
        } else if (text == null) {
          text = t;
        } else {
          textBuf = new StringBuilder(text).append(t);
        }
      }
    }
    String content = textBuf != null ? textBuf.toString() : text == null ? "" : text;
    if (children != null && blank) {
      content = "";
    }
    checkText(content.length());
    return new XmlElement(
        name,
        an,
        av,
        children == null ? List.of() : List.copyOf(children),
        content,
        scope,
        declares,
        null);
  }

  /** Checks {@code <?xml version="1.x" ...?>}; the encoding was already applied by the caller. */
  private void xmlDeclaration() {
    int start = pos;
    skipPast("?>", "XML declaration");
    String decl = new String(in, start, pos - start);
    int v = decl.indexOf("version");
    int i = v + 7;
    while (v >= 0 && i < decl.length() && (isSpace(decl.charAt(i)) || decl.charAt(i) == '=')) {
      i++;
    }
    if (v < 0 || i >= decl.length() || (decl.charAt(i) != '"' && decl.charAt(i) != '\'')) {
      pos = start;
      throw error("XML declaration needs a quoted version");
    }
  }

  private Map<String, String> declare(Map<String, String> declared, String prefix, String uri) {
    Map<String, String> d = declared == null ? new HashMap<>(4) : declared;
    String canonical = CANONICAL_URIS.get(uri);
    d.put(prefix, canonical != null ? canonical : uri);
    return d;
  }

  private QName resolve(Name n, NamespaceScope scope, boolean element) {
    String uri;
    if (n.prefix.isEmpty()) {
      if (!element) {
        uri = "";
      } else {
        String def = scope.lookup("");
        uri = def == null ? "" : def;
      }
    } else if (n.prefix.equals("xml")) {
      uri = Namespaces.XML;
    } else {
      uri = scope.lookup(n.prefix);
      if (uri == null) {
        throw error("namespace prefix " + n.prefix + " is not declared");
      }
    }
    if (uri != n.lastUri) {
      n.lastUri = uri;
      n.lastQName = new QName(uri, n.local, n.prefix);
    }
    return n.lastQName;
  }

  private Name name() {
    int start = pos;
    int hash = 0;
    int p = pos;
    char[] buf = in;
    int limit = end;
    while (p < limit) {
      char c = buf[p];
      if (c < 128 && NAME_STOP[c]) {
        break;
      }
      hash = 31 * hash + c;
      p++;
    }
    pos = p;
    if (pos == start) {
      throw error("expected a name");
    }
    Name n = names.intern(in, start, pos - start, hash);
    if (!n.valid) {
      pos = start;
      throw error("invalid name " + n.raw);
    }
    return n;
  }
}
