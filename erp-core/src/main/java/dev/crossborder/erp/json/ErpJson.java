package dev.crossborder.erp.json;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Makes Jackson mappers configured the way the SDK writes and reads its JSON documents.
 *
 * <p>Thread-safe; each call returns a new, independent mapper.
 */
public final class ErpJson {
  private ErpJson() {}

  /**
   * Returns a new mapper with {@link ErpJacksonModule} and Jackson's {@code java.time} module,
   * configured so that:
   *
   * <ul>
   *   <li>dates, times and durations are ISO-8601 strings ({@code "2026-01-01"}, {@code
   *       "2026-01-01T08:00:00Z"}, {@code "PT15M"}), never numeric timestamps;
   *   <li>an offset date-time keeps the offset it was written with instead of being moved to UTC;
   *   <li>{@code BigDecimal} numbers are written in plain notation, never as {@code 1E+3};
   *   <li>unknown properties are ignored, so documents written by a newer release still read.
   * </ul>
   *
   * <p>The mapper is mutable like every {@code ObjectMapper}: configure it before first use and
   * share it afterwards.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new ErpJacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
