package dev.jonvif.testkit;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Wire-byte fixtures from the test classpath: {@code fixtures/<name>.xml}, named {@code
 * <vendor>_<operation>[_<variant>]} (e.g. {@code hikvision_GetProfiles_ds2cd2012}). Bytes are
 * returned exactly as stored.
 */
public final class Fixtures {

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*_[A-Za-z0-9][A-Za-z0-9.-]*(_[A-Za-z0-9.-]+)*");

  private Fixtures() {}

  /** The bytes of {@code fixtures/<name>.xml}. */
  public static byte[] bytes(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "fixture name '"
              + name
              + "' is not <vendor>_<operation>[_<variant>] (letters, digits, '.', '-';"
              + " no path, no .xml)");
    }
    String resource = "fixtures/" + name + ".xml";
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Fixtures.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no fixture "
                + resource
                + " on the test classpath (src/test/resources/"
                + resource
                + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The fixture parsed by {@link XmlParser}. */
  public static XmlElement xml(String name) {
    return XmlParser.parse(bytes(name));
  }
}
