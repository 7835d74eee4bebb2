package dev.crossborder.erp.platforms.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.shop.PlatformId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The lenient Jackson configuration for one platform's wire records, and the place where whatever
 * Jackson throws becomes a {@link MalformedResponseException} naming the platform, the operation and
 * the field. Every connector reads its bodies through one of these: {@code WireJson.of(platform)}.
 *
 * <p>The mapper tolerates the quirks platforms' payloads show: decimals arrive as JSON strings of
 * any scale (or as numbers, read from their text, never through a {@code double}); counts and
 * booleans may arrive as strings ({@code "1"}, {@code "false"}); date-times may be {@code ""}
 * (read as absent), epoch numbers (seconds below 10<sup>11</sup>, milliseconds above, as Walmart
 * sends them) or ISO-8601 with or without an offset (UTC assumed without one). Unknown properties
 * are ignored, and enums should be plain strings in wire records, so new values never fail a read.
 * Request bodies are written without {@code null} members, decimals in plain notation, instants as
 * ISO-8601 UTC text.
 *
 * <p>Thread-safe and immutable; the mapper is shared by every instance and must not be
 * reconfigured.
 */
public final class WireJson {
  private static final int MAX_DECIMAL_TEXT = 64;
  private static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;
  private static final ObjectMapper MAPPER = build();

  private final PlatformId platform;

  private WireJson(PlatformId platform) {
    this.platform = platform;
  }

  /** The reader for {@code platform}'s bodies; its errors name that platform. */
  public static WireJson of(PlatformId platform) {
    return new WireJson(java.util.Objects.requireNonNull(platform, "platform"));
  }

  /** The shared mapper: used by the Retrofit converter and by {@link #read}. */
  public ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads {@code body}, the answer with {@code httpStatus} to {@code operation}, as {@code type}.
   *
   * @throws MalformedResponseException if the body is empty, not JSON, truncated, or a value cannot
   *     be read; its field is the JSON path of the value (such as {@code orders[0].createdTime}) or
   *     {@code body}
   */
  public <T> T read(String operation, int httpStatus, byte @Nullable [] body, Class<T> type) {
    if (body == null || isBlank(body)) {
      throw new MalformedResponseException(platform, operation, "body", "is empty", httpStatus, null);
    }
    T value;
    try {
      value = MAPPER.readValue(body, type);
    } catch (IOException | RuntimeException e) {
      throw malformed(operation, httpStatus, e);
    }
    if (value == null) {
      throw new MalformedResponseException(platform, operation, "body", "is null", httpStatus, null);
    }
    return value;
  }

