package dev.crossborder.erp.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.money.UnitAmount;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: every expected number below is computed by hand in the comment above it, from the
 * formulas in docs/purchasing.md.
 */
class PurchasePlannerTest {
  static final SkuCode MUG = SkuCode.of("MUG-01");
  static final SupplierId ACME = SupplierId.of("acme");
  static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  static final WarehouseId LA = WarehouseId.of("US-LA");
  static final WarehouseId FBA_DE = WarehouseId.of("FBA-DE");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static SupplierOffer offer(long moq, long casePack, int leadTimeDays) {
    return new SupplierOffer(
        ACME, MUG, UnitAmount.of("12.50", "CNY").currency(),
        List.of(new PriceTier(1, UnitAmount.of("12.50", "CNY"))), moq, casePack, leadTimeDays, true);
  }

  static PlanningPolicy policy(int qcDays, int reviewDays, SafetyStock safety) {
    return PlanningPolicy.of(new PlanningParameters(qcDays, reviewDays, safety));
  }

  static int[] days(int count, int units) {
    int[] out = new int[count];
    Arrays.fill(out, units);
    return out;
  }

  static int[] concat(int[]... parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }

  static PlanningItem.LaneInput domestic(DailySales sales, StockPosition stock) {
    return new PlanningItem.LaneInput(Lane.domestic(SZ), sales, stock);
  }

  @Test
  void normalVelocityIsTheWeightedBlendOfTheWindows() {
    // 28 days: 14 days of 2, then 7 days of 4, then the last 7 days of 6.
    // 7-day rate 42/7 = 6.00; 14-day (42+28)/14 = 5.00; 28-day (42+28+28)/28 = 3.50.
    // velocity = 0.5×6 + 0.3×5 + 0.2×3.5 = 5.20. Median (2+4)/2 = 3, ceiling 9: nothing damped.
    DailySales sales = DailySales.of(TODAY, concat(days(14, 2), days(7, 4), days(7, 6)));
    PurchasePlanner planner =
        new PurchasePlanner(
            WeightedWindowForecast.of(new int[] {7, 14, 28}, new double[] {0.5, 0.3, 0.2}, 3),
            policy(2, 7, SafetyStock.daysOfCover(10)));
    // horizon = 15 + 2 + 0 + 7 = 24; cycle = 5.2 × 24 = 124.8; safety = 5.2 × 10 = 52
    // target = 176.8; position = 60 − 10 = 50; need = ⌈126.8⌉ = 127.
    SkuSuggestion s =
        planner.plan(
            new PlanningItem(MUG, null, offer(1, 1, 15),
                List.of(domestic(sales, new StockPosition(60, 10, 0, 0)))));

    LaneSuggestion lane = s.lanes().get(0);
    assertThat(lane.demand().velocity()).isCloseTo(5.2, within(1e-9));
    assertThat(lane.horizonDays()).isEqualTo(24);
    assertThat(lane.cycleUnits()).isCloseTo(124.8, within(1e-9));
    assertThat(lane.safetyUnits()).isCloseTo(52.0, within(1e-9));
    assertThat(lane.need()).isEqualTo(127);
    assertThat(s.purchaseQuantity()).isEqualTo(127);
    assertThat(lane.explanation())
        .containsExactly(
            "7-day rate 6.00/day over 7 in-stock days",
            "14-day rate 5.00/day over 14 in-stock days",
            "28-day rate 3.50/day over 28 in-stock days",
            "weighted velocity = (0.50×6.00 + 0.30×5.00 + 0.20×3.50) / 1.00 = 5.20/day",
            "horizon = lead 15 + QC 2 + transit 0 + review 7 = 24 days",
            "cycle stock = 5.20 × 24 = 124.80",
            "safety stock = 5.20 × 10.00 days of cover = 52.00",
            "target = 124.80 + 52.00 = 176.80",
            "position = on hand 60 − reserved 10 + open purchase 0 + in transit 0 = 50",
            "need = ⌈176.80 − 50⌉ = 127",
            "purchase 127");
    assertThat(s.explanation())
        .containsExactly(
            "parameters: global; offer of supplier acme",
            "domestic surplus for transfers = 0",
            "purchase need = 127 = 127",
            "purchase quantity = 127");
  }

