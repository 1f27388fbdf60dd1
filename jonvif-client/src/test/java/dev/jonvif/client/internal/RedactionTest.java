package dev.jonvif.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.model.User;
import dev.jonvif.core.model.UserLevel;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void passwordsInQueriesAndUserInfoAreHidden() {
    assertThat(
            Redaction.uri(
                URI.create(
                    "http://u:p@cam/webcapture.jpg?command=snap&user=admin&password=41f2kjt8")))
        .hasToString("http://cam/webcapture.jpg?command=snap&user=admin&password=***");
    assertThat(Redaction.uri(URI.create("rtsp://cam/user=admin_password=secret_channel=1")))
        .hasToString("rtsp://cam/user=admin_password=***_channel=1");
    assertThat(Redaction.uri(URI.create("http://cam/onvif/device_service")))
        .hasToString("http://cam/onvif/device_service");
  }

  @Test
  void passwordElementsInBodiesAreHidden() {
    XmlElement body =
        XmlElement.builder(Namespaces.TDS, "CreateUsers")
            .child(new User("op", "hunter2", UserLevel.OPERATOR).toElement(Namespaces.TDS, "User"))
            .build();
    String shown = Redaction.body(body).toString();
    assertThat(shown).doesNotContain("hunter2").contains("***").contains("op");
    XmlElement plain = XmlElement.builder(Namespaces.TDS, "GetUsers").build();
    assertThat(Redaction.body(plain)).isSameAs(plain);
  }
}
