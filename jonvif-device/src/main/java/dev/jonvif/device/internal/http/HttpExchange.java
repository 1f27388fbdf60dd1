package dev.jonvif.device.internal.http;

import java.net.InetSocketAddress;

/**
 * One HTTP request as the dispatcher sees it: no Jetty types, so the SOAP pipeline can be tested
 * without sockets.
 *
 * @param method the HTTP method
 * @param pathQuery the request target as sent (path and query), for HTTP Digest's {@code uri}
 * @param path the decoded path
 * @param contentType the Content-Type header, or {@code null}
 * @param soapAction the SOAPAction header (SOAP 1.1), or {@code null}
 * @param authorization the Authorization header, or {@code null}
 * @param host the Host header (authority), or {@code null}
 * @param secure whether it came over TLS
 * @param local the local address the connection arrived on
 * @param remote the client's address
 * @param body the request body
 */
public record HttpExchange(
    String method,
    String pathQuery,
    String path,
    String contentType,
    String soapAction,
    String authorization,
    String host,
    boolean secure,
    InetSocketAddress local,
    InetSocketAddress remote,
    byte[] body) {}