  @Test
  void stockOutDaysAreLeftOutOfTheRates() {
    // 14 days: 7 days of 4, then 3 days of 6 and 4 stock-out days (0 sold).
    // 7-day rate = 18 / 3 in-stock days = 6.00 (not 18/7 = 2.57);
    // 14-day rate = (28 + 18) / 10 = 4.60; velocity = 0.5×6 + 0.5×4.6 = 5.30.
    int[] units = concat(days(7, 4), new int[] {6, 0, 6, 0, 0, 6, 0});
    boolean[] out = new boolean[14];
    out[8] = out[10] = out[11] = out[13] = true;
    DailySales sales = DailySales.of(TODAY, units, out);
    PurchasePlanner planner =
        new PurchasePlanner(
            WeightedWindowForecast.of(new int[] {7, 14}, new double[] {0.5, 0.5}, 3),
            policy(0, 0, SafetyStock.daysOfCover(0)));
    // horizon = 10; target = 5.3 × 10 = 53; position 0; need 53.
    SkuSuggestion s =
        planner.plan(new PlanningItem(MUG, null, offer(1, 1, 10), List.of(domestic(sales, StockPosition.empty()))));

    LaneSuggestion lane = s.lanes().get(0);
    assertThat(lane.demand().excludedDays()).isEqualTo(4);
    assertThat(lane.demand().velocity()).isCloseTo(5.3, within(1e-9));
    assertThat(lane.need()).isEqualTo(53);
    assertThat(lane.explanation())
        .startsWith(
            "excluded 4 stock-out days",
            "7-day rate 6.00/day over 3 in-stock days",
            "14-day rate 4.60/day over 10 in-stock days",
            "weighted velocity = (0.50×6.00 + 0.50×4.60) / 1.00 = 5.30/day");
    assertThat(s.purchaseQuantity()).isEqualTo(53);
  }

  @Test
  void anOutlierDayIsDampedToTheCeiling() {
    // 10 days: nine of 2 and one of 50. Median 2, ceiling 3 × 2 = 6: the 50 counts as 6.
    // rate = (18 + 6) / 10 = 2.40 (undamped it would be 6.80).
    // deviation: mean 2.4, E[x²] = (9×4 + 36)/10 = 7.2, variance 7.2 − 5.76 = 1.44, σ = 1.2.
    DailySales sales = DailySales.of(TODAY, 2, 2, 2, 2, 50, 2, 2, 2, 2, 2);
    PurchasePlanner planner =
        new PurchasePlanner(
            WeightedWindowForecast.of(new int[] {10}, new double[] {1}, 3),
            policy(0, 0, SafetyStock.serviceLevel(2)));
    // horizon = lead 25; cycle = 2.4 × 25 = 60; safety = z 2 × σ 1.2 × √25 = 12; target 72; need 72.
    SkuSuggestion s =
        planner.plan(new PlanningItem(MUG, null, offer(1, 1, 25), List.of(domestic(sales, StockPosition.empty()))));

    LaneSuggestion lane = s.lanes().get(0);
    assertThat(lane.demand().dampedDays()).isEqualTo(1);
    assertThat(lane.demand().velocity()).isCloseTo(2.4, within(1e-9));
    assertThat(lane.demand().deviation()).isCloseTo(1.2, within(1e-9));
    assertThat(lane.need()).isEqualTo(72);
    assertThat(lane.explanation())
        .contains(
            "damped 1 outlier day to 6.00",
            "10-day rate 2.40/day over 10 in-stock days",
            "cycle stock = 2.40 × 25 = 60.00",
            "safety stock = z 2.00 × σ 1.20 × √25 = 12.00",
            "need = ⌈72.00 − 0⌉ = 72");
  }

  @Test
  void openPurchaseAndInTransitAreSubtracted() {
    // velocity 10; horizon = 20 + 3 + 0 + 7 = 30; target = 300 + 10 × 5 = 350.
    // position = 120 − 20 + 100 open purchase + 30 in transit = 230; need = 120.
    SkuSuggestion s = tenPerDay(offer(1, 1, 20));

    LaneSuggestion lane = s.lanes().get(0);
    assertThat(lane.stock().total()).isEqualTo(230);
    assertThat(lane.need()).isEqualTo(120);
    assertThat(s.purchaseQuantity()).isEqualTo(120);
    assertThat(lane.explanation())
        .contains(
            "target = 300.00 + 50.00 = 350.00",
            "position = on hand 120 − reserved 20 + open purchase 100 + in transit 30 = 230",
            "need = ⌈350.00 − 230⌉ = 120");
  }

