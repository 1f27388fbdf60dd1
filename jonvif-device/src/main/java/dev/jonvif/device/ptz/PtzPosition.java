package dev.jonvif.device.ptz;

/**
 * A complete PTZ position in the generic spaces: pan and tilt in -1..1 (the node's whole range),
 * zoom in 0..1 (wide to tele).
 *
 * @see <a href="https://www.onvif.org/specs/srv/ptz/ONVIF-PTZ-Service-Spec.pdf">PTZ service spec,
 *     generic position spaces</a>
 */
public record PtzPosition(float pan, float tilt, float zoom) {

  /** Pan and tilt centred, zoom wide. */
  public static final PtzPosition ORIGIN = new PtzPosition(0, 0, 0);

  public PtzPosition {
    if (!Float.isFinite(pan) || !Float.isFinite(tilt) || !Float.isFinite(zoom)) {
      throw new IllegalArgumentException(
          "position must be finite: " + pan + ", " + tilt + ", " + zoom);
    }
  }

  /** This position with pan and tilt replaced. */
  public PtzPosition withPanTilt(float newPan, float newTilt) {
    return new PtzPosition(newPan, newTilt, zoom);
  }

  /** This position with zoom replaced. */
  public PtzPosition withZoom(float newZoom) {
    return new PtzPosition(pan, tilt, newZoom);
  }
}
