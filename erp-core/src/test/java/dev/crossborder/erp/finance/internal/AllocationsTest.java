package dev.crossborder.erp.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.finance.AllocationBasis;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationsTest {

  @Test
  void partsAlwaysAddUpToTheAmountAndStayWithinOneMinorUnitOfTheirExactShare() {
    Random random = new Random(20261205L);
    for (String code : List.of("USD", "JPY", "BHD", "CNY")) {
      Currency currency = Currency.getInstance(code);
      for (int run = 0; run < 2_000; run++) {
        long minor = random.nextInt(3) == 0 ? random.nextInt(10) : random.nextLong() % 1_000_000_000_000L;
        Money amount = Money.ofMinor(minor, currency);
        int n = 1 + random.nextInt(12);
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          weights.add(random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100_000), 3));
        }
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
          weights.set(0, BigDecimal.ONE);
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        List<Money> parts = Allocations.split(amount, AllocationBasis.WEIGHT, weights);

        assertThat(parts).hasSize(n);
        assertThat(parts.stream().mapToLong(Money::minorUnits).sum()).as("run %s", run).isEqualTo(minor);
        for (int i = 0; i < n; i++) {
          BigDecimal exact = BigDecimal.valueOf(minor).multiply(weights.get(i)).divide(total, 6, RoundingMode.HALF_EVEN);
          BigDecimal part = BigDecimal.valueOf(parts.get(i).minorUnits());
          assertThat(part.subtract(exact).abs()).as("run %s part %s", run, i).isLessThan(BigDecimal.ONE);
          if (weights.get(i).signum() == 0) {
            assertThat(parts.get(i).isZero()).isTrue();
          }
        }
      }
    }
  }

  @Test
  void refusesABasisWhoseTotalIsZero() {
    assertThatThrownBy(() -> Allocations.split(Money.of("1.00", "USD"), AllocationBasis.WEIGHT,
            List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("basis");
          assertThat(e.value()).isEqualTo("WEIGHT");
        });
  }
}
