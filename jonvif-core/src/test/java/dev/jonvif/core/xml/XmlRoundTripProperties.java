package dev.jonvif.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any string written as text or attribute value reads back as itself (after U+FFFD mapping). */
class XmlRoundTripProperties {

  @Property(tries = 500)
  void textAndAttributeValuesReadBack(@ForAll("anyText") String value) {
    XmlElement e =
        XmlElement.builder("urn:t", "r")
            .attribute("a", value)
            .child(XmlElement.of("urn:t", "c", value))
            .build();
    XmlElement back = XmlParser.parse(XmlWriter.toBytes(e));
    String expected = replaceUnwritable(value);
    assertThat(back.attribute("a")).isEqualTo(expected);
    assertThat(back.firstChild().text()).isEqualTo(expected);
  }

  /** Strings rich in what is hard to carry: controls, CR/LF/tab, markup, surrogates, non-BMP. */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<Character> special =
        Arbitraries.of(
            '\u0000', '\u0001', '\u001F', '\t', '\n', '\r', '<', '>', '&', '"', '\'', ']', '\u007F',
            '\u0085', '\u00A0', '\u2028', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE',
            '\uFFFF', '\uFEFF', '\uFFFD');
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            special.map(String::valueOf),
            Arbitraries.strings().all().ofMaxLength(8),
            Arbitraries.of("\uD83D\uDE00", "]]>", "&amp;", "<!--", "\r\n", " "));
    return pieces.list().ofMaxSize(20).map(list -> String.join("", list));
  }

  /** The writer's documented mapping: what XML 1.0 cannot carry becomes U+FFFD. */
  static String replaceUnwritable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || Character.isSurrogate(c)
          || c == '\uFFFE'
          || c == '\uFFFF') {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
