package dev.crossborder.erp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelTest {

  @Test
  void mutableClockMovesOnlyWhenTold() {
    MutableClock clock = MutableClock.at("2026-11-24T00:00:00Z");

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    assertThat(clock.advance(Duration.ofMinutes(2))).isEqualTo(Instant.parse("2026-11-24T00:02:00Z"));
    clock.set(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
  }

  @Test
  void tenantIdRefusesBlankAndOddCharactersNamingTheField() {
    assertThatThrownBy(() -> TenantId.of(" "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("tenantId");
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        });
    assertThatThrownBy(() -> TenantId.of("a/b")).hasMessageContaining("tenantId").hasMessageContaining("a/b");
    assertThat(TenantId.of("acme-01").value()).isEqualTo("acme-01");
  }

  @Test
  void quantityRefusesZeroAndNegative() {
    assertThatThrownBy(() -> Quantity.of(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("quantity");
          assertThat(e.value()).isEqualTo("0");
        });
    assertThatThrownBy(() -> Quantity.of(-3)).hasMessage("quantity must be positive: -3");
    assertThat(Quantity.of(2).plus(Quantity.of(3))).isEqualTo(Quantity.of(5));
  }

  @Test
  void uuidGeneratorNeverRepeats() {
    IdGenerator ids = IdGenerator.uuids();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(ids.nextId())).isTrue();
    }
  }

  @Test
  void errorMessagesShortenLongValues() {
    InvalidInputException e = new InvalidInputException("title", "x".repeat(500), "is too long");

    assertThat(e.value()).hasSize(80).endsWith("...");
  }
}
