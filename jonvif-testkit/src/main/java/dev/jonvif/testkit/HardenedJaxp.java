package dev.jonvif.testkit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * JAXP parsers for the schema validator, hardened like {@code dev.jonvif.core.xml.XmlParser}: no
 * DTDs, no external entities. The validator needs JAXP (DOM for the WSDL types, SAX with line
 * numbers for validation); everything else in jonvif reads XML through {@code XmlParser}.
 */
final class HardenedJaxp {

  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";

  private HardenedJaxp() {}

  static DocumentBuilder documentBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultNSInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature(DISALLOW_DOCTYPE, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("cannot configure a hardened DOM parser", e);
    }
  }

  static XMLReader saxReader() {
    try {
      SAXParserFactory f = SAXParserFactory.newDefaultNSInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature(DISALLOW_DOCTYPE, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      XMLReader r = f.newSAXParser().getXMLReader();
      r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return r;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot configure a hardened SAX parser", e);
    }
  }
}
