package dev.crossborder.erp.warehouse.outbound.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.warehouse.outbound.route.internal.Distances;
import dev.crossborder.erp.warehouse.outbound.route.internal.HeldKarp;
import dev.crossborder.erp.warehouse.outbound.route.internal.Tour;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PickRouterTest {
  private static final double EPS = 1e-6;

  private static double heldKarp(RoutingLayout layout, List<PickLocation> picks) {
    return HeldKarp.solve(matrix(layout, picks)).length();
  }

  private static double[][] matrix(RoutingLayout layout, List<PickLocation> picks) {
    int[] aisle = picks.stream().mapToInt(PickLocation::aisle).toArray();
    double[] depth = picks.stream().mapToDouble(PickLocation::depth).toArray();
    return Distances.matrix(layout, aisle, depth);
  }

  /** The length of walking the route's order by shortest paths; also checks it is a permutation. */
  private static double walked(RoutingLayout layout, List<PickLocation> picks, PickRoute route) {
    assertThat(route.visitOrder()).hasSize(picks.size());
    assertThat(route.visitOrder()).doesNotHaveDuplicates();
    int[] order = route.visitOrder().stream().mapToInt(Integer::intValue).toArray();
    return Tour.lengthOf(order, matrix(layout, picks));
  }

  @Test
  void walksAHandComputedSingleBlockRoute() {
    RoutingLayout layout = RoutingLayout.uniform(3, 2, 1, 10, 0);
    List<PickLocation> picks = List.of(PickLocation.of(2, 8), PickLocation.of(0, 8));

    PickRoute route = PickRouter.forLayout(layout).route(picks);

    // up aisle 0 (10), across the back (4), down aisle 2 (10), back along the front (4)
    assertThat(route.length()).isCloseTo(28, within(EPS));
    // a closed tour may be walked either way round
    assertThat(route.visitOrder()).isIn(List.of(0, 1), List.of(1, 0));
    assertThat(route.method()).isEqualTo(RouteMethod.RATLIFF_ROSENTHAL);
    assertThat(route.isExact()).isTrue();
    assertThat(route.arrange(List.of("a", "b")))
        .isEqualTo(route.visitOrder().get(0) == 0 ? List.of("a", "b") : List.of("b", "a"));
  }

  @Test
  void heuristicsWalkTheirTextbookRoutes() {
    RoutingLayout layout = RoutingLayout.uniform(4, 2, 1, 10, 0);
    List<PickLocation> picks =
        List.of(PickLocation.of(0, 2), PickLocation.of(1, 3), PickLocation.of(1, 8), PickLocation.of(3, 5));
    PickRouter router = PickRouter.forLayout(layout);

    // S-shape: up aisle 0, down aisle 1, into aisle 3 and back (10), 12 along the cross aisles
    PickRoute sShape = router.route(picks, RoutingPolicy.S_SHAPE);
    assertThat(sShape.length()).isCloseTo(42, within(EPS));
    assertThat(sShape.visitOrder()).containsExactly(0, 2, 1, 3);
    // largest gap: aisles 0 and 3 traversed (20), aisle 1 from both ends up to its gap 3..8 (10)
    PickRoute gap = router.route(picks, RoutingPolicy.LARGEST_GAP);
    assertThat(gap.length()).isCloseTo(42, within(EPS));
    assertThat(gap.visitOrder()).containsExactly(0, 2, 3, 1);
    // combined: return in aisle 0 (4), traverse aisle 1 up and aisle 3 down (20), 12 across
    PickRoute combined = router.route(picks, RoutingPolicy.COMBINED);
    assertThat(combined.length()).isCloseTo(36, within(EPS));
    assertThat(combined.visitOrder()).containsExactly(0, 1, 2, 3);
    assertThat(router.route(picks).length()).isCloseTo(36, within(EPS));
  }

  @Test
  void routesAnEmptyPickListAsNoWalk() {
    RoutingLayout twoBlocks = RoutingLayout.uniform(4, 3, 2, 10, 1);

    PickRoute route = PickRouter.forLayout(twoBlocks).route(List.of());

    assertThat(route.length()).isZero();
    assertThat(route.visitOrder()).isEmpty();
    assertThat(PickRouter.forLayout(twoBlocks).route(List.of(), RoutingPolicy.LARGEST_GAP).length()).isZero();
    assertThat(PickRouter.forLayout(twoBlocks).estimateLength(List.of())).isZero();
  }

  @Test
  void singleBlockRouteEqualsHeldKarpOnHundredsOfRandomInstances() {
    Random random = new Random(20261205);
    for (int instance = 0; instance < 600; instance++) {
      RoutingLayout layout = RandomInstances.layout(random, 1 + random.nextInt(12), 1, instance % 2 == 0);
      List<PickLocation> picks = RandomInstances.picks(random, layout, 1 + random.nextInt(11));

      PickRoute route = PickRouter.forLayout(layout).route(picks);

      double optimal = heldKarp(layout, picks);
      assertThat(route.length()).as("instance %d", instance).isCloseTo(optimal, within(EPS));
      assertThat(walked(layout, picks, route)).as("instance %d", instance).isCloseTo(optimal, within(EPS));
      assertThat(route.method()).isEqualTo(RouteMethod.RATLIFF_ROSENTHAL);
    }
  }

  @Test
  void secondExactMethodEqualsHeldKarpOnRandomLayoutsOfOneToThreeBlocks() {
    Random random = new Random(7);
    for (int instance = 0; instance < 300; instance++) {
      RoutingLayout layout =
          RandomInstances.layout(random, 1 + random.nextInt(8), 1 + instance % 3, true);
      List<PickLocation> picks = RandomInstances.picks(random, layout, 1 + random.nextInt(9));

      assertThat(AisleGraphTourDp.shortest(layout, picks))
          .as("instance %d", instance)
          .isCloseTo(heldKarp(layout, picks), within(EPS));
    }
  }

  @Test
  void routerIsExactForUpToTwelvePicksOnMultiBlockLayouts() {
    Random random = new Random(11);
    for (int instance = 0; instance < 200; instance++) {
      RoutingLayout layout =
          RandomInstances.layout(random, 2 + random.nextInt(9), 2 + instance % 2, instance % 3 != 0);
      List<PickLocation> picks =
          RandomInstances.picks(random, layout, 1 + random.nextInt(PickRouter.EXACT_PICK_LIMIT));

      PickRoute route = PickRouter.forLayout(layout).route(picks);

      double optimal = AisleGraphTourDp.shortest(layout, picks);
      assertThat(route.length()).as("instance %d", instance).isCloseTo(optimal, within(EPS));
      assertThat(walked(layout, picks, route)).isCloseTo(route.length(), within(EPS));
      assertThat(route.isExact()).isTrue();
      double estimate = PickRouter.forLayout(layout).estimateLength(picks);
      if (picks.size() <= PickRouter.SMALL_LIST) {
        assertThat(estimate).isCloseTo(optimal, within(EPS));
      } else {
        assertThat(estimate).isGreaterThanOrEqualTo(optimal - EPS);
      }
    }
  }

  @Test
  void largeSingleBlockRouteEqualsTheSecondExactMethod() {
    Random random = new Random(500);
    RoutingLayout layout = RoutingLayout.uniform(200, 3, 1, 20, 37);
    List<PickLocation> picks = RandomInstances.picks(random, layout, 500);

    PickRoute route = PickRouter.forLayout(layout).route(picks);

    double optimal = AisleGraphTourDp.shortest(layout, picks);
    assertThat(route.length()).isCloseTo(optimal, within(EPS));
    assertThat(walked(layout, picks, route)).isCloseTo(optimal, within(EPS));
    assertThat(route.isExact()).isTrue();
  }

  @Test
  void heuristicsWalkNoShorterThanOptimalAndCombinedNoLongerThanSShape() {
    Random random = new Random(3);
    for (int instance = 0; instance < 300; instance++) {
      RoutingLayout layout =
          RandomInstances.layout(random, 1 + random.nextInt(15), 1 + instance % 2, instance % 2 == 1);
      List<PickLocation> picks = RandomInstances.picks(random, layout, 1 + random.nextInt(10));
      PickRouter router = PickRouter.forLayout(layout);
      double optimal = router.route(picks).length();

      for (RoutingPolicy policy :
          List.of(RoutingPolicy.S_SHAPE, RoutingPolicy.LARGEST_GAP, RoutingPolicy.COMBINED)) {
        PickRoute heuristic = router.route(picks, policy);
        assertThat(heuristic.length()).as("%s on %d", policy, instance).isGreaterThanOrEqualTo(optimal - EPS);
        // walking the heuristic's order by shortest paths is never longer than the heuristic's walk
        assertThat(walked(layout, picks, heuristic)).isLessThanOrEqualTo(heuristic.length() + EPS);
        assertThat(heuristic.isExact()).isFalse();
      }
      assertThat(router.route(picks, RoutingPolicy.COMBINED).length())
          .isLessThanOrEqualTo(router.route(picks, RoutingPolicy.S_SHAPE).length() + EPS);
      if (layout.isSingleBlock()) {
        assertThat(router.estimateLength(picks)).isCloseTo(optimal, within(EPS));
      }
    }
  }

  @Test
  void localSearchOnLargerTwoBlockInstancesIsFeasibleAndCloseToOptimal() {
    Random random = new Random(29);
    double ratioSum = 0;
    int instances = 20;
    for (int instance = 0; instance < instances; instance++) {
      RoutingLayout layout = RandomInstances.layout(random, 10 + random.nextInt(11), 2, false);
      List<PickLocation> picks = RandomInstances.picks(random, layout, 15 + random.nextInt(16));

      PickRoute route = PickRouter.forLayout(layout).route(picks);

      double optimal = AisleGraphTourDp.shortest(layout, picks);
      assertThat(route.method()).isEqualTo(RouteMethod.LOCAL_SEARCH);
      assertThat(route.length()).isGreaterThanOrEqualTo(optimal - EPS);
      assertThat(walked(layout, picks, route)).isCloseTo(route.length(), within(EPS));
      ratioSum += route.length() / optimal;
    }
    // fixed seeds, so this is deterministic; the benchmark prints the figure on more instances
    assertThat(ratioSum / instances).isLessThan(1.03);
  }

  @Test
  void refusesAPickInAnAisleOutsideTheLayout() {
    PickRouter router = PickRouter.forLayout(RoutingLayout.uniform(5, 3, 1, 20, 0));

    assertThatThrownBy(() -> router.route(List.of(PickLocation.of(1, 3), PickLocation.of(5, 3))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("picks[1].aisle");
              assertThat(e.value()).isEqualTo("5");
            });
  }

  @Test
  void refusesAPickBeyondTheBackCrossAisle() {
    PickRouter router = PickRouter.forLayout(RoutingLayout.uniform(5, 3, 2, 10, 0));

    assertThatThrownBy(() -> router.route(List.of(PickLocation.of(1, 20.5)), RoutingPolicy.S_SHAPE))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("picks[0].depth"));
  }

  @Test
  void refusesANegativeDepth() {
    assertThatThrownBy(() -> PickLocation.of(2, -0.5))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("depth");
              assertThat(e.value()).isEqualTo("-0.5");
            });
    assertThatThrownBy(() -> PickLocation.of(-1, 2))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("aisle"));
  }

  @Test
  void refusesALayoutWithoutAisles() {
    assertThatThrownBy(() -> RoutingLayout.uniform(0, 3, 1, 20, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("aisles"));
    assertThatThrownBy(() -> RoutingLayout.of(new double[0], new double[] {0, 10}, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("aisles"));
  }

  @Test
  void refusesMalformedLayouts() {
    assertThatThrownBy(() -> RoutingLayout.of(new double[] {0, 3, 3}, new double[] {0, 10}, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("aisleX[2]"));
    assertThatThrownBy(() -> RoutingLayout.of(new double[] {0, 3}, new double[] {0}, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("crossAisles"));
    assertThatThrownBy(() -> RoutingLayout.of(new double[] {0, 3}, new double[] {1, 10}, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("crossAisleDepths[0]"));
    assertThatThrownBy(() -> RoutingLayout.uniform(4, 3, 1, 20, 4))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("depotAisle"));
  }

  @Test
  void measuresDistancesOverTheBestCrossAisle() {
    RoutingLayout layout = RoutingLayout.uniform(3, 2, 2, 10, 0);

    assertThat(layout.distance(PickLocation.of(0, 2), PickLocation.of(2, 3))).isEqualTo(4 + 5);
    assertThat(layout.distance(PickLocation.of(0, 8), PickLocation.of(2, 9))).isEqualTo(4 + 3);
    assertThat(layout.distance(PickLocation.of(0, 8), PickLocation.of(2, 12))).isEqualTo(4 + 4);
    assertThat(layout.distance(PickLocation.of(1, 2), PickLocation.of(1, 19))).isEqualTo(17);
    assertThat(new ArrayList<>(List.of(layout.depot()))).containsExactly(PickLocation.of(0, 0));
  }
}
