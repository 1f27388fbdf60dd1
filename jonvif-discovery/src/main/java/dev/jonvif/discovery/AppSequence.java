package dev.jonvif.discovery;

/**
 * The {@code d:AppSequence} header: lets receivers order the messages of one target service and
 * notice that it restarted.
 *
 * @param instanceId incremented every time the target service restarts (xs:unsignedInt)
 * @param sequenceId optional URI naming a sequence within the instance, or {@code null}
 * @param messageNumber incremented for every message the instance sends (xs:unsignedInt)
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §7</a>
 */
public record AppSequence(long instanceId, String sequenceId, long messageNumber) {

  static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

  public AppSequence {
    if (instanceId < 0 || instanceId > MAX_UNSIGNED_INT) {
      throw new IllegalArgumentException("InstanceId out of xs:unsignedInt range: " + instanceId);
    }
    if (messageNumber < 0 || messageNumber > MAX_UNSIGNED_INT) {
      throw new IllegalArgumentException(
          "MessageNumber out of xs:unsignedInt range: " + messageNumber);
    }
  }

  public static AppSequence of(long instanceId, long messageNumber) {
    return new AppSequence(instanceId, null, messageNumber);
  }
}
