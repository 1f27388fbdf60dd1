package dev.jonvif.rtsp.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header fields of an RTSP (or HTTP) message: ordered, names compared without regard to case, a
 * name may repeat (e.g. two {@code WWW-Authenticate} challenges). Immutable.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2326#section-12">RFC 2326 §12</a>
 */
public final class RtspHeaders {

  /** No headers. */
  public static final RtspHeaders EMPTY = new RtspHeaders(List.of());

  /** One header field. */
  public record Field(String name, String value) {}

  private final List<Field> fields;

  private RtspHeaders(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  /** Headers from alternating names and values. */
  public static RtspHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Builder b = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting with these headers. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fields.addAll(fields);
    return b;
  }

  /** Every field, in order. */
  public List<Field> fields() {
    return fields;
  }

  /** The first value of {@code name}, if present. */
  public Optional<String> get(String name) {
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        return Optional.of(f.value());
      }
    }
    return Optional.empty();
  }

  /** The first value of {@code name}, or {@code null}. */
  public String value(String name) {
    return get(name).orElse(null);
  }

  /** Every value of {@code name}, in order. */
  public List<String> all(String name) {
    List<String> out = new ArrayList<>(2);
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        out.add(f.value());
      }
    }
    return out;
  }

  public boolean contains(String name) {
    return get(name).isPresent();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Field f : fields) {
      String lower = f.name().toLowerCase(Locale.ROOT);
      boolean secret = lower.equals("authorization") || lower.equals("proxy-authorization");
      sb.append(f.name()).append(": ").append(secret ? "***" : f.value()).append('\n');
    }
    return sb.toString();
  }

  /** Collects header fields. */
  public static final class Builder {
    private final List<Field> fields = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a field.
     *
     * @throws IllegalArgumentException when the name or value contains CR, LF or the name a colon
     */
    public Builder add(String name, String value) {
      if (name.isEmpty() || hasBreak(name) || name.indexOf(':') >= 0 || hasBreak(value)) {
        throw new IllegalArgumentException("bad header field: " + name);
      }
      fields.add(new Field(name, value));
      return this;
    }

    /** Replaces every field named {@code name} with one field. */
    public Builder set(String name, String value) {
      remove(name);
      return add(name, value);
    }

    public Builder remove(String name) {
      fields.removeIf(f -> f.name().equalsIgnoreCase(name));
      return this;
    }

    public RtspHeaders build() {
      return new RtspHeaders(fields);
    }

    private static boolean hasBreak(String s) {
      return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }
  }
}
