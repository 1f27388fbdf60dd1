package dev.jonvif.core.xml;

/**
 * Limits the hardened parser enforces on every document. Exceeding one raises {@link
 * dev.jonvif.core.MalformedMessageException} before the offending part is buffered.
 *
 * @param maxDocumentBytes total input size
 * @param maxDepth element nesting depth (the parser never goes deeper than 1,000 whatever this
 *     says)
 * @param maxElements number of elements in the document
 * @param maxAttributeLength length of one attribute value, in characters of input (before entity
 *     references are replaced)
 * @param maxTextLength length of the character data of one element, in characters (and, while a
 *     stream is read, of one comment, CDATA section or processing instruction)
 */
public record XmlLimits(
    long maxDocumentBytes,
    int maxDepth,
    int maxElements,
    int maxAttributeLength,
    int maxTextLength) {

  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;
  public static final int DEFAULT_MAX_DEPTH = 64;
  public static final int DEFAULT_MAX_ELEMENTS = 200_000;
  public static final int DEFAULT_MAX_ATTRIBUTE_LENGTH = 64 * 1024;
  public static final int DEFAULT_MAX_TEXT_LENGTH = 8 * 1024 * 1024;

  /**
   * Defaults suited to SOAP traffic: 8 MiB, depth 64, 200,000 elements, 64 Ki-character attribute
   * values, 8 Mi-character text.
   */
  public static final XmlLimits DEFAULT =
      new XmlLimits(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_ELEMENTS,
          DEFAULT_MAX_ATTRIBUTE_LENGTH,
          DEFAULT_MAX_TEXT_LENGTH);

  public XmlLimits {
    if (maxDocumentBytes <= 0
        || maxDepth <= 0
        || maxElements <= 0
        || maxAttributeLength <= 0
        || maxTextLength <= 0) {
      throw new IllegalArgumentException("XML limits must be positive");
    }
  }

  public XmlLimits withMaxDocumentBytes(long bytes) {
    return new XmlLimits(bytes, maxDepth, maxElements, maxAttributeLength, maxTextLength);
  }

  public XmlLimits withMaxDepth(int depth) {
    return new XmlLimits(maxDocumentBytes, depth, maxElements, maxAttributeLength, maxTextLength);
  }

  public XmlLimits withMaxElements(int elements) {
    return new XmlLimits(maxDocumentBytes, maxDepth, elements, maxAttributeLength, maxTextLength);
  }

  public XmlLimits withMaxAttributeLength(int length) {
    return new XmlLimits(maxDocumentBytes, maxDepth, maxElements, length, maxTextLength);
  }

  public XmlLimits withMaxTextLength(int length) {
    return new XmlLimits(maxDocumentBytes, maxDepth, maxElements, maxAttributeLength, length);
  }
}
