package dev.jonvif.testkit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** One TCP connection of a {@link FakeCamera}: reads requests and answers them until closed. */
final class CameraConnection {

  private final FakeCamera camera;
  private final Socket socket;
  private final int id;
  private final CountDownLatch cameraClosed;

  CameraConnection(FakeCamera camera, Socket socket, int id, CountDownLatch cameraClosed) {
    this.camera = camera;
    this.socket = socket;
    this.id = id;
    this.cameraClosed = cameraClosed;
  }

  void run() throws IOException, InterruptedException {
    HttpRequestReader reader =
        new HttpRequestReader(new BufferedInputStream(socket.getInputStream()));
    OutputStream out = new BufferedOutputStream(socket.getOutputStream());
    ResponseWriter writer = new ResponseWriter(out, cameraClosed);
    while (cameraClosed.getCount() > 0) {
      HttpRequestReader.Head head = reader.readHead();
      if (head == null) {
        return;
      }
      if (head.hasToken("Expect", "100-continue")) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      byte[] body = reader.readBody(head);
      RecordedRequest request =
          new RecordedRequest(
              head.method(), head.target(), head.headers(), body, camera.nextSequenceNumber(), id);
      camera.record(request);
      FakeResponse response = camera.respond(request);
      if (!writer.write(response, head.method().equals("HEAD"), head.keepAlive())) {
        return;
      }
    }
  }
}
