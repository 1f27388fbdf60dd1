package dev.jonvif.testkit;

/**
 * One problem found by {@link OnvifSchemas}: where it is in the validated document and what the
 * schema validator said.
 *
 * @param line 1-based line, or -1 when unknown
 * @param column 1-based column, or -1 when unknown
 * @param message the validator's message, e.g. {@code cvc-enumeration-valid: Value 'H265' is not
 *     facet-valid ...}
 */
public record SchemaError(int line, int column, String message) {

  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
