package dev.jonvif.core.xml;

import java.util.Arrays;
import javax.xml.namespace.QName;

/**
 * The names of one document, found by their characters so that a repeated name costs no allocation
 * and is checked only once. Open addressing, grown at half full.
 */
final class NameTable {

  /** A name as written, split into prefix and local part, with its last resolution cached. */
  static final class Name {
    final char[] chars;
    final String raw;
    final String prefix;
    final String local;

    /** Whether this is a valid qualified name (NCName, or NCName:NCName). */
    final boolean valid;

    String lastUri;
    QName lastQName;

    private Name(String raw) {
      this.chars = raw.toCharArray();
      this.raw = raw;
      int colon = raw.indexOf(':');
      this.prefix = colon < 0 ? "" : raw.substring(0, colon);
      this.local = colon < 0 ? raw : raw.substring(colon + 1);
      this.valid =
          colon < 0
              ? XmlNames.isNcName(chars, 0, chars.length)
              : XmlNames.isNcName(chars, 0, colon)
                  && XmlNames.isNcName(chars, colon + 1, chars.length);
    }
  }

  private Name[] slots = new Name[256];
  private int size;

  /** The name spelled by {@code buf[off..off+len)}, whose {@code 31 * h + c} hash is given. */
  Name intern(char[] buf, int off, int len, int hash) {
    int mask = slots.length - 1;
    int i = mix(hash) & mask;
    for (Name n = slots[i]; n != null; n = slots[i = (i + 1) & mask]) {
      if (n.chars.length == len && Arrays.equals(n.chars, 0, len, buf, off, off + len)) {
        return n;
      }
    }
    Name created = new Name(new String(buf, off, len));
    slots[i] = created;
    if (++size * 2 > slots.length) {
      grow();
    }
    return created;
  }

  private void grow() {
    Name[] old = slots;
    slots = new Name[old.length * 2];
    int mask = slots.length - 1;
    for (Name n : old) {
      if (n != null) {
        int h = 0;
        for (char c : n.chars) {
          h = 31 * h + c;
        }
        int i = mix(h) & mask;
        while (slots[i] != null) {
          i = (i + 1) & mask;
        }
        slots[i] = n;
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
