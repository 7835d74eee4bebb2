package dev.crossborder.erp.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

  @ParameterizedTest
  @EnumSource(value = OrderStatus.class, names = {"NEW", "ON_HOLD", "AWAITING_STOCK", "ALLOCATED", "IN_FULFILLMENT"})
  void everyStateBeforeShipmentMayBeCancelled(OrderStatus status) {
    assertThat(status.canChangeTo(OrderStatus.CANCELLED)).isTrue();
    assertThat(status.isBeforeShipment()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = OrderStatus.class, names = {"SHIPPED", "CONFIRMED", "CANCELLED", "EXTERNALLY_FULFILLED"})
  void noStateFromShipmentOnMayBeCancelled(OrderStatus status) {
    assertThat(status.canChangeTo(OrderStatus.CANCELLED)).isFalse();
    assertThat(status.isBeforeShipment()).isFalse();
  }

  @Test
  void terminalStatesAllowNoChange() {
    for (OrderStatus terminal : EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.EXTERNALLY_FULFILLED)) {
      assertThat(terminal.isTerminal()).isTrue();
      for (OrderStatus next : OrderStatus.values()) {
        assertThat(terminal.canChangeTo(next)).as(terminal + " -> " + next).isFalse();
      }
    }
  }

  @Test
  void shippedOrdersOnlyBecomeConfirmed() {
    for (OrderStatus next : OrderStatus.values()) {
      assertThat(OrderStatus.SHIPPED.canChangeTo(next)).isEqualTo(next == OrderStatus.CONFIRMED);
    }
  }

  @Test
  void noStateChangesToItself() {
    for (OrderStatus s : OrderStatus.values()) {
      assertThat(s.canChangeTo(s)).isFalse();
    }
  }

  @Test
  void theHappyPathIsAllowedStepByStep() {
    assertThat(OrderStatus.NEW.canChangeTo(OrderStatus.ALLOCATED)).isTrue();
    assertThat(OrderStatus.ALLOCATED.canChangeTo(OrderStatus.IN_FULFILLMENT)).isTrue();
    assertThat(OrderStatus.IN_FULFILLMENT.canChangeTo(OrderStatus.SHIPPED)).isTrue();
    assertThat(OrderStatus.NEW.canChangeTo(OrderStatus.SHIPPED)).isFalse();
  }
}
