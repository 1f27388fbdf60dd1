package dev.jonvif.core.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.Namespaces;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Namespace-aware lookups that do not care which prefix the sender chose. */
class XmlElementTest {

  private static XmlElement parse(String xml) {
    return XmlParser.parse(xml.getBytes(UTF_8));
  }

  @Test
  void lookupsIgnoreThePrefixTheSenderChose() {
    XmlElement a = parse("<x:r xmlns:x='urn:a'><x:c>1</x:c></x:r>");
    XmlElement b = parse("<y:r xmlns:y='urn:a'><y:c>1</y:c></y:r>");
    XmlElement c = parse("<r xmlns='urn:a'><c>1</c></r>");
    for (XmlElement e : new XmlElement[] {a, b, c}) {
      assertThat(e.is("urn:a", "r")).isTrue();
      assertThat(e.childText("urn:a", "c")).isEqualTo("1");
      assertThat(e.child("urn:a", "c")).isPresent();
      assertThat(e.childOrNull("", "c")).isNull();
    }
    assertThat(a.name().getPrefix()).isEqualTo("x");
    assertThat(c.name().getPrefix()).isEmpty();
  }

  @Test
  void defaultNamespaceAppliesToElementsNotAttributes() {
    XmlElement r = parse("<r xmlns='urn:a' at='1'><c xmlns=''>x</c></r>");
    assertThat(r.namespace()).isEqualTo("urn:a");
    assertThat(r.attribute("at")).isEqualTo("1");
    assertThat(r.attribute("urn:a", "at")).isNull();
    assertThat(r.childOrNull("", "c")).isNotNull();
    assertThat(r.childOrNull("urn:a", "c")).isNull();
  }

  @Test
  void redeclaredPrefixesAndSiblingsWithTheSamePrefixForDifferentNamespaces() {
    XmlElement r =
        parse(
            """
            <p:r xmlns:p="urn:one">
              <p:a xmlns:p="urn:two"><p:inner/></p:a>
              <p:b/>
              <q:c xmlns:q="urn:three">q:value</q:c>
              <q:c xmlns:q="urn:four">q:value</q:c>
            </p:r>""");
    assertThat(r.is("urn:one", "r")).isTrue();
    assertThat(r.childOrNull("urn:two", "a").childOrNull("urn:two", "inner")).isNotNull();
    assertThat(r.childOrNull("urn:one", "a")).isNull();
    assertThat(r.childOrNull("urn:one", "b")).isNotNull();
    assertThat(r.children("urn:three", "c")).hasSize(1);
    assertThat(r.children("urn:four", "c")).hasSize(1);
    assertThat(r.childrenLenient("c")).hasSize(2);
    // The same text resolves differently in each sibling's scope.
    assertThat(r.childrenLenient("c"))
        .extracting(e -> e.resolveQName(e.text()))
        .containsExactly(new QName("urn:three", "value"), new QName("urn:four", "value"));
  }

  @Test
  void lenientLookupsMatchLocalNameInAnyNamespaceAndPreferTheGivenOne() {
    XmlElement r =
        parse(
            "<r xmlns:a='urn:a' xmlns:b='urn:b'><b:Name>wrong ns</b:Name>"
                + "<a:Name>right</a:Name><a:Deep><b:Inner>x</b:Inner></a:Deep></r>");
    assertThat(r.childLenient("Name").text()).isEqualTo("wrong ns");
    assertThat(r.childLenient("urn:a", "Name").text()).isEqualTo("right");
    assertThat(r.childLenient("urn:c", "Name").text()).isEqualTo("wrong ns");
    assertThat(r.childTextLenient("Name")).isEqualTo("wrong ns");
    assertThat(r.pathLenient("Deep", "Inner").text()).isEqualTo("x");
    assertThat(r.path("urn:a", "Deep", "Inner")).isNull();
    assertThat(r.pathLenient("Deep", "Missing")).isNull();
    assertThat(r.childLenient("Missing")).isNull();
  }

  @Test
  void resolveQNameUsesTheNamespacesInScopeAtTheElement() {
    XmlElement r =
        parse(
            "<r xmlns:ter='http://www.onvif.org/ver10/error' xmlns='urn:default'>"
                + "<v> ter:NotAuthorized </v><w>plain</w><u>nope:x</u><x>xml:lang</x></r>");
    assertThat(r.childLenient("v").resolveQName(r.childLenient("v").text()))
        .isEqualTo(new QName(Namespaces.TER, "NotAuthorized"));
    assertThat(r.childLenient("v").textAsQName().getPrefix()).isEqualTo("ter");
    assertThat(r.childLenient("w").textAsQName()).isEqualTo(new QName("urn:default", "plain"));
    assertThat(r.childLenient("u").textAsQName()).isEqualTo(new QName("", "x"));
    assertThat(r.childLenient("x").textAsQName()).isEqualTo(new QName(Namespaces.XML, "lang"));
    assertThat(r.childLenient("v").namespaceForPrefix("ter")).isEqualTo(Namespaces.TER);
    assertThat(r.childLenient("v").namespacesInScope())
        .containsEntry("ter", Namespaces.TER)
        .containsEntry("", "urn:default");
    assertThat(r.declaredNamespaces()).hasSize(2);
    assertThat(r.childLenient("v").declaredNamespaces()).isEmpty();
  }

