package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * What one encoding of an encoder allows, from GetVideoEncoderConfigurationOptions of Media1 (one
 * entry per JPEG/MPEG4/H264 block) or Media2 (one entry per {@code Options} element). Ranges are
 * {@code null} when the device did not state them.
 *
 * @param encoding the canonical encoding ({@link VideoEncoding})
 * @param quality the quality range
 * @param resolutions the resolutions offered
 * @param frameRate the frame-rate range (Media2: smallest and largest supported rate)
 * @param frameRates the exact frame rates supported (Media2 only; empty for Media1)
 * @param govLength the GOP length range
 * @param bitrate the bit-rate range in kbit/s
 * @param profiles the codec profiles supported
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd,
 *     VideoEncoderConfigurationOptions and VideoEncoder2ConfigurationOptions</a>
 */
public record VideoEncoderOptions(
    String encoding,
    Range quality,
    List<Resolution> resolutions,
    Range frameRate,
    List<Double> frameRates,
    Range govLength,
    Range bitrate,
    List<String> profiles) {

  public VideoEncoderOptions {
    encoding = VideoEncoding.normalize(encoding);
    resolutions = List.copyOf(resolutions);
    frameRates = List.copyOf(frameRates);
    profiles = List.copyOf(profiles);
  }

  /**
   * Reads a GetVideoEncoderConfigurationOptionsResponse of either Media version: Media1 has one
   * {@code trt:Options} with per-codec blocks, Media2 has one {@code tr2:Options} per encoding.
   */
  public static List<VideoEncoderOptions> listFromResponse(XmlElement response) {
    List<VideoEncoderOptions> out = new ArrayList<>();
    for (XmlElement options : response.childrenLenient("Options")) {
      if (options.childLenient("Encoding") != null) {
        out.add(fromMedia2(options));
      } else {
        out.addAll(fromMedia1(options));
      }
    }
    return List.copyOf(out);
  }

  private static VideoEncoderOptions fromMedia2(XmlElement o) {
    String tt = Namespaces.TT;
    List<Double> rates = new ArrayList<>();
    for (String s : split(Values.attribute(o, "FrameRatesSupported"))) {
      Double d = Values.parseDouble(s);
      if (d != null) {
        rates.add(d);
      }
    }
    Range frameRate =
        rates.isEmpty()
            ? null
            : new Range(
                rates.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                rates.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    List<Double> gov = new ArrayList<>();
    for (String s : split(Values.attribute(o, "GovLengthRange"))) {
      Double d = Values.parseDouble(s);
      if (d != null) {
        gov.add(d);
      }
    }
    Range govLength =
        gov.isEmpty()
            ? null
            : new Range(
                gov.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                gov.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    return new VideoEncoderOptions(
        Values.text(o, tt, "Encoding"),
        Range.fromElement(Values.child(o, tt, "QualityRange")),
        Resolution.list(o, "ResolutionsAvailable"),
        frameRate,
        rates,
        govLength,
        Range.fromElement(Values.child(o, tt, "BitrateRange")),
        split(Values.attribute(o, "ProfilesSupported")));
  }

  private static List<VideoEncoderOptions> fromMedia1(XmlElement o) {
    String tt = Namespaces.TT;
    Range quality = Range.fromElement(Values.child(o, tt, "QualityRange"));
    XmlElement ext = Values.child(o, tt, "Extension");
    List<VideoEncoderOptions> out = new ArrayList<>(3);
    String[][] codecs = {
      {"JPEG", VideoEncoding.JPEG, null},
      {"MPEG4", VideoEncoding.MPEG4, "Mpeg4ProfilesSupported"},
      {"H264", VideoEncoding.H264, "H264ProfilesSupported"}
    };
    for (String[] c : codecs) {
      XmlElement block = Values.child(o, tt, c[0]);
      XmlElement extBlock = Values.child(ext, tt, c[0]);
      if (block == null && extBlock == null) {
        continue;
      }
      XmlElement src = block != null ? block : extBlock;
      out.add(
          new VideoEncoderOptions(
              c[1],
              quality,
              Resolution.list(src, "ResolutionsAvailable"),
              Range.fromElement(Values.child(src, tt, "FrameRateRange")),
              List.of(),
              Range.fromElement(Values.child(src, tt, "GovLengthRange")),
              Range.fromElement(Values.child(extBlock, tt, "BitrateRange")),
              c[2] == null ? List.of() : Values.texts(src, tt, c[2])));
    }
    return out;
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return List.of(list.strip().split("\\s+"));
  }
}