  @Test
  void purchaseIsRaisedToTheMoqThenToWholeCases() {
    // The same need of 120 against MOQ 200 and cases of 24: 120 → 200 → 9 cases = 216.
    SkuSuggestion s = tenPerDay(offer(200, 24, 20));

    assertThat(s.purchaseNeed()).isEqualTo(120);
    assertThat(s.purchaseQuantity()).isEqualTo(216);
    assertThat(s.explanation())
        .containsExactly(
            "parameters: global; offer of supplier acme",
            "domestic surplus for transfers = 0",
            "purchase need = 120 = 120",
            "raised 120 to the MOQ 200",
            "rounded 200 up to 9 cases of 24 = 216",
            "purchase quantity = 216");
  }

  @Test
  void caseRoundingAloneWhenTheNeedIsAboveTheMoq() {
    // need 120, MOQ 50, cases of 50: 120 → 3 cases = 150, no MOQ step.
    SkuSuggestion s = tenPerDay(offer(50, 50, 20));

    assertThat(s.purchaseQuantity()).isEqualTo(150);
    assertThat(s.explanation()).contains("rounded 120 up to 3 cases of 50 = 150").doesNotContain("raised 120 to the MOQ 50");
  }

  private static SkuSuggestion tenPerDay(SupplierOffer offer) {
    PurchasePlanner planner =
        new PurchasePlanner(
            WeightedWindowForecast.of(new int[] {7}, new double[] {1}, 3),
            policy(3, 7, SafetyStock.daysOfCover(5)));
    return planner.plan(
        new PlanningItem(MUG, null, offer,
            List.of(domestic(DailySales.of(TODAY, days(7, 10)), new StockPosition(120, 20, 100, 30)))));
  }

  @Test
  void forwardLanesTakeTheDomesticSurplusAsTransfersAndTheRestIsBought() {
    // lead 15, QC 2, review 7, 10 days of cover; one 7-day window.
    // CN-SZ (domestic): v 2, horizon 24, target 48 + 20 = 68; position 300 − 20 = 280;
    //   need 0; surplus = min(available 280, ⌊280 − 68⌋ = 212) = 212.
    // US-LA (30 days transit): v 5, horizon 54, target 270 + 50 = 320; position 40 + 60 in transit
    //   = 100; need 220 → transfer 212 (all the surplus), purchase 8.
    // FBA-DE (40 days transit): v 3, horizon 64, target 192 + 30 = 222; position 22; need 200 →
    //   transfer 0 (surplus used up), purchase 200.
    // purchase need = 0 + 8 + 200 = 208; MOQ 100; cases of 50 → 5 cases = 250.
    PurchasePlanner planner =
        new PurchasePlanner(
            WeightedWindowForecast.of(new int[] {7}, new double[] {1}, 3),
            policy(2, 7, SafetyStock.daysOfCover(10)));
    SkuSuggestion s =
        planner.plan(
            new PlanningItem(MUG, null, offer(100, 50, 15),
                List.of(
                    domestic(DailySales.of(TODAY, days(7, 2)), new StockPosition(300, 20, 0, 0)),
                    new PlanningItem.LaneInput(
                        Lane.forward(LA, 30), DailySales.of(TODAY, days(7, 5)), new StockPosition(40, 0, 0, 60)),
                    new PlanningItem.LaneInput(
                        Lane.forward(FBA_DE, 40), DailySales.of(TODAY, days(7, 3)), new StockPosition(22, 0, 0, 0)))));

    assertThat(s.surplus()).isEqualTo(212);
    assertThat(s.lanes()).extracting(LaneSuggestion::need).containsExactly(0L, 220L, 200L);
    assertThat(s.lanes()).extracting(LaneSuggestion::transfer).containsExactly(0L, 212L, 0L);
    assertThat(s.lanes()).extracting(LaneSuggestion::purchase).containsExactly(0L, 8L, 200L);
    assertThat(s.transferQuantity()).isEqualTo(212);
    assertThat(s.purchaseNeed()).isEqualTo(208);
    assertThat(s.purchaseQuantity()).isEqualTo(250);
    assertThat(s.purchaseWarehouse()).isEqualTo(SZ);
    assertThat(s.lanes().get(1).explanation())
        .contains(
            "horizon = lead 15 + QC 2 + transit 30 + review 7 = 54 days",
            "target = 270.00 + 50.00 = 320.00",
            "position = on hand 40 − reserved 0 + open purchase 0 + in transit 60 = 100",
            "need = ⌈320.00 − 100⌉ = 220",
            "transfer 212 from domestic surplus, purchase 8");
    assertThat(s.explanation())
        .containsExactly(
            "parameters: global; offer of supplier acme",
            "domestic surplus for transfers = 212",
            "purchase need = 0 + 8 + 200 = 208",
            "rounded 208 up to 5 cases of 50 = 250",
            "purchase quantity = 250");
  }

