package dev.crossborder.erp.warehouse.outbound.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PickBatcherTest {
  private static final RoutingLayout LAYOUT = RoutingLayout.uniform(20, 3, 1, 20, 0);

  static List<PickOrder> orders(Random random, RoutingLayout layout, int count, int maxLines) {
    List<PickOrder> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int lines = 1 + random.nextInt(maxLines);
      List<PickLine> picks = new ArrayList<>(lines);
      for (PickLocation location : RandomInstances.picks(random, layout, lines)) {
        picks.add(new PickLine("SKU-" + random.nextInt(500), 1 + random.nextInt(3), location));
      }
      orders.add(new PickOrder("S-" + i, picks));
    }
    return orders;
  }

  @Test
  void putsEveryOrderIntoOneToteOfOneBatchWithItsLinesInWalkingOrder() {
    List<PickOrder> orders = orders(new Random(1), LAYOUT, 300, 3);
    BatchCapacity capacity = new BatchCapacity(8, 30);
    PickRouter router = PickRouter.forLayout(LAYOUT);

    List<PickBatch> batches = new PickBatcher(router, capacity).batch(orders);

    Map<String, PickOrder> byReference = new HashMap<>();
    orders.forEach(o -> byReference.put(o.reference(), o));
    List<String> seen = new ArrayList<>();
    for (PickBatch batch : batches) {
      assertThat(batch.totes()).hasSizeLessThanOrEqualTo(capacity.totes());
      int units = 0;
      for (int t = 0; t < batch.totes().size(); t++) {
        TotePut put = batch.totes().get(t);
        assertThat(put.tote()).isEqualTo(t + 1);
        seen.add(put.orderReference());
        PickOrder order = byReference.get(put.orderReference());
        assertThat(put.lines()).containsExactlyInAnyOrderElementsOf(order.lines());
        units += order.units();
        // the tote's put list is that order's part of the walk, in walking order
        assertThat(put.lines())
            .containsExactlyElementsOf(
                batch.picks().stream().filter(p -> p.tote() == put.tote()).map(BatchPick::line).toList());
        assertThat(batch.picks().stream().filter(p -> p.tote() == put.tote()))
            .allMatch(p -> p.orderReference().equals(put.orderReference()));
      }
      assertThat(units).isLessThanOrEqualTo(capacity.units());
      List<PickLocation> walked = batch.picks().stream().map(p -> p.line().location()).toList();
      assertThat(router.route(walked).length()).isCloseTo(batch.length(), within(1e-6));
      assertThat(batch.route().isExact()).isTrue();
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(orders.size());
  }

  @Test
  void walksFarLessPerOrderThanPickingOrdersOneByOne() {
    List<PickOrder> orders = orders(new Random(2), LAYOUT, 400, 2);
    PickRouter router = PickRouter.forLayout(LAYOUT);

    List<PickBatch> batches = new PickBatcher(router, new BatchCapacity(20, 100)).batch(orders);

    double batched = batches.stream().mapToDouble(PickBatch::length).sum();
    double oneByOne =
        orders.stream()
            .mapToDouble(o -> router.route(o.lines().stream().map(PickLine::location).toList()).length())
            .sum();
    assertThat(batches.size()).isLessThan(orders.size() / 10);
    assertThat(batched / oneByOne).isLessThan(0.35);
  }

  @Test
  void batchesNeighbouringOrdersTogether() {
    PickOrder near1 = new PickOrder("near-1", List.of(new PickLine("A", 1, PickLocation.of(10, 5))));
    PickOrder far = new PickOrder("far", List.of(new PickLine("B", 1, PickLocation.of(1, 2))));
    PickOrder near2 = new PickOrder("near-2", List.of(new PickLine("C", 2, PickLocation.of(11, 6))));

    List<PickBatch> batches =
        new PickBatcher(PickRouter.forLayout(LAYOUT), new BatchCapacity(2, 10)).batch(List.of(near1, far, near2));

    assertThat(batches).hasSize(2);
    assertThat(batches.get(0).totes()).extracting(TotePut::orderReference).containsExactlyInAnyOrder("near-1", "near-2");
    assertThat(batches.get(1).totes()).extracting(TotePut::orderReference).containsExactly("far");
  }

  @Test
  void batchesAnOrderAboveTheUnitCapacityAlone() {
    PickOrder big = new PickOrder("big", List.of(new PickLine("A", 12, PickLocation.of(3, 5))));
    PickOrder small = new PickOrder("small", List.of(new PickLine("B", 1, PickLocation.of(3, 6))));

    List<PickBatch> batches =
        new PickBatcher(PickRouter.forLayout(LAYOUT), new BatchCapacity(4, 10)).batch(List.of(big, small));

    assertThat(batches).hasSize(2);
    assertThat(batches.get(0).picks()).extracting(BatchPick::orderReference).containsExactly("big");
  }

  @Test
  void refusesADuplicateReference() {
    PickOrder one = new PickOrder("S-1", List.of(new PickLine("A", 1, PickLocation.of(3, 5))));
    PickBatcher batcher = new PickBatcher(PickRouter.forLayout(LAYOUT), new BatchCapacity(4, 10));

    assertThatThrownBy(() -> batcher.batch(List.of(one, one)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("orders[1].reference"));
  }

  @Test
  void refusesALineOutsideTheLayout() {
    PickOrder inside = new PickOrder("S-1", List.of(new PickLine("A", 1, PickLocation.of(3, 5))));
    PickOrder outside = new PickOrder("S-2", List.of(new PickLine("B", 1, PickLocation.of(20, 5))));
    PickBatcher batcher = new PickBatcher(PickRouter.forLayout(LAYOUT), new BatchCapacity(4, 10));

    assertThatThrownBy(() -> batcher.batch(List.of(inside, outside)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("orders[1].lines[0].aisle"));
  }

  @Test
  void refusesEmptyOrdersAndBadCapacities() {
    assertThatThrownBy(() -> new PickOrder("S-1", List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lines"));
    assertThatThrownBy(() -> new BatchCapacity(0, 10))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("totes"));
    assertThatThrownBy(() -> new PickLine("A", 0, PickLocation.of(1, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("units"));
  }
}
