package dev.jonvif.core;

/**
 * Bytes that are not an acceptable message: not well-formed XML, a DTD, over a size or depth limit,
 * not a SOAP envelope, a missing required element. Cheap to create (no stack trace), since hostile
 * input may produce many.
 */
public final class MalformedMessageException extends OnvifException {

  private final long offset;

  public MalformedMessageException(String message) {
    this(message, -1, ErrorContext.NONE, null);
  }

  public MalformedMessageException(String message, Throwable cause) {
    this(message, -1, ErrorContext.NONE, cause);
  }

  public MalformedMessageException(
      String message, long offset, ErrorContext context, Throwable cause) {
    super(offset >= 0 ? message + " (at byte " + offset + ")" : message, context, cause, false);
    this.offset = offset;
  }

  private MalformedMessageException(
      String fullMessage, ErrorContext context, Throwable cause, long offset) {
    super(fullMessage, context, cause, false);
    this.offset = offset;
  }

  /**
   * Where in the input the problem was found, or -1 when unknown: a byte offset for encoding, size,
   * markup and length problems, a character offset for problems the XML parser reports
   * (well-formedness, nesting depth, element count).
   */
  public long offset() {
    return offset;
  }

  @Override
  public MalformedMessageException withContext(ErrorContext ctx) {
    return new MalformedMessageException(reason(), context().orElse(ctx), getCause(), offset);
  }
}
