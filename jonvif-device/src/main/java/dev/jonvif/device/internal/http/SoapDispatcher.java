package dev.jonvif.device.internal.http;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlLimits;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.device.ClientEndpoint;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.ServiceRegistry;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.internal.auth.AuthDecision.Answer;
import dev.jonvif.device.internal.auth.CredentialVerifier;
import dev.jonvif.device.internal.auth.RequestAuthenticator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The SOAP pipeline of the device server, free of HTTP-server types: bytes in, {@link HttpReply}
 * out. Parses the envelope (hardened, size-limited), finds the {@link Operation} from the body's
 * first element, checks that any SOAP action agrees, authenticates, checks the access class, runs
 * the handler and writes the response in the request's SOAP version, echoing WS-Addressing. Every
 * failure becomes a fault through the one {@link FaultMapper}.
 */
public final class SoapDispatcher {

  /** Action of WS-Addressing fault messages. */
  static final String FAULT_ACTION = "http://www.w3.org/2005/08/addressing/soap/fault";

  private final ServiceRegistry services;
  private final RequestAuthenticator authenticator;
  private final Function<VirtualCamera, CredentialVerifier> verifiers;
  private final FaultMapper faults;
  private final XmlLimits limits;

  public SoapDispatcher(
      ServiceRegistry services,
      RequestAuthenticator authenticator,
      Function<VirtualCamera, CredentialVerifier> verifiers,
      FaultMapper faults,
      XmlLimits limits) {
    this.services = services;
    this.authenticator = authenticator;
    this.verifiers = verifiers;
    this.faults = faults;
    this.limits = limits;
  }

  public FaultMapper faults() {
    return faults;
  }

  /** Answers one SOAP request for {@code camera}. */
  public HttpReply dispatch(VirtualCamera camera, HttpExchange ex) {
    SoapVersion version = versionFromContentType(ex.contentType());
    Addressing addressing = Addressing.NONE;
    String wsaNamespace = Namespaces.WSA;
    try {
      if (ex.body().length > limits.maxDocumentBytes()) {
        return fault(faults.tooLarge(limits.maxDocumentBytes()), version, addressing, wsaNamespace);
      }
      XmlElement root = XmlParser.parse(ex.body(), limits);
      if (root.localName().equals("Envelope")
          && SoapVersion.forNamespace(root.namespace()) == null) {
        return fault(
            faults.versionMismatch(root.namespace()), SoapVersion.SOAP_12, addressing, null);
      }
      SoapEnvelope env = SoapEnvelope.fromElement(root);
      version = env.version();
      addressing = env.addressing();
      wsaNamespace = addressingNamespace(env);
      String notUnderstood = firstNotUnderstood(env);
      if (notUnderstood != null) {
        return fault(faults.mustUnderstand(notUnderstood), version, addressing, wsaNamespace);
      }
      XmlElement body = env.bodyElement();
      if (body == null) {
        return fault(faults.malformed("the SOAP Body is empty"), version, addressing, wsaNamespace);
      }
      Operation op = Operation.forRequest(body.name());
      ServiceHandler handler = op == null ? null : services.handler(op);
      boolean generic = op != null && op.localName().equals("GetServiceCapabilities");
      if (op == null
          || (handler == null && !generic)
          || !services.isOffered(op.service(), camera)) {
        String what = "{" + body.namespace() + "}" + body.localName();
        return fault(
            faults.actionNotSupported("operation not supported by this device: " + what),
            version,
            addressing,
            wsaNamespace);
      }
      String mismatch = actionMismatch(op, ex, addressing);
      if (mismatch != null) {
        return fault(
            faults.actionMismatch(
                "SOAP action '" + mismatch + "' does not match the body " + op.localName()),
            version,
            addressing,
            wsaNamespace);
      }
      RequestAuthenticator.Outcome outcome =
          authenticator.authenticate(
              camera,
              op.accessClass(),
              op.localName(),
              env,
              ex.method(),
              ex.pathQuery(),
              ex.authorization(),
              ex.remote(),
              verifiers.apply(camera));
      if (outcome instanceof RequestAuthenticator.Refuse r) {
        return refuse(camera, r, version, addressing, wsaNamespace);
      }
      RequestAuthenticator.Pass pass = (RequestAuthenticator.Pass) outcome;
      ClientEndpoint endpoint = ClientEndpoints.resolve(ex.host(), ex.secure(), ex.local());
      RequestContext ctx =
          new RequestContext(camera, op, env, pass.caller(), endpoint, services, ex.pathQuery());
      XmlElement response = handler != null ? handler.handle(ctx) : serviceCapabilities(ctx);
      return ok(version, response, addressing, wsaNamespace, op.responseAction());
    } catch (RuntimeException | StackOverflowError e) {
      return fault(faults.map(e), version, addressing, wsaNamespace);
    }
  }

