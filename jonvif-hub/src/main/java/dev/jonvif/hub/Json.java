package dev.jonvif.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The hub's one JSON mapper: ISO-8601 times, records as objects. */
final class Json {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Parses a request body; 400 {@code invalid_body} when it is not a JSON object. */
  static JsonNode object(String body) {
    JsonNode n;
    try {
      n = body == null || body.isBlank() ? null : MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    return n;
  }

  /** A required non-blank string field. */
  static String requiredString(JsonNode body, String field) {
    String s = optionalString(body, field);
    if (s == null || s.isBlank()) {
      throw ApiError.badRequest("\"" + field + "\" is required (a non-empty string)");
    }
    return s;
  }

  /** An optional string field; 400 when present with another type. */
  static String optionalString(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiError.badRequest("\"" + field + "\" must be a string");
    }
    return n.asText();
  }

  /** An optional number field; 400 when present with another type. */
  static Double optionalNumber(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isNumber()) {
      throw ApiError.badRequest("\"" + field + "\" must be a number");
    }
    return n.asDouble();
  }

  /** An optional boolean field; 400 when present with another type. */
  static Boolean optionalBoolean(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      throw ApiError.badRequest("\"" + field + "\" must be true or false");
    }
    return n.asBoolean();
  }
}
