package dev.crossborder.erp.platforms.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void readsSeconds() {
    assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsAnHttpDate() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 00:00:45 GMT", NOW)).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertThat(RetryAfter.parse("Sat, 28 Feb 2026 23:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void capsAbsurdWaits() {
    assertThat(RetryAfter.parse("99999999999", NOW)).isEqualTo(RetryAfter.MAX);
    assertThat(RetryAfter.parse("86400", NOW)).isEqualTo(RetryAfter.MAX);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("-5", NOW)).isNull();
    assertThat(RetryAfter.parse("1.5", NOW)).isNull();
  }
}
