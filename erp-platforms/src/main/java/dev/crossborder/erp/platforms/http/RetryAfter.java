package dev.crossborder.erp.platforms.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
final class RetryAfter {
  /** Longer waits than this are treated as this; a platform asking for a day is not honoured. */
  static final Duration MAX = Duration.ofHours(1);

  private RetryAfter() {}

  /** The wait the header asks for, or {@code null} if it is absent or unreadable. */
  static @Nullable Duration parse(@Nullable String header, Instant now) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    if (value.isEmpty()) {
      return null;
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (value.length() > 9) {
        return MAX;
      }
      return min(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return wait.isNegative() ? Duration.ZERO : min(wait);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Duration min(Duration wait) {
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
