package dev.jonvif.core.xml;

import java.util.Arrays;
import javax.xml.namespace.QName;

/**
 * Qualified names as written ({@code tt:Name}), shared by every document parsed in this JVM: the
 * same few hundred ONVIF names recur in every message, so a repeated name costs no allocation and
 * is checked once. A direct-mapped table of {@value #SIZE} slots; a colliding name replaces the
 * occupant. Lock-free: entries are immutable once published (final fields), and the one cached
 * resolution per name is an immutable record read and written as a whole, so a racing reader sees
 * either an older valid entry or the new one. The table never grows, so hostile documents full of
 * distinct names only churn it. Identity of entries means nothing: callers compare names by their
 * characters.
 */
final class NameCache {

  static final int SIZE = 4096;

  /** Names longer than this are not cached (they are rare and would only evict useful ones). */
  static final int MAX_CACHED_LENGTH = 64;

  private static final Name[] SLOTS = new Name[SIZE];

  private NameCache() {}

  /** A name as written, split into prefix and local part. Immutable but for {@link #resolved}. */
  static final class Name {
    final char[] chars;
    final String raw;
    final String prefix;
    final String local;

    /** Whether this is a valid qualified name (NCName, or NCName:NCName). */
    final boolean valid;

    /** {@code xmlns}: declares the default namespace. */
    final boolean declaresDefault;

    /** {@code xmlns:p}: declares prefix {@link #local}. */
    final boolean declaresPrefix;

    /** The last resolution of this name; racy by design (see the class comment). */
    private Resolved resolved;

    Name(char[] buf, int off, int len) {
      this.chars = Arrays.copyOfRange(buf, off, off + len);
      this.raw = new String(chars);
      int colon = raw.indexOf(':');
      this.prefix = colon < 0 ? "" : raw.substring(0, colon);
      this.local = colon < 0 ? raw : raw.substring(colon + 1);
      this.valid =
          colon < 0
              ? XmlNames.isNcName(chars, 0, chars.length)
              : XmlNames.isNcName(chars, 0, colon)
                  && XmlNames.isNcName(chars, colon + 1, chars.length);
      this.declaresDefault = raw.equals("xmlns");
      this.declaresPrefix = prefix.equals("xmlns");
    }

    /** Whether {@code buf[off..off+len)} spells this name. */
    boolean is(char[] buf, int off, int len) {
      return chars.length == len && Arrays.equals(chars, 0, len, buf, off, off + len);
    }

    /** This name in namespace {@code uri}; the QName is shared while the namespace stays. */
    QName in(String uri) {
      Resolved r = resolved;
      if (r == null || !r.uri.equals(uri)) {
        r = new Resolved(uri, new QName(uri, local, prefix));
        resolved = r;
      }
      return r.qname;
    }
  }

  private record Resolved(String uri, QName qname) {}

  /** The name spelled by {@code buf[off..off+len)}, whose {@code 31 * h + c} hash is given. */
  static Name lookup(char[] buf, int off, int len, int hash) {
    if (len > MAX_CACHED_LENGTH) {
      return new Name(buf, off, len);
    }
    int i = (hash ^ (hash >>> 12)) & (SIZE - 1);
    Name n = SLOTS[i];
    if (n != null && n.is(buf, off, len)) {
      return n;
    }
    n = new Name(buf, off, len);
    SLOTS[i] = n;
    return n;
  }
}
