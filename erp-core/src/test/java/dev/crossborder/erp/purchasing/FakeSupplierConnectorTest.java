package dev.crossborder.erp.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.money.UnitAmount;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeSupplierConnectorTest {
  static final SupplierId ACME = SupplierId.of("acme");

  static PurchaseOrder order(String id, SupplierId supplier) {
    return new PurchaseOrder(PurchaseOrderId.of(id), supplier, WarehouseId.of("CN-SZ"), Currency.getInstance("CNY"),
        PurchaseOrderStatus.APPROVED,
        List.of(new PurchaseOrderLine(1, SkuCode.of("MUG-01"), 10, 0, UnitAmount.of("9.00", "CNY"), null)),
        null, null, List.of(), List.of(), 0);
  }

  @Test
  void placesEachPurchaseOrderOnceAndReportsScriptedProgress() {
    FakeSupplierConnector connector = new FakeSupplierConnector(ACME);

    SupplierConnector.SupplierOrderStatus placed = connector.placeOrder(order("po-1", ACME));
    SupplierConnector.SupplierOrderStatus again = connector.placeOrder(order("po-1", ACME));
    connector.placeOrder(order("po-2", ACME));
    connector.advance(placed.supplierReference(), "waitbuyerreceive", "SF1234567890");

    assertThat(placed.supplierReference()).isEqualTo("FAKE-1");
    assertThat(placed.state()).isEqualTo("waitbuyerpay");
    assertThat(again.supplierReference()).isEqualTo("FAKE-1");
    assertThat(connector.placedCount()).isEqualTo(2);
    assertThat(connector.status("FAKE-1").state()).isEqualTo("waitbuyerreceive");
    assertThat(connector.status("FAKE-1").trackingNumbers()).containsExactly("SF1234567890");
  }

  @Test
  void refusesAnotherSuppliersOrderAndUnknownReferences() {
    FakeSupplierConnector connector = new FakeSupplierConnector(ACME);
    assertThatThrownBy(() -> connector.placeOrder(order("po-1", SupplierId.of("beta"))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("supplier"));
    assertThatThrownBy(() -> connector.status("FAKE-9"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("supplierReference"));
  }
}
