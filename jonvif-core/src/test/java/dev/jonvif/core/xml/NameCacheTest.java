package dev.jonvif.core.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names are shared between documents: what that must not change. */
class NameCacheTest {

  private static XmlElement parse(String xml) {
    return XmlParser.parse(xml.getBytes(UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a:Name xmlns:a='urn:a'></a:Nam>",
        "<a:Name xmlns:a='urn:a'></a:NameX>",
        "<a:Name xmlns:a='urn:a' xmlns:b='urn:a'></b:Name>",
        "<a:Name xmlns:a='urn:a'></Name>",
        "<r><a></b></r>",
        "<r><a></r>"
      })
  void closingTagMustSpellTheOpeningName(String xml) {
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void closingTagMayHaveSpaceBeforeTheBracket() {
    assertThat(parse("<a:r xmlns:a='urn:a'><a:x>1</a:x  ></a:r\n>").childText("urn:a", "x"))
        .isEqualTo("1");
  }

  @Test
  void duplicateAttributeIsFoundWhateverTheCacheHolds() {
    // Enough distinct names to replace most slots of the shared table between the two uses.
    StringBuilder many = new StringBuilder("<r>");
    for (int i = 0; i < 3 * NameCache.SIZE; i++) {
      many.append("<n").append(i).append("/>");
    }
    parse(many.append("</r>").toString());
    assertThatThrownBy(() -> parse("<r id='1' n17='x' id='2'/>"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("duplicate attribute id");
  }

  @Test
  void samePrefixBoundToOtherNamespacesInOtherDocuments() {
    XmlElement one = parse("<ns1:Probe xmlns:ns1='urn:one'/>");
    XmlElement two = parse("<ns1:Probe xmlns:ns1='urn:two'/>");
    XmlElement again = parse("<ns1:Probe xmlns:ns1='urn:one'/>");
    assertThat(one.namespace()).isEqualTo("urn:one");
    assertThat(two.namespace()).isEqualTo("urn:two");
    assertThat(again.namespace()).isEqualTo("urn:one");
  }

  @Test
  void longNamesAreReadWithoutTheCache() {
    String name = "x".repeat(NameCache.MAX_CACHED_LENGTH + 40);
    XmlElement r = parse("<" + name + " " + name + "='v'>t</" + name + ">");
    assertThat(r.localName()).isEqualTo(name);
    assertThat(r.attribute(name)).isEqualTo("v");
    assertThatThrownBy(() -> parse("<" + name + "></" + name + "y>"))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void invalidNameStaysInvalidWhenSeenAgain() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> parse("<r><1bad/></r>"))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("invalid name 1bad");
    }
  }

  @Test
  void childrenAreAnUnmodifiableList() {
    XmlElement r = parse("<r><a/><b/></r>");
    assertThat(r.children()).extracting(XmlElement::localName).containsExactly("a", "b");
    assertThatThrownBy(() -> r.children().add(r)).isInstanceOf(UnsupportedOperationException.class);
  }
}