  private XmlElement serviceCapabilities(RequestContext ctx) {
    ServiceModule module = services.module(ctx.operation().service());
    return XmlElement.builder(ctx.operation().responseName())
        .child(module.serviceCapabilities(ctx))
        .build();
  }

  private HttpReply refuse(
      VirtualCamera camera,
      RequestAuthenticator.Refuse r,
      SoapVersion version,
      Addressing addressing,
      String wsaNamespace) {
    if (r.answer() == Answer.HTTP_CHALLENGE) {
      HttpReply base = fault(faults.challenge(r.message()), version, addressing, wsaNamespace);
      List<HttpReply.Header> headers = new ArrayList<>(base.headers());
      for (String c : verifiers.apply(camera).challenges(r.stale())) {
        headers.add(new HttpReply.Header("WWW-Authenticate", c));
      }
      return new HttpReply(base.status(), base.contentType(), base.body(), headers, r.delay());
    }
    return fault(faults.notAuthorized(r.message()), version, addressing, wsaNamespace)
        .withDelay(r.delay());
  }

  private static HttpReply ok(
      SoapVersion version,
      XmlElement response,
      Addressing request,
      String wsaNamespace,
      String action) {
    SoapEnvelope env = SoapEnvelope.of(version, response);
    env = withAddressing(env, request, wsaNamespace, action);
    return HttpReply.of(200, env.contentType(null), env.toBytes());
  }

  private HttpReply fault(
      FaultMapper.Mapped m, SoapVersion version, Addressing request, String wsaNamespace) {
    SoapEnvelope env = SoapEnvelope.ofFault(version, m.fault());
    if (wsaNamespace != null) {
      env = withAddressing(env, request, wsaNamespace, FAULT_ACTION);
    }
    return HttpReply.of(m.status(), env.contentType(null), env.toBytes());
  }

  /** Echoes WS-Addressing when the request used it: RelatesTo its MessageID, our Action. */
  private static SoapEnvelope withAddressing(
      SoapEnvelope env, Addressing request, String wsaNamespace, String action) {
    if (request.messageId() == null && request.action() == null) {
      return env;
    }
    Addressing reply = new Addressing(action, null, null, null, request.messageId());
    return env.withAddressing(reply, wsaNamespace);
  }

  private static String addressingNamespace(SoapEnvelope env) {
    for (XmlElement h : env.headers()) {
      if (h.namespace().equals(Namespaces.WSA_2004)) {
        return Namespaces.WSA_2004;
      }
    }
    return Namespaces.WSA;
  }

  /** The first header with mustUnderstand set that we do not process, or {@code null}. */
  private static String firstNotUnderstood(SoapEnvelope env) {
    String ns = env.version().namespace();
    for (XmlElement h : env.headers()) {
      String mu = h.attribute(ns, "mustUnderstand");
      if (mu == null || !(mu.strip().equals("true") || mu.strip().equals("1"))) {
        continue;
      }
      boolean understood =
          h.localName().equals("Security")
              || h.namespace().equals(Namespaces.WSA)
              || h.namespace().equals(Namespaces.WSA_2004);
      if (!understood) {
        return "{" + h.namespace() + "}" + h.localName();
      }
    }
    return null;
  }

  /** The first SOAP action sent that names another operation than the body, or {@code null}. */
  private static String actionMismatch(Operation op, HttpExchange ex, Addressing addressing) {
    for (String action :
        new String[] {
          contentTypeAction(ex.contentType()), unquote(ex.soapAction()), addressing.action()
        }) {
      if (action != null && !action.isBlank() && !op.matchesAction(action)) {
        return action;
      }
    }
    return null;
  }

  static SoapVersion versionFromContentType(String contentType) {
    if (contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("text/xml")) {
      return SoapVersion.SOAP_11;
    }
    return SoapVersion.SOAP_12;
  }

  static String contentTypeAction(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("action")) {
        return unquote(p.substring(eq + 1));
      }
    }
    return null;
  }

  private static String unquote(String v) {
    if (v == null) {
      return null;
    }
    String s = v.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
