package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.NameCache.Name;
import java.util.Arrays;
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

  // Attributes and namespace declarations of the element being opened, reused between elements.
  private Name[] attrNames = new Name[8];
  private String[] attrValues = new String[8];
  private int attrCount;
  private String[] declPrefixes = new String[4];
  private String[] declUris = new String[4];

  private XmlElement[] childStack = new XmlElement[32];
  private int childCount;

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
    attrCount = 0;
    int declaredCount = 0;
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
      if (an.declaresDefault) {
        declaredCount = declare(declaredCount, "", av);
      } else if (an.declaresPrefix) {
        if (av.isEmpty()) {
          throw error("namespace prefix " + an.local + " bound to an empty URI");
        }
        declaredCount = declare(declaredCount, an.local, av);
      } else {
        addAttribute(an, av);
      }
    }
    NamespaceScope scope =
        declaredCount == 0
            ? parentScope
            : new NamespaceScope(
                parentScope,
                Arrays.copyOf(declPrefixes, declaredCount),
                Arrays.copyOf(declUris, declaredCount));
    QName name = resolve(rawName, scope, true);
    QName[] an = attrCount == 0 ? NO_NAMES : new QName[attrCount];
    String[] av = attrCount == 0 ? NO_VALUES : Arrays.copyOf(attrValues, attrCount);
    for (int i = 0; i < attrCount; i++) {
      an[i] = resolve(attrNames[i], scope, false);
    }
    if (empty) {
      return new XmlElement(name, an, av, List.of(), "", scope, declaredCount > 0, null);
    }
    int firstChild = childCount;
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
          closingTag(rawName);
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
          pushChild(element(scope, depth + 1));
        }
      } else {
        // White space between child elements is indentation, not text: not even read into a
        // String once the element has children and nothing but white space so far.
        String t = charData(childCount == firstChild || !blank);
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
    boolean hasChildren = childCount > firstChild;
    if (hasChildren && blank) {
      content = "";
    }
    checkText(content.length());
    List<XmlElement> children = List.of();
    if (hasChildren) {
      children = ChildList.adopt(Arrays.copyOfRange(childStack, firstChild, childCount));
      Arrays.fill(childStack, firstChild, childCount, null);
      childCount = firstChild;
    }
    return new XmlElement(name, an, av, children, content, scope, declaredCount > 0, null);
  }

  /** Reads the name of a closing tag and its '>'; it must spell the open element's name. */
  private void closingTag(Name open) {
    int start = pos;
    int len = open.chars.length;
    char next = start + len < end ? in[start + len] : 'x';
    if (!(next < 128 && NAME_STOP[next]) || !open.is(in, start, len)) {
      Name closing = name();
      throw error("</" + closing.raw + "> does not match <" + open.raw + ">");
    }
    pos = start + len;
    skipSpace();
    expect('>');
  }

  /** Children of the open elements, innermost last; each element takes its slice when it closes. */
  private void pushChild(XmlElement child) {
    if (childCount == childStack.length) {
      childStack = Arrays.copyOf(childStack, childCount * 2);
    }
    childStack[childCount++] = child;
  }

  private void addAttribute(Name an, String av) {
    for (int i = 0; i < attrCount; i++) {
      if (attrNames[i].raw.equals(an.raw)) {
        throw error("duplicate attribute " + an.raw);
      }
    }
    if (attrCount == attrNames.length) {
      attrNames = Arrays.copyOf(attrNames, attrCount * 2);
      attrValues = Arrays.copyOf(attrValues, attrCount * 2);
    }
    attrNames[attrCount] = an;
    attrValues[attrCount++] = av;
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

  /**
   * Records a namespace declaration of the element being opened; returns the new count. A prefix
   * declared twice on one element keeps the last URI.
   */
  private int declare(int count, String prefix, String uri) {
    String canonical = CANONICAL_URIS.get(uri);
    String u = canonical != null ? canonical : uri;
    for (int i = 0; i < count; i++) {
      if (declPrefixes[i].equals(prefix)) {
        declUris[i] = u;
        return count;
      }
    }
    if (count == declPrefixes.length) {
      declPrefixes = Arrays.copyOf(declPrefixes, count * 2);
      declUris = Arrays.copyOf(declUris, count * 2);
    }
    declPrefixes[count] = prefix;
    declUris[count] = u;
    return count + 1;
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
    return n.in(uri);
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
    Name n = NameCache.lookup(in, start, pos - start, hash);
    if (!n.valid) {
      pos = start;
      throw error("invalid name " + n.raw);
    }
    return n;
  }
}
