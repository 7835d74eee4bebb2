package dev.crossborder.erp.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency BHD = Currency.getInstance("BHD");

  @Test
  void normalisesAmountToTheCurrencysMinorUnitScale() {
    assertThat(Money.of("12.3", "USD").amount()).isEqualByComparingTo("12.30").scale().isEqualTo(2);
    assertThat(Money.of("12.300", "USD").amount().toPlainString()).isEqualTo("12.30");
    assertThat(Money.of(new BigDecimal("1E+3"), USD).amount().toPlainString()).isEqualTo("1000.00");
    assertThat(Money.of("1500", "JPY").amount()).scale().isEqualTo(0);
    assertThat(Money.of("1.2", "BHD").amount().toPlainString()).isEqualTo("1.200");
  }

  @Test
  void equalityIgnoresHowTheAmountWasWritten() {
    Money a = Money.of(new BigDecimal("12.3"), USD);
    Money b = Money.of("12.300", "USD");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Money.of("12.30", "EUR"));
    assertThat(Money.of("-0.00", "USD")).isEqualTo(Money.zero(USD));
  }

  @Test
  void refusesOverPreciseAmount() {
    assertThatThrownBy(() -> Money.of("12.345", "USD"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.value()).isEqualTo("12.345 USD");
            })
        .hasMessage("amount has more than 2 decimals: 12.345 USD");
  }

  @Test
  void acceptsTrailingZerosBeyondTheScale() {
    assertThat(Money.of("12.30000000", "USD")).isEqualTo(Money.ofMinor(1230, USD));
    assertThat(Money.of("1500.000", "JPY")).isEqualTo(Money.ofMinor(1500, JPY));
  }

  @Test
  void yenHasNoDecimals() {
    Money yen = Money.of("1500", "JPY");

    assertThat(yen.minorUnits()).isEqualTo(1500);
    assertThat(yen).hasToString("1500 JPY");
    assertThat(Money.ofMinor(1500, JPY)).isEqualTo(yen);
    assertThatThrownBy(() -> Money.of("1500.5", "JPY"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount has more than 0 decimals: 1500.5 JPY");
  }

  @Test
  void bahrainiDinarHasThreeDecimals() {
    Money dinar = Money.of("1.234", "BHD");

    assertThat(dinar.minorUnits()).isEqualTo(1234);
    assertThat(dinar).hasToString("1.234 BHD");
    assertThat(Money.ofMinor(5, BHD)).hasToString("0.005 BHD");
    assertThatThrownBy(() -> Money.of("1.2345", "BHD"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XAU", "XXX", "XDR"})
  void refusesPseudoCurrencyWithoutMinorUnit(String code) {
    assertThatThrownBy(() -> Money.of("1", code))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("currency");
              assertThat(e.value()).isEqualTo(code);
            })
        .hasMessage("currency has no minor unit: " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "usd", "US", "", " USD"})
  void refusesUnknownCurrencyCode(String code) {
    assertThatThrownBy(() -> Money.of("1.00", code))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currency"))
        .hasMessageContaining("is not an ISO 4217 currency code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,30", "", " 12.30", "12.30 ", "abc", "1_000", "0x10", "NaN"})
  void refusesMalformedAmountText(String text) {
    assertThatThrownBy(() -> Money.of(text, "USD"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"))
        .hasMessageContaining("is not a decimal number");
  }

  @Test
  void refusesOverlongAmountText() {
    String text = "1".repeat(65);

    assertThatThrownBy(() -> Money.of(text, "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount is too long");
  }

  @Test
  void refusesMissingAmountOrCurrency() {
    assertThatThrownBy(() -> new Money(null, USD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount is required: null");
    assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("currency is required: null");
    assertThatThrownBy(() -> Money.of(null, "USD"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
  }

  @Test
  void holdsEveryAmountWhoseMinorUnitsFitALong() {
    assertThat(Money.ofMinor(Long.MAX_VALUE, USD).minorUnits()).isEqualTo(Long.MAX_VALUE);
    assertThat(Money.ofMinor(Long.MIN_VALUE, USD).minorUnits()).isEqualTo(Long.MIN_VALUE);
    assertThat(Money.of("92233720368547758.07", "USD").minorUnits()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refusesAmountBeyondALongOfMinorUnits() {
    assertThatThrownBy(() -> Money.of("92233720368547758.08", "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount is too large: 92233720368547758.08 USD");
    assertThatThrownBy(() -> Money.of("9223372036854775808", "JPY"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount is too large");
  }

  @Test
  void refusesHugeExponentsWithoutExpandingThem() {
    assertThatThrownBy(() -> Money.of("1E+999999999", "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount is too large: 1E+999999999 USD");
    assertThatThrownBy(() -> Money.of("1E-999999999", "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount has more than 2 decimals: 1E-999999999 USD");
    assertThatThrownBy(() -> Money.rounded(new BigDecimal("1E+999999999"), USD, RoundingMode.UP))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount is too large");
  }

  @Test
  void plusRefusesOverflow() {
    Money max = Money.ofMinor(Long.MAX_VALUE, USD);

    assertThatThrownBy(() -> max.plus(Money.ofMinor(1, USD)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void zeroAndMinorUnitFactoriesUseTheCurrencysScale() {
    assertThat(Money.zero(USD)).hasToString("0.00 USD");
    assertThat(Money.zero(JPY)).hasToString("0 JPY");
    assertThat(Money.zero(BHD)).hasToString("0.000 BHD");
    assertThat(Money.ofMinor(-1234, USD)).hasToString("-12.34 USD");
    assertThat(Money.ofMinor(1230, USD)).isEqualTo(Money.of("12.3", "USD"));
  }

  @Test
  void roundedRoundsWithTheGivenMode() {
    BigDecimal value = new BigDecimal("12.345");

    assertThat(Money.rounded(value, USD, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("12.34", "USD"));
    assertThat(Money.rounded(value, USD, RoundingMode.HALF_UP)).isEqualTo(Money.of("12.35", "USD"));
    assertThat(Money.rounded(value.negate(), USD, RoundingMode.HALF_UP))
        .isEqualTo(Money.of("-12.35", "USD"));
    assertThat(Money.rounded(value, USD, RoundingMode.FLOOR)).isEqualTo(Money.of("12.34", "USD"));
    assertThat(Money.rounded(value, JPY, RoundingMode.CEILING)).isEqualTo(Money.of("13", "JPY"));
    assertThat(Money.rounded(new BigDecimal("1.23456"), BHD, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("1.235", "BHD"));
    assertThat(Money.rounded(new BigDecimal("12.3"), USD, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("12.30", "USD"));
  }

  @Test
  void roundedWithUnnecessaryRefusesInexactAmount() {
    assertThat(Money.rounded(new BigDecimal("12.300"), USD, RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("12.30", "USD"));
    assertThatThrownBy(() -> Money.rounded(new BigDecimal("12.345"), USD, RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount has more than 2 decimals: 12.345 USD");
  }

  @Test
  void roundedTreatsVeryDeepFractionsLikeAnyTinyValue() {
    BigDecimal tiny = new BigDecimal("1E-999999999");

    assertThat(Money.rounded(tiny, USD, RoundingMode.UP)).isEqualTo(Money.of("0.01", "USD"));
    assertThat(Money.rounded(tiny, USD, RoundingMode.DOWN)).isEqualTo(Money.zero(USD));
    assertThat(Money.rounded(tiny, USD, RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
    assertThat(Money.rounded(tiny.negate(), USD, RoundingMode.FLOOR))
        .isEqualTo(Money.of("-0.01", "USD"));
    assertThat(Money.rounded(tiny.negate(), USD, RoundingMode.CEILING)).isEqualTo(Money.zero(USD));
    assertThat(Money.rounded(new BigDecimal("0.0004"), USD, RoundingMode.UP))
        .isEqualTo(Money.of("0.01", "USD"));
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    Money a = Money.of("12.30", "USD");
    Money b = Money.of("0.75", "USD");

    assertThat(a.plus(b)).isEqualTo(Money.of("13.05", "USD"));
    assertThat(a.minus(b)).isEqualTo(Money.of("11.55", "USD"));
    assertThat(b.minus(a)).isEqualTo(Money.of("-11.55", "USD"));
  }

  @Test
  void refusesArithmeticAndComparisonAcrossCurrencies() {
    Money dollars = Money.of("1.00", "USD");
    Money euros = Money.of("1.00", "EUR");

    assertThatThrownBy(() -> dollars.plus(euros))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
              assertThat(e.field()).isEqualTo("currency");
              assertThat(e.value()).isEqualTo("USD vs EUR");
              assertThat(e.expected()).isEqualTo(USD);
              assertThat(e.actual()).isEqualTo(EUR);
            })
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("currency mismatch: USD vs EUR");
    assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.compareTo(euros))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> euros.isGreaterThan(dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: EUR vs USD");
    assertThatThrownBy(() -> dollars.isLessThan(euros))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void multipliesByWholeNumbersExactly() {
    assertThat(Money.of("19.99", "USD").times(3)).isEqualTo(Money.of("59.97", "USD"));
    assertThat(Money.of("19.99", "USD").times(-2)).isEqualTo(Money.of("-39.98", "USD"));
    assertThat(Money.of("0.005", "BHD").times(0)).isEqualTo(Money.zero(BHD));
  }

  @Test
  void multipliesByDecimalsWithTheGivenRoundingMode() {
    Money price = Money.of("19.99", "USD");

    // 19.99 * 0.19 = 3.7981
    assertThat(price.times(new BigDecimal("0.19"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("3.80", "USD"));
    assertThat(price.times(new BigDecimal("0.19"), RoundingMode.DOWN))
        .isEqualTo(Money.of("3.79", "USD"));
    // 10.00 * 0.125 = 1.25 exactly
    assertThat(Money.of("10", "USD").times(new BigDecimal("0.125"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("1.25", "USD"));
    // 0.05 * 0.5 = 0.025: half-even goes to 0.02, half-up to 0.03
    assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("0.02", "USD"));
    assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("0.03", "USD"));
  }

  @Test
  void signHelpersAgreeWithTheAmount() {
    Money negative = Money.of("-3.50", "USD");
    Money zero = Money.zero(USD);
    Money positive = Money.of("3.50", "USD");

    assertThat(negative.signum()).isEqualTo(-1);
    assertThat(zero.signum()).isZero();
    assertThat(positive.signum()).isEqualTo(1);
    assertThat(negative.isNegative()).isTrue();
    assertThat(negative.isPositive()).isFalse();
    assertThat(zero.isZero()).isTrue();
    assertThat(zero.isPositive()).isFalse();
    assertThat(zero.isNegative()).isFalse();
    assertThat(positive.isPositive()).isTrue();
    assertThat(negative.negate()).isEqualTo(positive);
    assertThat(negative.abs()).isEqualTo(positive);
    assertThat(positive.abs()).isSameAs(positive);
    assertThat(zero.negate()).isEqualTo(zero);
  }

  @Test
  void comparesAmountsOfOneCurrencyConsistentlyWithEquals() {
    Money small = Money.of("9.99", "USD");
    Money large = Money.of("10", "USD");
    List<Money> amounts = new ArrayList<>(List.of(large, Money.of("-1", "USD"), small));

    Collections.sort(amounts);

    assertThat(amounts).containsExactly(Money.of("-1", "USD"), small, large);
    assertThat(large.isGreaterThan(small)).isTrue();
    assertThat(small.isLessThan(large)).isTrue();
    assertThat(small.isGreaterThan(small)).isFalse();
    assertThat(Money.of("10.0", "USD").compareTo(large)).isZero();
  }

  @Test
  void showsPlainAmountAndCurrencyCode() {
    assertThat(Money.of("12.3", "USD")).hasToString("12.30 USD");
    assertThat(Money.of("-0.05", "USD")).hasToString("-0.05 USD");
    assertThat(Money.of("1E+7", "USD")).hasToString("10000000.00 USD");
  }

  @Test
  void refusesNullArgumentsOfOperationsAsProgrammerErrors() {
    Money money = Money.of("1", "USD");

    assertThatThrownBy(() -> money.plus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other == null");
    assertThatThrownBy(() -> money.times(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mode == null");
    assertThatThrownBy(() -> money.times(null, RoundingMode.UP))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("factor == null");
  }

  @Test
  void allocateSplitsEvenlyAndGivesTheLeftOverCentToTheFirstPart() {
    assertThat(Money.of("100", "USD").allocate(1, 1, 1))
        .containsExactly(
            Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
    assertThat(Money.of("0.10", "USD").allocate(1, 1, 1))
        .containsExactly(Money.of("0.04", "USD"), Money.of("0.03", "USD"), Money.of("0.03", "USD"));
  }

  @Test
  void allocateGivesLeftOverUnitsToTheLargestRemainders() {
    // 0.07 by 1:2 is 2.33 and 4.67 cents: the second part has the larger remainder.
    assertThat(Money.of("0.07", "USD").allocate(1, 2))
        .containsExactly(Money.of("0.02", "USD"), Money.of("0.05", "USD"));
    // 0.05 by 3:7 is 1.5 and 3.5 cents: a tie, broken by the lower index.
    assertThat(Money.of("0.05", "USD").allocate(3, 7))
        .containsExactly(Money.of("0.02", "USD"), Money.of("0.03", "USD"));
    // 1.00 by 1:1:1:1:1:1:1 is 14.2857 cents each: two cents left go to the first two parts.
    assertThat(Money.of("1", "USD").allocate(1, 1, 1, 1, 1, 1, 1))
        .extracting(Money::minorUnits)
        .containsExactly(15L, 15L, 14L, 14L, 14L, 14L, 14L);
  }

  @Test
  void allocateSplitsProportionallyWhenTheSharesAreExact() {
    assertThat(Money.of("100", "USD").allocate(50, 30, 20))
        .containsExactly(Money.of("50", "USD"), Money.of("30", "USD"), Money.of("20", "USD"));
    assertThat(Money.of("12.30", "USD").allocate(7)).containsExactly(Money.of("12.30", "USD"));
  }

  @Test
  void allocatesNegativeMoneyAsTheMirrorOfItsAbsoluteValue() {
    assertThat(Money.of("-0.10", "USD").allocate(1, 1, 1))
        .containsExactly(
            Money.of("-0.04", "USD"), Money.of("-0.03", "USD"), Money.of("-0.03", "USD"));
    assertThat(Money.of("-0.07", "USD").allocate(1, 2))
        .containsExactly(Money.of("-0.02", "USD"), Money.of("-0.05", "USD"));
  }

  @Test
  void allocatesZeroToZeroParts() {
    assertThat(Money.zero(USD).allocate(1, 2, 3)).containsOnly(Money.zero(USD)).hasSize(3);
  }

  @Test
  void allocateNeverGivesAUnitToAPartWithRatioZero() {
    assertThat(Money.of("0.01", "USD").allocate(0, 1, 1))
        .containsExactly(Money.zero(USD), Money.of("0.01", "USD"), Money.zero(USD));
    assertThat(Money.of("0.02", "USD").allocate(1, 0, 1, 0))
        .containsExactly(
            Money.of("0.01", "USD"), Money.zero(USD), Money.of("0.01", "USD"), Money.zero(USD));
  }

  @Test
  void allocatesYenInWholeYen() {
    assertThat(Money.of("1000", "JPY").allocate(1, 1, 1))
        .containsExactly(Money.of("334", "JPY"), Money.of("333", "JPY"), Money.of("333", "JPY"));
  }

  @Test
  void allocatesDinarInFils() {
    assertThat(Money.of("1", "BHD").allocate(1, 2))
        .containsExactly(Money.of("0.333", "BHD"), Money.of("0.667", "BHD"));
  }

  @Test
  void allocatesByDecimalWeights() {
    // Shipping of 5.00 over lines worth 19.99, 5.01 and 75.00 (total 100.00).
    List<Money> parts =
        Money.of("5", "USD")
            .allocate(
                List.of(new BigDecimal("19.99"), new BigDecimal("5.01"), new BigDecimal("75")));

    assertThat(parts)
        .containsExactly(Money.of("1.00", "USD"), Money.of("0.25", "USD"), Money.of("3.75", "USD"));
  }

  @Test
  void allocatesByDecimalWeightsLikeByEqualWholeRatios() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      Money money = Money.ofMinor(random.nextInt(2_000_001) - 1_000_000, USD);
      long[] ratios = random.longs(1 + random.nextInt(6), 1, 1000).toArray();
      List<BigDecimal> weights = new ArrayList<>();
      for (long ratio : ratios) {
        // Same proportions, written with a different scale.
        weights.add(BigDecimal.valueOf(ratio).movePointLeft(3));
      }

      assertThat(money.allocate(weights))
          .as("%s by %s", money, weights)
          .isEqualTo(money.allocate(ratios));
    }
  }

  @Test
  void allocateNeverLosesMinorUnits() {
    Currency[] currencies = {USD, JPY, BHD, EUR};
    for (long seed = 0; seed < 2_000; seed++) {
      Random random = new Random(seed);
      Currency currency = currencies[random.nextInt(currencies.length)];
      long units =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(201) - 100;
            case 1 -> random.nextLong() % 1_000_000_000_000L;
            case 2 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE + 1;
            default -> random.nextLong();
          };
      long[] ratios = new long[1 + random.nextInt(12)];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] =
            switch (random.nextInt(5)) {
              case 0 -> 0;
              case 1 -> 1 + random.nextInt(3);
              case 2 -> Long.MAX_VALUE - random.nextInt(10);
              default -> random.nextInt(1_000_000);
            };
      }
      ratios[random.nextInt(ratios.length)] = 1 + random.nextInt(100);
      Money money = Money.ofMinor(units, currency);

      List<Money> parts = money.allocate(ratios);

      String context = "seed " + seed + ": " + money + " by " + Arrays.toString(ratios);
      assertThat(parts).as(context).hasSize(ratios.length);
      assertThat(parts).as(context).allSatisfy(p -> assertThat(p.currency()).isEqualTo(currency));
      BigInteger sum =
          parts.stream()
              .map(p -> BigInteger.valueOf(p.minorUnits()))
              .reduce(BigInteger.ZERO, BigInteger::add);
      assertThat(sum).as(context).isEqualTo(BigInteger.valueOf(units));
      assertLargestRemainderSplit(context, units, ratios, parts);
      assertThat(money.allocate(ratios)).as(context).isEqualTo(parts);
    }
  }

  /** Checks each part against an independent BigInteger computation of the exact shares. */
  private void assertLargestRemainderSplit(
      String context, long units, long[] ratios, List<Money> parts) {
    BigInteger magnitude = BigInteger.valueOf(units).abs();
    BigInteger total = BigInteger.ZERO;
    for (long ratio : ratios) {
      total = total.add(BigInteger.valueOf(ratio));
    }
    BigInteger[] remainders = new BigInteger[ratios.length];
    boolean[] bumped = new boolean[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      BigInteger[] qr = magnitude.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(total);
      remainders[i] = qr[1];
      BigInteger part = BigInteger.valueOf(parts.get(i).minorUnits()).abs();
      BigInteger extra = part.subtract(qr[0]);
      assertThat(extra)
          .as("%s: part %d is its share rounded down or up", context, i)
          .isBetween(BigInteger.ZERO, BigInteger.ONE);
      assertThat(parts.get(i).signum() * Long.signum(units)).as(context).isNotNegative();
      bumped[i] = extra.signum() > 0;
      if (ratios[i] == 0) {
        assertThat(part).as("%s: part %d has ratio zero", context, i).isZero();
      }
    }
    for (int i = 0; i < ratios.length; i++) {
      for (int j = 0; j < ratios.length; j++) {
        if (bumped[i] && !bumped[j]) {
          int byRemainder = remainders[i].compareTo(remainders[j]);
          assertThat(byRemainder > 0 || (byRemainder == 0 && i < j))
              .as("%s: part %d got a unit before part %d", context, i, j)
              .isTrue();
        }
      }
    }
  }

  @Test
  void allocateRefusesRatiosThatDoNotDescribeASplit() {
    Money money = Money.of("10", "USD");

    assertThatThrownBy(() -> money.allocate())
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios"))
        .hasMessage("ratios must not be empty: []");
    assertThatThrownBy(() -> money.allocate(1, -1, 2))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios"))
        .hasMessage("ratios must not be negative: [1, -1, 2]");
    assertThatThrownBy(() -> money.allocate(0, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios"))
        .hasMessage("ratios must not all be zero: [0, 0]");
    assertThatThrownBy(() -> money.allocate(List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios"));
    assertThatThrownBy(() -> money.allocate(List.of(BigDecimal.ONE, new BigDecimal("-0.5"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios"))
        .hasMessage("ratios must not be negative: [1, -0.5]");
    assertThatThrownBy(() -> money.allocate(List.of(BigDecimal.ZERO, new BigDecimal("0.00"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios"));
    assertThatThrownBy(() -> money.allocate(Arrays.asList(BigDecimal.ONE, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ratios[1]"));
  }

  @Test
  void allocateReturnsAnUnmodifiableList() {
    List<Money> parts = Money.of("1", "USD").allocate(1, 1);

    assertThatThrownBy(() -> parts.add(Money.zero(USD)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
