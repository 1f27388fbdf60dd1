package dev.jonvif.core.xml;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

/** Checks names against the XML 1.0 (fifth edition) and Namespaces in XML grammars. */
final class XmlNames {

  private XmlNames() {}

  /**
   * {@code name} if the writer can write it: a valid local name, and for attributes not a namespace
   * declaration in disguise.
   *
   * @throws IllegalArgumentException otherwise
   */
  static QName requireValid(QName name, boolean attribute) {
    String local = name.getLocalPart();
    if (!isNcName(local)) {
      throw new IllegalArgumentException("not a valid XML name: \"" + local + "\"");
    }
    String ns = name.getNamespaceURI();
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)
        || (attribute && ns.isEmpty() && local.equals(XMLConstants.XMLNS_ATTRIBUTE))) {
      throw new IllegalArgumentException(
          "namespace declarations are not attributes; use declareNamespace: " + name);
    }
    return name;
  }

  /** Whether {@code chars[from..to)} is a non-colonised name, checked by table while ASCII. */
  static boolean isNcName(char[] chars, int from, int to) {
    if (from >= to) {
      return false;
    }
    char first = chars[from];
    if (first >= 0x80 || !ASCII_NAME_START[first]) {
      return isNcName(new String(chars, from, to - from));
    }
    for (int i = from + 1; i < to; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        return isNcName(new String(chars, from, to - from));
      }
      if (!ASCII_NAME_CHAR[c]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a non-colonised name (a valid prefix or local name). */
  static boolean isNcName(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    int i = 0;
    // ASCII names, the usual case, by table.
    for (char c; i < n && (c = s.charAt(i)) < 0x80; i++) {
      if (!(i == 0 ? ASCII_NAME_START[c] : ASCII_NAME_CHAR[c])) {
        return false;
      }
    }
    while (i < n) {
      int c = s.codePointAt(i);
      if (i == 0 ? !isNameStart(c) : !isNameChar(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static final boolean[] ASCII_NAME_START = new boolean[128];
  private static final boolean[] ASCII_NAME_CHAR = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_NAME_START[c] = isNameStart(c);
      ASCII_NAME_CHAR[c] = isNameChar(c);
    }
  }

  private static boolean isNameStart(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    return (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6)
        || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF)
        || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0xEFFFF);
  }

  private static boolean isNameChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '-'
          || c == '.';
    }
    return isNameStart(c)
        || c == 0xB7
        || (c >= 0x300 && c <= 0x36F)
        || (c >= 0x203F && c <= 0x2040);
  }
}
