package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;

/**
 * What a receiver needs from an H.264 sequence parameter set: profile, level and picture size.
 *
 * @param profileIdc the profile (66 baseline, 77 main, 100 high, ...)
 * @param constraints the constraint flags byte
 * @param levelIdc the level times ten
 * @param width the cropped picture width in pixels
 * @param height the cropped picture height in pixels
 * @see <a href="https://www.itu.int/rec/T-REC-H.264">ITU-T H.264 §7.3.2.1.1</a>
 */
public record H264Sps(int profileIdc, int constraints, int levelIdc, int width, int height) {

  /**
   * Reads an SPS NAL unit (with its one-byte header).
   *
   * @throws MalformedMessageException when it is not a readable SPS
   */
  public static H264Sps parse(byte[] nal) {
    if (H264Payload.type(nal) != H264Payload.SPS || nal.length < 4) {
      throw new MalformedMessageException("not an H.264 SPS");
    }
    byte[] rbsp = NalUnits.unescape(nal);
    BitReader r = new BitReader(rbsp, 1);
    int profile = r.bits(8);
    int constraints = r.bits(8);
    int level = r.bits(8);
    r.ue(); // seq_parameter_set_id
    int chromaFormat = 1;
    boolean separateColourPlanes = false;
    if (profile == 100
        || profile == 110
        || profile == 122
        || profile == 244
        || profile == 44
        || profile == 83
        || profile == 86
        || profile == 118
        || profile == 128
        || profile == 138
        || profile == 139
        || profile == 134
        || profile == 135) {
      chromaFormat = r.ue();
      if (chromaFormat == 3) {
        separateColourPlanes = r.bit() == 1;
      }
      r.ue(); // bit_depth_luma_minus8
      r.ue(); // bit_depth_chroma_minus8
      r.bit(); // qpprime_y_zero_transform_bypass_flag
      if (r.bit() == 1) { // seq_scaling_matrix_present_flag
        int lists = chromaFormat != 3 ? 8 : 12;
        for (int i = 0; i < lists; i++) {
          if (r.bit() == 1) {
            skipScalingList(r, i < 6 ? 16 : 64);
          }
        }
      }
    }
    r.ue(); // log2_max_frame_num_minus4
    int pocType = r.ue();
    if (pocType == 0) {
      r.ue();
    } else if (pocType == 1) {
      r.bit();
      r.se();
      r.se();
      int cycle = r.ue();
      for (int i = 0; i < cycle; i++) {
        r.se();
      }
    }
    r.ue(); // max_num_ref_frames
    r.bit(); // gaps_in_frame_num_value_allowed_flag
    int widthMbs = r.ue() + 1;
    int heightMapUnits = r.ue() + 1;
    int frameMbsOnly = r.bit();
    if (frameMbsOnly == 0) {
      r.bit(); // mb_adaptive_frame_field_flag
    }
    r.bit(); // direct_8x8_inference_flag
    int width = widthMbs * 16;
    int height = (2 - frameMbsOnly) * heightMapUnits * 16;
    if (r.bit() == 1) { // frame_cropping_flag
      int left = r.ue();
      int right = r.ue();
      int top = r.ue();
      int bottom = r.ue();
      int arrayType = separateColourPlanes ? 0 : chromaFormat;
      int cropX = arrayType == 0 ? 1 : (arrayType == 3 ? 1 : 2);
      int cropY = (arrayType == 0 ? 1 : (arrayType == 1 ? 2 : 1)) * (2 - frameMbsOnly);
      width -= (left + right) * cropX;
      height -= (top + bottom) * cropY;
    }
    return new H264Sps(profile, constraints, level, width, height);
  }

  /** The {@code profile-level-id} SDP parameter: profile, constraints, level as six hex digits. */
  public String profileLevelId() {
    return String.format("%02X%02X%02X", profileIdc, constraints, levelIdc);
  }

  private static void skipScalingList(BitReader r, int size) {
    int last = 8;
    int next = 8;
    for (int j = 0; j < size; j++) {
      if (next != 0) {
        next = (last + r.se() + 256) % 256;
      }
      last = next == 0 ? last : next;
    }
  }
}
