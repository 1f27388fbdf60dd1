package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.Locale;

/**
 * An audio encoder configuration, read from Media1 or Media2 (the fields both share).
 *
 * @param token the configuration token
 * @param name the configuration name
 * @param encoding the encoding as sent, upper-cased (G711, G726, AAC, PCMU, MP4A-LATM, ...)
 * @param bitrate the bit rate in kbit/s, or {@code null}
 * @param sampleRate the sample rate in kHz, or {@code null}
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, AudioEncoderConfiguration
 *     and AudioEncoder2Configuration</a>
 */
public record AudioEncoderConfiguration(
    String token, String name, String encoding, Integer bitrate, Integer sampleRate) {

  public AudioEncoderConfiguration {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    encoding = encoding == null ? "" : encoding.strip().toUpperCase(Locale.ROOT);
  }

  /** Reads an audio encoder configuration element of either Media version. */
  public static AudioEncoderConfiguration fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    return new AudioEncoderConfiguration(
        Values.token(e),
        Values.text(e, tt, "Name"),
        Values.text(e, tt, "Encoding"),
        Values.intChild(e, tt, "Bitrate"),
        Values.intChild(e, tt, "SampleRate"));
  }
}
