package dev.crossborder.erp.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a flat JSON object whose known properties are all JSON strings, the shape of every value
 * object this package maps. A known property holding anything but a string (a number above all) is
 * refused; unknown properties go to Jackson's usual handling, so they are skipped or refused as
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
 */
final class StringFields {
  private StringFields() {}

  /** Reads the object the parser stands on (or inside) and returns every named property's text. */
  static Map<String, String> read(
      JsonParser p,
      DeserializationContext ctxt,
      JsonDeserializer<?> deserializer,
      Class<?> type,
      List<String> names)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      ctxt.reportInputMismatch(
          type, "%s must be a JSON object, not %s", type.getSimpleName(), describe(token));
    }
    Map<String, String> values = new HashMap<>();
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (!names.contains(name)) {
        ctxt.handleUnknownProperty(p, deserializer, type, name);
        continue;
      }
      if (value != JsonToken.VALUE_STRING) {
        ctxt.reportInputMismatch(
            type,
            "%s.%s must be a JSON string, not %s",
            type.getSimpleName(),
            name,
            describe(value));
      }
      if (values.put(name, p.getText()) != null) {
        ctxt.reportInputMismatch(type, "%s.%s appears more than once", type.getSimpleName(), name);
      }
    }
    for (String name : names) {
      if (!values.containsKey(name)) {
        ctxt.reportInputMismatch(type, "%s.%s is missing", type.getSimpleName(), name);
      }
    }
    return values;
  }

  /** Requires the parser to stand on a JSON string and returns it. */
  static String readString(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_STRING) {
      ctxt.reportInputMismatch(
          type, "%s must be a JSON string, not %s", type.getSimpleName(), describe(token));
    }
    return p.getText();
  }

  /** The mapping error for a value its own constructor refused; the cause is {@code refusal}. */
  static JsonMappingException refused(
      DeserializationContext ctxt, Class<?> type, InvalidInputException refusal) {
    return ctxt.instantiationException(type, refusal);
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> token.name();
    };
  }
}