  @Test
  void undeclaredDefaultNamespaceResolvesToNoNamespace() {
    XmlElement r = parse("<r xmlns='urn:a'><c xmlns=''>local</c></r>");
    assertThat(r.firstChild().textAsQName()).isEqualTo(new QName("", "local"));
  }

  @Test
  void textAndWhitespace() {
    XmlElement r = parse("<r><a>  padded  </a><b/><c>\n</c></r>");
    assertThat(r.childLenient("a").text()).isEqualTo("  padded  ");
    assertThat(r.childLenient("a").textTrim()).isEqualTo("padded");
    assertThat(r.childText("", "a")).isEqualTo("padded");
    assertThat(r.childLenient("b").text()).isEmpty();
    assertThat(r.childLenient("c").text()).isEqualTo("\n");
    assertThat(r.childText("", "missing")).isNull();
  }

  @Test
  void attributesByNamespace() {
    XmlElement r =
        parse(
            "<r xmlns:a='urn:a' xmlns:b='urn:b' plain='0' a:x='1' b:x='2'"
                + " xml:lang='en' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:type='a:T'/>");
    assertThat(r.attribute("plain")).isEqualTo("0");
    assertThat(r.attribute("x")).isNull();
    assertThat(r.attribute("urn:a", "x")).isEqualTo("1");
    assertThat(r.attribute("urn:b", "x")).isEqualTo("2");
    assertThat(r.attribute(Namespaces.XML, "lang")).isEqualTo("en");
    assertThat(r.attributeLenient("x")).isEqualTo("1");
    assertThat(r.attributes()).hasSize(5).containsKey(new QName("urn:b", "x"));
    assertThat(r.resolveQName(r.attribute(Namespaces.XSI, "type")))
        .isEqualTo(new QName("urn:a", "T"));
  }

  @Test
  void builderStoresValuesAndReplacesDuplicateAttributes() {
    XmlElement e =
        XmlElement.builder("urn:a", "r")
            .attribute("n", 1)
            .attribute("n", 2)
            .attribute("skip", null)
            .child("urn:a", "c", 3)
            .child("urn:a", "none", null)
            .text(null)
            .build();
    assertThat(e.attributes()).containsExactly(java.util.Map.entry(new QName("n"), "2"));
    assertThat(e.children()).hasSize(1);
    assertThat(e.childText("urn:a", "c")).isEqualTo("3");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void builderRefusesNamesTheWriterCouldNotWrite() {
    assertThatThrownBy(() -> XmlElement.builder("urn:a", "a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XmlElement.builder("urn:a", "1st"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XmlElement.builder("urn:a", "p:r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XmlElement.builder("urn:a", "r").attribute("xmlns", "urn:evil"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                XmlElement.builder("urn:a", "r")
                    .attribute(new QName("http://www.w3.org/2000/xmlns/", "p"), "urn:evil"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XmlElement.builder("urn:a", "r").declareNamespace("xmlns", "u"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(XmlElement.builder("urn:a", "\u65e5\u672c-name.x_1").build().localName())
        .isEqualTo("\u65e5\u672c-name.x_1");
  }

  @Test
  void toBuilderKeepsContentAndNamespacesInScope() {
    XmlElement parsed =
        parse("<r xmlns:tns1='http://www.onvif.org/ver10/topics'><t a='1'>tns1:X</t></r>")
            .firstChild();
    XmlElement copy = parsed.toBuilder().attribute("b", "2").build();
    assertThat(copy.attribute("a")).isEqualTo("1");
    assertThat(copy.attribute("b")).isEqualTo("2");
    assertThat(copy.textAsQName()).isEqualTo(new QName(Namespaces.TNS1, "X"));
  }

  @Test
  void qnameTextResolvesOnTheBuiltElement() {
    XmlElement e =
        XmlElement.builder(Namespaces.SOAP12, "Value")
            .qnameText(new QName(Namespaces.TER, "NoProfile"))
            .build();
    assertThat(e.text()).isEqualTo("ter:NoProfile");
    assertThat(e.textAsQName()).isEqualTo(new QName(Namespaces.TER, "NoProfile"));
    assertThat(e.resolveQName(e.text())).isEqualTo(new QName(Namespaces.TER, "NoProfile"));
  }
}
