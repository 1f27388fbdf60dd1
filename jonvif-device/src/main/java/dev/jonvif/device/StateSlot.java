package dev.jonvif.device;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named part of a camera's persisted state owned by one service module (e.g. the media services'
 * profiles and encoder configurations). The value is an immutable record that Jackson can read and
 * write; it is stored under {@code name} in the camera's {@code state.json}.
 *
 * <pre>{@code
 * static final StateSlot<MediaState> MEDIA =
 *     new StateSlot<>("media", MediaState.class, MediaState::initial);
 * MediaState s = ctx.camera().state(MEDIA);
 * ctx.camera().update(MEDIA, s -> s.withProfile(p));   // persisted before it returns
 * }</pre>
 *
 * @param name the key in state.json (not {@code device}, which the Device service owns)
 * @param type the record class
 * @param initial the factory value for a persona (also used after SetSystemFactoryDefault)
 * @param <T> the record type
 */
public record StateSlot<T>(String name, Class<T> type, Function<Persona, T> initial) {

  public StateSlot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(initial, "initial");
    if (name.equals("device") || name.equals("version")) {
      throw new IllegalArgumentException("reserved state slot name: " + name);
    }
  }
}
