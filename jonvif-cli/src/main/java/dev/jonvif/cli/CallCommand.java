package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif call URL --service NAME --body FILE}: any operation of any service. */
@Command(
    name = "call",
    description = "Call any operation: the body file holds the request element (or an envelope).")
final class CallCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(
      names = "--service",
      paramLabel = "NAME",
      description =
          "Service short name (device, media, media2, ptz, imaging, events, ...) or namespace"
              + " (default: the body element's namespace).")
  String service;

  @Option(
      names = "--body",
      paramLabel = "FILE",
      required = true,
      description = "XML file with the request element.")
  Path body;

  @Override
  public Integer call() throws IOException {
    XmlElement request = XmlParser.parse(Files.readAllBytes(body));
    if (request.localName().equals("Envelope")) {
      request = SoapEnvelope.fromElement(request).bodyElement();
      if (request == null) {
        throw new IllegalArgumentException("the envelope in " + body + " has an empty Body");
      }
    }
    try (OnvifCamera cam = camera.connect()) {
      XmlElement answer = cam.call(service, request);
      spec.commandLine().getOut().println(XmlWriter.toXml(answer));
    }
    return 0;
  }
}
