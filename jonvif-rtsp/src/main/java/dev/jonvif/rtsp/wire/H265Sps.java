package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;

/**
 * The picture size in an H.265 sequence parameter set.
 *
 * @param width the cropped picture width in pixels
 * @param height the cropped picture height in pixels
 * @see <a href="https://www.itu.int/rec/T-REC-H.265">ITU-T H.265 §7.3.2.2</a>
 */
public record H265Sps(int width, int height) {

  /**
   * Reads an SPS NAL unit (with its two-byte header).
   *
   * @throws MalformedMessageException when it is not a readable SPS
   */
  public static H265Sps parse(byte[] nal) {
    if (H265Payload.type(nal) != H265Payload.SPS || nal.length < 15) {
      throw new MalformedMessageException("not an H.265 SPS");
    }
    BitReader r = new BitReader(NalUnits.unescape(nal), 2);
    r.bits(4); // sps_video_parameter_set_id
    int maxSubLayersMinus1 = r.bits(3);
    r.bit(); // sps_temporal_id_nesting_flag
    r.skip(88 + 8); // general profile (88 bits) and general_level_idc
    boolean[] profilePresent = new boolean[maxSubLayersMinus1];
    boolean[] levelPresent = new boolean[maxSubLayersMinus1];
    for (int i = 0; i < maxSubLayersMinus1; i++) {
      profilePresent[i] = r.bit() == 1;
      levelPresent[i] = r.bit() == 1;
    }
    if (maxSubLayersMinus1 > 0) {
      r.skip(2 * (8 - maxSubLayersMinus1));
    }
    for (int i = 0; i < maxSubLayersMinus1; i++) {
      r.skip((profilePresent[i] ? 88 : 0) + (levelPresent[i] ? 8 : 0));
    }
    r.ue(); // sps_seq_parameter_set_id
    int chromaFormat = r.ue();
    if (chromaFormat == 3) {
      r.bit(); // separate_colour_plane_flag
    }
    int width = r.ue();
    int height = r.ue();
    if (r.bit() == 1) { // conformance_window_flag
      int subW = chromaFormat == 1 || chromaFormat == 2 ? 2 : 1;
      int subH = chromaFormat == 1 ? 2 : 1;
      int left = r.ue();
      int right = r.ue();
      int top = r.ue();
      int bottom = r.ue();
      width -= subW * (left + right);
      height -= subH * (top + bottom);
    }
    return new H265Sps(width, height);
  }
}