  @Test
  void parametersComeFromTheSkuThenTheCategoryThenGlobal() {
    PlanningParameters global = new PlanningParameters(0, 0, SafetyStock.daysOfCover(0));
    PlanningParameters toys = new PlanningParameters(5, 0, SafetyStock.daysOfCover(0));
    PlanningParameters mug = new PlanningParameters(9, 0, SafetyStock.daysOfCover(0));
    PlanningPolicy policy =
        PlanningPolicy.builder().global(global).category("toys", toys).sku(MUG, mug).build();

    assertThat(policy.resolve(MUG, "toys").source()).isEqualTo("sku MUG-01");
    assertThat(policy.resolve(SkuCode.of("CAR"), "toys").parameters()).isEqualTo(toys);
    assertThat(policy.resolve(SkuCode.of("CAR"), "toys").source()).isEqualTo("category toys");
    assertThat(policy.resolve(SkuCode.of("CAR"), null).source()).isEqualTo("global");

    // The SKU's 9 QC days reach the horizon: 10 lead + 9 QC = 19 days × 1/day = 19.
    SkuSuggestion s =
        new PurchasePlanner(WeightedWindowForecast.of(new int[] {7}, new double[] {1}, 3), policy)
            .plan(new PlanningItem(MUG, "toys", offer(1, 1, 10),
                List.of(domestic(DailySales.of(TODAY, days(7, 1)), StockPosition.empty()))));
    assertThat(s.lanes().get(0).horizonDays()).isEqualTo(19);
    assertThat(s.purchaseQuantity()).isEqualTo(19);
    assertThat(s.explanation().get(0)).isEqualTo("parameters: sku MUG-01; offer of supplier acme");
  }

  @Test
  void nothingIsBoughtWhenThePositionCoversTheTarget() {
    SkuSuggestion s =
        new PurchasePlanner(WeightedWindowForecast.ofDefaults(), policy(0, 0, SafetyStock.daysOfCover(0)))
            .plan(new PlanningItem(MUG, null, offer(100, 10, 10),
                List.of(domestic(DailySales.of(TODAY, days(90, 1)), new StockPosition(500, 0, 0, 0)))));
    assertThat(s.purchaseNeed()).isZero();
    assertThat(s.purchaseQuantity()).isZero();
    assertThat(s.surplus()).isEqualTo(490);
  }

  @Test
  void theOutlierCeilingIsThreeTimesTheMedianOfTheInStockDaysOrNoneWhenThatIsZero() {
    java.util.Random random = new java.util.Random(7);
    WeightedWindowForecast forecast = WeightedWindowForecast.of(new int[] {30, 90}, new double[] {1, 1}, 3);
    for (int round = 0; round < 500; round++) {
      int length = 1 + random.nextInt(120);
      int[] units = new int[length];
      boolean[] out = new boolean[length];
      for (int i = 0; i < length; i++) {
        units[i] = random.nextInt(new int[] {5, 400, 5000}[round % 3]);
        out[i] = random.nextInt(4) == 0;
      }
      int span = Math.min(90, length);
      int[] inStock = java.util.stream.IntStream.range(length - span, length)
          .filter(i -> !out[i]).map(i -> units[i]).sorted().toArray();
      int n = inStock.length;
      double median = n == 0 ? 0 : (n & 1) == 1 ? inStock[n / 2] : (inStock[n / 2 - 1] + inStock[n / 2]) / 2.0;
      double expected = median == 0 ? Double.POSITIVE_INFINITY : 3 * median;

      assertThat(forecast.forecast(DailySales.of(TODAY, units, out)).cap()).as("round %d", round).isEqualTo(expected);
    }
  }

  @Test
  void aSkuWithoutHistoryHasNoVelocity() {
    Demand d = WeightedWindowForecast.ofDefaults().forecast(DailySales.none(TODAY));
    assertThat(d.velocity()).isZero();
    assertThat(d.explanation()).contains("7-day window: no in-stock day, left out");
  }
}
