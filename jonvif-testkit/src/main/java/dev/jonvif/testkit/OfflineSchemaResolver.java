package dev.jonvif.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves every schema import to a file under {@code onvif-reference/wsdl}, never the network
 * (onvif-reference README §1.3):
 *
 * <ul>
 *   <li>{@code http(s)://www.onvif.org/[onvif/]verNN/...} to {@code wsdl/verNN/...} when that file
 *       exists, else to {@code wsdl/external/www.onvif.org/...};
 *   <li>any other {@code http(s)://host/path} to {@code wsdl/external/host/path};
 *   <li>{@code file:} locations only inside {@code wsdl/}.
 * </ul>
 *
 * Anything else, or a mapped file that does not exist, throws {@link IllegalStateException}: a
 * schema set that silently misses an import validates less than it claims.
 */
final class OfflineSchemaResolver implements LSResourceResolver {

  private static final Pattern ONVIF_PATH = Pattern.compile("^/(?:onvif/)?(ver\\d+/.+)$");

  private final Path wsdlRoot;

  OfflineSchemaResolver(Path wsdlRoot) {
    this.wsdlRoot = wsdlRoot;
  }

  @Override
  public LSInput resolveResource(
      String type, String namespaceUri, String publicId, String systemId, String baseUri) {
    if (systemId == null) {
      // An import without schemaLocation: the namespace must come from another source.
      return null;
    }
    Path local = localFile(systemId, baseUri);
    try {
      return new Input(publicId, local.toUri().toString(), baseUri, Files.readAllBytes(local));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + local, e);
    }
  }

  /** The local copy of {@code systemId} (resolved against {@code baseUri}). */
  Path localFile(String systemId, String baseUri) {
    URI uri = absolute(systemId, baseUri);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    Path local =
        switch (scheme) {
          case "http", "https" -> mapRemote(uri);
          case "file" -> Path.of(uri).normalize();
          default -> throw refuse(systemId, baseUri, "scheme is not http, https or file");
        };
    if (!local.startsWith(wsdlRoot)) {
      throw refuse(systemId, baseUri, "resolves to " + local + ", outside " + wsdlRoot);
    }
    if (!Files.isRegularFile(local)) {
      throw refuse(systemId, baseUri, "no local copy at " + local);
    }
    return local;
  }

  private Path mapRemote(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (host.isEmpty() || path.contains("..")) {
      throw refuse(uri.toString(), null, "not a plain http(s) URL");
    }
    if (host.equals("www.onvif.org")) {
      Matcher m = ONVIF_PATH.matcher(path);
      if (m.matches()) {
        Path official = wsdlRoot.resolve(m.group(1)).normalize();
        if (Files.isRegularFile(official)) {
          return official;
        }
      }
    }
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return wsdlRoot.resolve("external").resolve(host).resolve(relative).normalize();
  }

  private static URI absolute(String systemId, String baseUri) {
    try {
      URI id = new URI(systemId.strip());
      if (id.isAbsolute() || baseUri == null) {
        return id;
      }
      return new URI(baseUri).resolve(id);
    } catch (URISyntaxException e) {
      throw refuse(systemId, baseUri, "not a URI: " + e.getMessage());
    }
  }

  private static IllegalStateException refuse(String systemId, String baseUri, String why) {
    return new IllegalStateException(
        "offline schema resolver cannot map '"
            + systemId
            + "'"
            + (baseUri == null ? "" : " (from " + baseUri + ")")
            + ": "
            + why);
  }

  /** An already-read schema document. */
  private record Input(String publicId, String systemId, String baseUri, byte[] bytes)
      implements LSInput {

    @Override
    public InputStream getByteStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public String getBaseURI() {
      return baseUri;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    // The setters exist for parsers that fill an input in; this one is complete and immutable.
    @Override
    public void setCharacterStream(Reader characterStream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setByteStream(InputStream byteStream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setStringData(String stringData) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setSystemId(String systemId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setPublicId(String publicId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setBaseURI(String baseUri) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setEncoding(String encoding) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {
      throw new UnsupportedOperationException();
    }
  }
}
