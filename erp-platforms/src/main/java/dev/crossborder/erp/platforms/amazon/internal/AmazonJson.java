package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.shop.PlatformId;
import org.jspecify.annotations.Nullable;

/**
 * Amazon's {@link WireJson}: the shared lenient reader, with errors that name Amazon. Static so
 * that mappers and tests read as {@code AmazonJson.read(...)}.
 */
public final class AmazonJson {
  private static final WireJson WIRE = WireJson.of(PlatformId.AMAZON);

  private AmazonJson() {}

  /** The shared mapper: used by the Retrofit converter and by {@link #read}. */
  public static ObjectMapper mapper() {
    return WIRE.mapper();
  }

  /** See {@link WireJson#read(String, int, byte[], Class)}. */
  public static <T> T read(String operation, int httpStatus, byte @Nullable [] body, Class<T> type) {
    return WIRE.read(operation, httpStatus, body, type);
  }

  /** See {@link WireJson#read(String, int, String, Class)}. */
  public static <T> T read(String operation, int httpStatus, @Nullable String body, Class<T> type) {
    return WIRE.read(operation, httpStatus, body, type);
  }

  /** See {@link WireJson#malformed}. */
  public static MalformedResponseException malformed(String operation, int httpStatus, Throwable failure) {
    return WIRE.malformed(operation, httpStatus, failure);
  }

  /** See {@link WireJson#write}. */
  public static String write(Object value) {
    return WIRE.write(value);
  }
}
