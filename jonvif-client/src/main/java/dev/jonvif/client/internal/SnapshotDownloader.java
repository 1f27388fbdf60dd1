package dev.jonvif.client.internal;

import dev.jonvif.client.Snapshot;
import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestClientSession;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches snapshot images: user-info is taken out of the URI (cameras reject it, and it would leak
 * into logs), authentication is HTTP Digest or Basic as the camera's 401 asks and is remembered,
 * the size is limited, and the answer must be a JPEG (start with the SOI marker FF D8).
 */
public final class SnapshotDownloader {

  private final HttpGateway gateway;
  private final Credentials credentials;
  private final long maxBytes;
  private volatile DigestClientSession digest;
  private volatile boolean basic;

  public SnapshotDownloader(HttpGateway gateway, Credentials credentials, long maxBytes) {
    this.gateway = gateway;
    this.credentials = credentials;
    this.maxBytes = maxBytes;
  }

  public Snapshot download(String uriText) {
    URI raw = Uris.parse(uriText);
    Credentials creds = credentials != null ? credentials : fromUserInfo(raw);
    URI uri = stripUserInfo(raw);
    ErrorContext ctx = ErrorContext.of(Redaction.uri(uri), "snapshot");
    RawResponse r = get(uri, creds, ctx);
    // Some cameras redirect the ONVIF snapshot path to their own CGI: follow a few hops.
    for (int hops = 0; hops < 3 && isRedirect(r.status()); hops++) {
      String location = r.headers("Location").stream().findFirst().orElse(null);
      if (location == null) {
        break;
      }
      URI next = stripUserInfo(uri.resolve(Uris.parse(location)));
      if (!"http".equalsIgnoreCase(next.getScheme())
          && !"https".equalsIgnoreCase(next.getScheme())) {
        break;
      }
      uri = next;
      ctx = ErrorContext.of(Redaction.uri(uri), "snapshot");
      r = get(uri, creds, ctx);
    }
    boolean retried = false;
    while (r.status() == 401 && creds != null && !retried) {
      List<String> challenges = r.headers("WWW-Authenticate");
      Optional<DigestClientSession> s = DigestClientSession.fromHeaders(creds, challenges);
      if (s.isPresent()) {
        digest = s.get();
        basic = false;
      } else if (offers(challenges, "basic")) {
        basic = true;
        digest = null;
      } else {
        break;
      }
      retried = true;
      r = get(uri, creds, ctx);
    }
    if (r.status() == 401) {
      throw new AuthenticationException(
          creds == null
              ? AuthenticationException.Kind.MISSING_CREDENTIALS
              : AuthenticationException.Kind.WRONG_CREDENTIALS,
          creds == null
              ? "the snapshot URI requires a user name and password"
              : "the camera refused the credentials for the snapshot URI",
          ctx,
          null);
    }
    if (r.status() < 200 || r.status() >= 300) {
      throw new TransportException(
          "snapshot request answered HTTP " + r.status(), ctx, null, r.status(), false);
    }
    byte[] body = r.body();
    String type = r.headers("Content-Type").stream().findFirst().orElse("");
    if (body.length < 2 || (body[0] & 0xff) != 0xFF || (body[1] & 0xff) != 0xD8) {
      throw new MalformedMessageException(
          "snapshot is not a JPEG (Content-Type "
              + (type.isEmpty() ? "none" : type)
              + ", "
              + body.length
              + " bytes"
              + (body.length == 0
                  ? ")"
                  : ", starts with \"" + printable(r.bodySnippet(32)) + "\")"),
          -1,
          ctx,
          null);
    }
    return new Snapshot(body, type, uri.toString());
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private RawResponse get(URI uri, Credentials creds, ErrorContext ctx) {
    HttpRequest.Builder req = HttpRequest.newBuilder().GET().header("Accept", "image/jpeg, */*");
    DigestClientSession d = digest;
    if (creds != null && d != null) {
      req.header("Authorization", d.authorization("GET", AuthState.requestTarget(uri)));
    } else if (creds != null && basic) {
      String token = creds.username() + ":" + creds.password();
      req.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return gateway.send(req, uri, ctx, maxBytes);
  }

  private static boolean offers(List<String> challenges, String scheme) {
    for (String c : challenges) {
      if (c.strip().toLowerCase(Locale.ROOT).startsWith(scheme)) {
        return true;
      }
    }
    return false;
  }

  private static Credentials fromUserInfo(URI uri) {
    String ui = uri.getRawUserInfo();
    if (ui == null) {
      return null;
    }
    int colon = ui.indexOf(':');
    String user = colon < 0 ? ui : ui.substring(0, colon);
    String pass = colon < 0 ? "" : ui.substring(colon + 1);
    return new Credentials(decode(user), decode(pass));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static URI stripUserInfo(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri;
    }
    String s = uri.toString();
    String prefix = uri.getScheme() + "://" + uri.getRawUserInfo() + "@";
    return s.startsWith(prefix)
        ? URI.create(uri.getScheme() + "://" + s.substring(prefix.length()))
        : uri;
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f ? c : '.');
    }
    return sb.toString();
  }
}
