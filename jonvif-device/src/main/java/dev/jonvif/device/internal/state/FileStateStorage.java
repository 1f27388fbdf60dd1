package dev.jonvif.device.internal.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jonvif.device.DeviceState;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.VirtualCamera;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps each camera's state in {@code <dir>/<camera>/state.json}: {@code {"version":1,
 * "device":{...}, "<slot>":{...}}}. Writes go to a temporary file that is flushed to disk and then
 * atomically renamed over the old one (and the directory is synced), so a crash at any point leaves
 * either the old or the new state, never a torn file. Passwords are encrypted with {@link
 * PasswordCipher}.
 */
public final class FileStateStorage implements StateStorage {

  static final String FILE = "state.json";
  static final int VERSION = 1;

  private final Path dir;
  private final PasswordCipher cipher;
  private final ObjectMapper mapper;

  public FileStateStorage(Path dir) {
    this.dir = dir;
    try {
      this.cipher = PasswordCipher.forDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use state directory " + dir, e);
    }
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The file holding {@code camera}'s state. */
  public Path file(String camera) {
    return dir.resolve(camera).resolve(FILE);
  }

  @Override
  public Stored load(String camera) {
    Path file = file(camera);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      JsonNode root = mapper.readTree(file.toFile());
      if (!(root instanceof ObjectNode obj) || !(obj.get("device") instanceof ObjectNode d)) {
        throw new IOException("no device state in " + file);
      }
      transformPasswords(camera, d, false);
      DeviceState device = mapper.treeToValue(d, DeviceState.class);
      return new StoredState(obj, device);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state of camera " + camera, e);
    }
  }

  @Override
  public void save(String camera, DeviceState device, Map<String, Object> slots) {
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    ObjectNode d = mapper.valueToTree(device);
    transformPasswords(camera, d, true);
    root.set("device", d);
    slots.forEach((name, value) -> root.set(name, mapper.valueToTree(value)));
    try {
      writeAtomically(file(camera), mapper.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state of camera " + camera, e);
    }
  }

  private void transformPasswords(String camera, ObjectNode device, boolean encrypt) {
    if (!(device.get("users") instanceof ArrayNode users)) {
      return;
    }
    for (JsonNode u : users) {
      if (u instanceof ObjectNode user && user.hasNonNull("password")) {
        String context = camera + "/" + user.path("username").asText();
        String pw = user.get("password").asText();
        user.put("password", encrypt ? cipher.encrypt(pw, context) : cipher.decrypt(pw, context));
      }
    }
  }

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve(target.getFileName() + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    try (FileChannel dirChannel = FileChannel.open(parent, StandardOpenOption.READ)) {
      dirChannel.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // some platforms cannot sync a directory; the rename is still atomic
    }
  }

  private final class StoredState implements Stored, VirtualCamera.SlotNames {
    private final ObjectNode root;
    private final DeviceState device;

    StoredState(ObjectNode root, DeviceState device) {
      this.root = root;
      this.device = device;
    }

    @Override
    public DeviceState device() {
      return device;
    }

    @Override
    public <T> T slot(String name, Class<T> type) {
      JsonNode node = root.get(name);
      if (node == null || node.isNull()) {
        return null;
      }
      if (type == Object.class) {
        return type.cast(node);
      }
      try {
        return mapper.treeToValue(node, type);
      } catch (IOException | IllegalArgumentException e) {
        return null;
      }
    }

    @Override
    public List<String> slotNames() {
      List<String> out = new ArrayList<>();
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String n = it.next();
        if (!n.equals("version") && !n.equals("device")) {
          out.add(n);
        }
      }
      return out;
    }
  }
}
