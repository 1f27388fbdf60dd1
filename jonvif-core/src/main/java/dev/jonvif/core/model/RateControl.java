package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * How an encoder limits its output ({@code tt:VideoRateControl}, {@code tt:VideoRateControl2}).
 * Fields are {@code null} when the device left them out.
 *
 * @param frameRateLimit maximum frames per second
 * @param encodingInterval encode every n-th frame (Media1 only)
 * @param bitrateLimit maximum bit rate in kbit/s
 * @param constantBitRate whether the bit rate is constant (Media2 only)
 */
public record RateControl(
    Double frameRateLimit,
    Integer encodingInterval,
    Integer bitrateLimit,
    Boolean constantBitRate) {

  static RateControl fromElement(XmlElement e) {
    if (e == null) {
      return null;
    }
    String tt = Namespaces.TT;
    return new RateControl(
        Values.doubleChild(e, tt, "FrameRateLimit"),
        Values.intChild(e, tt, "EncodingInterval"),
        Values.intChild(e, tt, "BitrateLimit"),
        Values.parseBoolean(Values.attribute(e, "ConstantBitRate")));
  }

  XmlElement toMedia1Element() {
    String tt = Namespaces.TT;
    return XmlElement.builder(tt, "RateControl")
        .child(tt, "FrameRateLimit", frameRateLimit == null ? 0 : Math.round(frameRateLimit))
        .child(tt, "EncodingInterval", encodingInterval == null ? 1 : encodingInterval)
        .child(tt, "BitrateLimit", bitrateLimit == null ? 0 : bitrateLimit)
        .build();
  }

  XmlElement toMedia2Element() {
    String tt = Namespaces.TT;
    return XmlElement.builder(tt, "RateControl")
        .attribute("ConstantBitRate", constantBitRate)
        .child(
            tt, "FrameRateLimit", Values.formatNumber(frameRateLimit == null ? 0 : frameRateLimit))
        .child(tt, "BitrateLimit", bitrateLimit == null ? 0 : bitrateLimit)
        .build();
  }
}