  /** {@link #read(String, int, byte[], Class)} for text. */
  public <T> T read(String operation, int httpStatus, @Nullable String body, Class<T> type) {
    return read(operation, httpStatus, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
  }

  /**
   * Turns what Jackson (or the Retrofit converter) threw while reading the answer to {@code
   * operation} into the typed error, naming the field by its JSON path. The message never repeats
   * the body's content, which may hold buyer data.
   */
  public MalformedResponseException malformed(String operation, int httpStatus, Throwable failure) {
    if (failure instanceof MalformedResponseException m) {
      return m;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonEOFException) {
        return new MalformedResponseException(platform, operation, "body", "is truncated JSON", httpStatus, failure);
      }
      if (t instanceof JsonParseException) {
        return new MalformedResponseException(platform, operation, "body", "is not JSON", httpStatus, failure);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (failure instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String problem = failure instanceof WireValueException w ? w.problem() : "has an unreadable value";
      return new MalformedResponseException(platform, operation, path(m), problem, httpStatus, failure);
    }
    String problem;
    if (failure instanceof JsonEOFException) {
      problem = "is truncated JSON";
    } else if (failure instanceof MismatchedInputException m && m.getMessage() != null
        && m.getMessage().startsWith("No content")) {
      problem = "is empty";
    } else if (failure instanceof JsonProcessingException) {
      problem = "is not JSON";
    } else {
      problem = "cannot be read";
    }
    return new MalformedResponseException(platform, operation, "body", problem, httpStatus, failure);
  }

  /** Writes {@code value} (a request body) as JSON text. */
  public String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static ObjectMapper build() {
    SimpleModule module = new SimpleModule("platform-wire");
    module.addDeserializer(BigDecimal.class, new DecimalDeserializer());
    module.addDeserializer(Instant.class, new InstantDeserializer());
    module.addDeserializer(Long.class, new LongDeserializer());
    module.addDeserializer(Integer.class, new IntegerDeserializer());
    module.addDeserializer(Boolean.class, new BooleanDeserializer());
    module.addSerializer(Instant.class, new InstantSerializer());
    return JsonMapper.builder()
        .addModule(module)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /**
   * A value the mapper refused, with a short problem phrase that never repeats the value.
   */
  static final class WireValueException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;
    private final String problem;

    WireValueException(JsonParser p, String problem, Class<?> type) {
      super(p, problem, type);
      this.problem = problem;
    }

    /** The phrase, such as {@code "is not a date-time"}. */
    String problem() {
      return problem;
    }
  }

  /** Decimals from strings or numbers, exact; {@code ""} is absent. */
  static final class DecimalDeserializer extends StdDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getDecimalValue();
      }
      if (t == JsonToken.VALUE_STRING) {
        String text = p.getText().strip();
        if (text.isEmpty()) {
          return null;
        }
        if (text.length() > MAX_DECIMAL_TEXT) {
          throw new WireValueException(p, "is too long for a decimal", BigDecimal.class);
        }
        try {
          BigDecimal value = new BigDecimal(text);
          if (Math.abs((long) value.scale()) > 20) {
            throw new WireValueException(p, "is not a plain decimal", BigDecimal.class);
          }
          return value;
        } catch (NumberFormatException e) {
          throw new WireValueException(p, "is not a decimal number", BigDecimal.class);
        }
      }
      throw new WireValueException(p, "is not a decimal number", BigDecimal.class);
    }
  }

  /** Whole numbers from numbers or strings ({@code 2}, {@code "2"}, {@code 2.0}); {@code ""} is absent. */
  static final class LongDeserializer extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    LongDeserializer() {
      super(Long.class);
    }

    @Override
    public @Nullable Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return wholeNumber(p, Long.MIN_VALUE, Long.MAX_VALUE, Long.class);
    }
  }

  /** Like {@link LongDeserializer}, within the {@code int} range. */
  static final class IntegerDeserializer extends StdDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    IntegerDeserializer() {
      super(Integer.class);
    }

    @Override
    public @Nullable Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Long value = wholeNumber(p, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.class);
      return value == null ? null : value.intValue();
    }
  }

  private static @Nullable Long wholeNumber(JsonParser p, long min, long max, Class<?> type) throws IOException {
    JsonToken t = p.currentToken();
    BigDecimal value;
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      value = p.getDecimalValue();
    } else if (t == JsonToken.VALUE_STRING) {
      String text = p.getText().strip();
      if (text.isEmpty()) {
        return null;
      }
      if (text.length() > MAX_DECIMAL_TEXT) {
        throw new WireValueException(p, "is not a whole number", type);
      }
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new WireValueException(p, "is not a whole number", type);
      }
    } else {
      throw new WireValueException(p, "is not a whole number", type);
    }
    try {
      long whole = value.longValueExact();
      if (whole < min || whole > max) {
        throw new WireValueException(p, "is out of range", type);
      }
      return whole;
    } catch (ArithmeticException e) {
      throw new WireValueException(p, "is not a whole number", type);
    }
  }

  /** Booleans from {@code true}, {@code "true"}, {@code "FALSE"}, {@code 1}, {@code "0"}; {@code ""} is absent. */
  static final class BooleanDeserializer extends StdDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    BooleanDeserializer() {
      super(Boolean.class);
    }

    @Override
    public @Nullable Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      String text = t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT ? p.getText().strip() : null;
      if (text != null) {
        switch (text.toLowerCase(Locale.ROOT)) {
          case "":
            return null;
          case "true":
          case "1":
            return Boolean.TRUE;
          case "false":
          case "0":
            return Boolean.FALSE;
          default:
            break;
        }
      }
      throw new WireValueException(p, "is not a boolean", Boolean.class);
    }
  }

  /**
   * Instants from ISO-8601 text (with an offset, or UTC without one, or a bare date at UTC
   * midnight) or epoch numbers; {@code ""} is absent.
   */
  static final class InstantDeserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return epoch(p, p.getDecimalValue());
      }
      if (t != JsonToken.VALUE_STRING) {
        throw new WireValueException(p, "is not a date-time", Instant.class);
      }
      String text = p.getText().strip();
      if (text.isEmpty()) {
        return null;
      }
      if (text.length() > 64) {
        throw new WireValueException(p, "is not a date-time", Instant.class);
      }
      if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return epoch(p, new BigDecimal(text));
      }
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeException notOffset) {
        try {
          return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notLocal) {
          try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
          } catch (DateTimeException notDate) {
            throw new WireValueException(p, "is not a date-time", Instant.class);
          }
        }
      }
    }

    private static Instant epoch(JsonParser p, BigDecimal value) throws IOException {
      try {
        if (value.abs().compareTo(BigDecimal.valueOf(EPOCH_MILLIS_THRESHOLD)) >= 0) {
          return Instant.ofEpochMilli(value.longValue());
        }
        BigDecimal seconds = value.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = value.subtract(seconds).movePointRight(9).setScale(0, java.math.RoundingMode.FLOOR).longValue();
        return Instant.ofEpochSecond(seconds.longValueExact(), nanos);
      } catch (ArithmeticException | DateTimeException e) {
        throw new WireValueException(p, "is not a date-time", Instant.class);
      }
    }
  }

  /** Instants as ISO-8601 UTC text, the format platforms' date-time parameters take. */
  static final class InstantSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
    }
  }
}
