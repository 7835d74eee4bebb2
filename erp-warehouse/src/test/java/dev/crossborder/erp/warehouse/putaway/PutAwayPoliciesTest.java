package dev.crossborder.erp.warehouse.putaway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinType;
import dev.crossborder.erp.warehouse.layout.Capacity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PutAwayPoliciesTest {
  private static final SkuCode SKU = SkuCode.of("MUG");
  private static final SkuCode OTHER = SkuCode.of("CUP");
  private static final BinCode RCV = BinCode.of("RCV");

  private static BinOccupancy bin(String code, BinType type, Capacity capacity, long units, Set<SkuCode> skus, double distance) {
    return new BinOccupancy(new Bin(BinCode.of(code), 1, 1, 1, distance, 0, type, capacity), units, 0, skus, distance);
  }

  private static PutAwayRequest request(long quantity, long unitVolume) {
    return new PutAwayRequest(SKU, "", RCV, quantity, unitVolume);
  }

  @Test
  void sameSkuFirstFillsTheNearestBinsHoldingTheSkuUpToTheirCapacity() {
    List<BinOccupancy> bins =
        List.of(
            bin("FAR", BinType.BULK, Capacity.units(50), 10, Set.of(SKU), 30),
            bin("NEAR", BinType.PICK, Capacity.units(20), 15, Set.of(SKU), 5),
            bin("EMPTY", BinType.BULK, Capacity.units(50), 0, Set.of(), 1),
            bin("OTHER", BinType.BULK, Capacity.units(50), 5, Set.of(OTHER), 2));
    List<Suggestion> s = PutAwayPolicies.sameSkuFirst().suggest(request(30, 0), bins);
    assertThat(s).extracting(Suggestion::bin, Suggestion::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BinCode.of("NEAR"), 5L),
            org.assertj.core.groups.Tuple.tuple(BinCode.of("FAR"), 25L));
    assertThat(s.get(0).reason()).contains("already holds MUG").contains("5.0 m from dock").contains("room for 5");
  }

  @Test
  void nearestEmptyTakesOnlyEmptyBinsOfTheTypeAndRespectsVolume() {
    List<BinOccupancy> bins =
        List.of(
            bin("B2", BinType.BULK, Capacity.volume(10_000), 0, Set.of(), 8),
            bin("B1", BinType.BULK, Capacity.volume(5_000), 0, Set.of(), 4),
            bin("P1", BinType.PICK, Capacity.unlimited(), 0, Set.of(), 1),
            bin("B0", BinType.BULK, Capacity.unlimited(), 1, Set.of(OTHER), 0));
    List<Suggestion> s = PutAwayPolicies.nearestEmpty(BinType.BULK).suggest(request(20, 1_000), bins);
    assertThat(s).extracting(Suggestion::bin, Suggestion::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BinCode.of("B1"), 5L),
            org.assertj.core.groups.Tuple.tuple(BinCode.of("B2"), 10L));
  }

  @Test
  void byVelocitySendsFastMoversToThePickFaceAndSlowOnesFarAway() {
    List<BinOccupancy> bins =
        List.of(
            bin("P1", BinType.PICK, Capacity.units(10), 0, Set.of(), 2),
            bin("B1", BinType.BULK, Capacity.units(10), 0, Set.of(), 5),
            bin("B9", BinType.BULK, Capacity.units(10), 0, Set.of(), 50));
    assertThat(PutAwayPolicies.byVelocity(s -> VelocityClass.FAST).suggest(request(5, 0), bins))
        .extracting(Suggestion::bin).containsExactly(BinCode.of("P1"));
    assertThat(PutAwayPolicies.byVelocity(s -> VelocityClass.MEDIUM).suggest(request(5, 0), bins))
        .extracting(Suggestion::bin).containsExactly(BinCode.of("B1"));
    assertThat(PutAwayPolicies.byVelocity(s -> VelocityClass.SLOW).suggest(request(5, 0), bins))
        .extracting(Suggestion::bin).containsExactly(BinCode.of("B9"));
  }

  @Test
  void firstOfChainsPoliciesForWhatIsLeftAndNeverReusesABin() {
    List<BinOccupancy> bins =
        List.of(
            bin("HAS", BinType.BULK, Capacity.units(10), 8, Set.of(SKU), 3),
            bin("E1", BinType.BULK, Capacity.units(10), 0, Set.of(), 4),
            bin("E2", BinType.BULK, Capacity.units(10), 0, Set.of(), 6));
    PutAwayPolicy policy = PutAwayPolicies.firstOf(PutAwayPolicies.sameSkuFirst(), PutAwayPolicies.nearestEmpty(BinType.BULK));
    assertThat(policy.suggest(request(25, 0), bins)).extracting(Suggestion::bin, Suggestion::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BinCode.of("HAS"), 2L),
            org.assertj.core.groups.Tuple.tuple(BinCode.of("E1"), 10L),
            org.assertj.core.groups.Tuple.tuple(BinCode.of("E2"), 10L));
  }
}
