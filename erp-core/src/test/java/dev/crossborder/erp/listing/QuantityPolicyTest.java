package dev.crossborder.erp.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden values of the quantity policy: each step, in order, and the refusals of bad policies. */
class QuantityPolicyTest {
  private static final WarehouseId SZ = WarehouseId.of("SZ");
  private static final WarehouseId US = WarehouseId.of("US");
  private static final WarehouseId DE = WarehouseId.of("DE");

  private static long show(QuantityPolicy policy, long sz, long us) {
    return policy.quote(Map.of(SZ, sz, US, us)).quantity();
  }

  @Test
  void theDefaultShowsEverythingAvailableAndNegativeAvailabilityCountsAsZero() {
    QuantityQuote quote = QuantityPolicy.all().quote(Map.of(SZ, 7L, US, -3L, DE, 5L));

    assertThat(quote.quantity()).isEqualTo(12);
    assertThat(quote.steps()).extracting(QuantityQuote.Step::term, QuantityQuote.Step::detail, QuantityQuote.Step::after)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("available", "DE=5 + SZ=7 + US=0", 12L));
  }

  @Test
  void onlyTheFeedingWarehousesCount() {
    QuantityPolicy usOnly = QuantityPolicy.builder().warehouses("US").build();

    assertThat(show(usOnly, 100, 4)).isEqualTo(4);
    assertThat(usOnly.quote(Map.of(SZ, 9L)).steps().get(0).detail()).isEqualTo("no feeding warehouse has stock");
  }

  @Test
  void percentRoundsDown() {
    QuantityPolicy half = QuantityPolicy.builder().percent(50).build();

    assertThat(show(half, 7, 0)).isEqualTo(3);
    assertThat(show(half, 1, 0)).isZero();
    assertThat(show(QuantityPolicy.builder().percent(33).build(), 10, 0)).isEqualTo(3);
    assertThat(show(QuantityPolicy.builder().percent(0).build(), 1000, 0)).isZero();
  }

  @Test
  void everyStepInOrderWithItsRunningQuantity() {
    QuantityPolicy policy = QuantityPolicy.builder().reserve(10).threshold(5).percent(80).min(2).max(20L).build();

    QuantityQuote quote = policy.quote(Map.of(SZ, 30L, US, 15L));

    // 45 available, 35 after the reserve, 80% = 28, capped at 20
    assertThat(quote.quantity()).isEqualTo(20);
    assertThat(quote.steps()).extracting(QuantityQuote.Step::term, QuantityQuote.Step::after).containsExactly(
        org.assertj.core.groups.Tuple.tuple("available", 45L),
        org.assertj.core.groups.Tuple.tuple("reserve", 35L),
        org.assertj.core.groups.Tuple.tuple("percent", 28L),
        org.assertj.core.groups.Tuple.tuple("max", 20L));
    assertThat(quote.steps().get(2).detail()).isEqualTo("80% of 35, rounded down");
  }

  @Test
  void theReserveComesOffFirstAndNeverGoesBelowZero() {
    QuantityPolicy reserve = QuantityPolicy.builder().reserve(5).build();

    assertThat(show(reserve, 8, 0)).isEqualTo(3);
    assertThat(show(reserve, 4, 0)).isZero();
  }

  @Test
  void belowTheThresholdZeroIsShownAndNothingRaisesIt() {
    QuantityPolicy policy = QuantityPolicy.builder().threshold(3).min(2).reserve(1).build();

    QuantityQuote quote = policy.quote(Map.of(SZ, 3L));

    assertThat(quote.quantity()).isZero(); // 3 - 1 reserved = 2 < 3
    assertThat(quote.steps()).extracting(QuantityQuote.Step::term).containsExactly("available", "reserve", "threshold");
    assertThat(show(policy, 4, 0)).isEqualTo(3); // 3 is not below the threshold
  }

  @Test
  void minRaisesASmallPercentButNeverAboveWhatIsThere() {
    QuantityPolicy policy = QuantityPolicy.builder().percent(10).min(3).build();

    assertThat(show(policy, 50, 0)).isEqualTo(5);  // 10% = 5, above min
    assertThat(show(policy, 12, 0)).isEqualTo(3);  // 10% = 1, raised to min
    assertThat(show(policy, 2, 0)).isEqualTo(2);   // min 3, but only 2 are there
    assertThat(show(policy, 0, 0)).isZero();
  }

  @Test
  void badPoliciesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> QuantityPolicy.builder().percent(101).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("percent");
          assertThat(e.value()).isEqualTo("101");
        });
    assertThatThrownBy(() -> QuantityPolicy.builder().percent(-1).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("percent"));
    assertThatThrownBy(() -> QuantityPolicy.builder().min(5).max(4L).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("min"));
    assertThatThrownBy(() -> QuantityPolicy.builder().max(-1L).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("max"));
    assertThatThrownBy(() -> QuantityPolicy.builder().threshold(-1).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("threshold"));
    assertThatThrownBy(() -> QuantityPolicy.builder().reserve(-2).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reserve"));
  }

  @Test
  void isImmutable() {
    java.util.Set<WarehouseId> warehouses = new java.util.HashSet<>(Set.of(SZ));
    QuantityPolicy policy = QuantityPolicy.builder().warehouses(warehouses).build();
    warehouses.add(US);

    assertThat(policy.warehouses()).containsExactly(SZ);
    assertThatThrownBy(() -> policy.warehouses().add(US)).isInstanceOf(UnsupportedOperationException.class);
  }
}
