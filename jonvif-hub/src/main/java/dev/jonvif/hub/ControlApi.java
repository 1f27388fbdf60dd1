package dev.jonvif.hub;

/** {@code /api/cameras/{id}/ptz|imaging|aux|relays|sensors}: live control and sensor state. */
final class ControlApi {

  private final Sensors sensors;

  ControlApi(Sensors sensors) {
    this.sensors = sensors;
  }

  void handle(Exchange x, CameraSession s) {
    switch (x.seg(2)) {
      case "sensors" -> {
        CameraApi.expect(x, "GET");
        x.json(200, sensors.of(s.record().id()));
      }
      case "ptz", "imaging", "aux", "relays" ->
          throw new ApiError(501, "not_implemented", x.seg(2) + " is not available in this build");
      default -> throw ApiError.notFound("no such resource: " + String.join("/", x.path()));
    }
  }
}
