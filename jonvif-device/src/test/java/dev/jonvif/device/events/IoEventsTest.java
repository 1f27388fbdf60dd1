package dev.jonvif.device.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Persona;
import dev.jonvif.device.io.IoBoard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relay outputs and digital inputs of the I/O board appear as Device/Trigger properties. */
class IoEventsTest extends EventsTestSupport {

  @Test
  void digitalInputChangesOfTheIoBoardArePublished() {
    start(2, Persona.doorbell("bell"));
    IoBoard board = IoBoard.of(camera);
    String input = board.digitalInputs().get(0);
    String address = createPullPoint(topicFilter("tns1:Device/Trigger//."));
    Answer initial = pull(address, "PT0S", 10);
    assertThat(messages(initial)).hasSize(2);
    assertThat(List.of(topicOf(initial, 0), topicOf(initial, 1)))
        .containsExactlyInAnyOrder("tns1:Device/Trigger/Relay", "tns1:Device/Trigger/DigitalInput");
    board.setDigitalInput(input, true);
    List<XmlElement> got = messages(pull(address, "PT1S", 10));
    assertThat(got).hasSize(1);
    assertThat(item(got.get(0), "Source", "InputToken")).isEqualTo(input);
    assertThat(item(got.get(0), "Data", "LogicalState")).isEqualTo("true");
    assertThat(got.get(0).attribute("PropertyOperation")).isEqualTo("Changed");
  }
}
