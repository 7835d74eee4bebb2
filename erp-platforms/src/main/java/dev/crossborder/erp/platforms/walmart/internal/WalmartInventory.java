package dev.crossborder.erp.platforms.walmart.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.shop.Shop;
import java.util.List;

/**
 * {@link InventoryPublisher} on {@code PUT /v3/inventory?sku=…} (Update inventory for an item) with
 * {@code {"sku", "quantity": {"unit": "EACH", "amount"}}}, at the shop's default ship node. The
 * quantity is absolute, so the request is idempotent and the HTTP layer may repeat it after a 5xx
 * or a lost answer. A 4xx refusal (an unknown SKU, a bad quantity) is a {@code REJECTED} verdict
 * with Walmart's error; 200 is {@code ACCEPTED}, with the SKU as Walmart echoes it.
 */
final class WalmartInventory implements InventoryPublisher {
  static final String OPERATION = "updateInventoryForAnItem";
  static final String UNIT = "EACH";

  private final WalmartContext walmart;

  WalmartInventory(WalmartContext walmart) {
    this.walmart = walmart;
  }

  @Override
  public ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity) {
    walmart.check(shop);
    requireNonNull(sellerSku, "sellerSku == null");
    String sku = sellerSku.strip();
    if (sku.isEmpty()) {
      throw new InvalidInputException("sellerSku", sellerSku, "must not be blank");
    }
    if (quantity < 0) {
      throw new InvalidInputException("quantity", quantity, "must not be negative");
    }
    WalmartWire.Inventory body = new WalmartWire.Inventory(sku, new WalmartWire.InventoryQuantity(UNIT, quantity));
    try {
      walmart.call(walmart.api.updateInventory(sku, body, null, WalmartContext.read(shop, OPERATION)));
      return new ListingVerdict(sku, ListingVerdict.Status.ACCEPTED, null, null, List.of());
    } catch (PlatformRequestException e) {
      return new ListingVerdict(sku, ListingVerdict.Status.REJECTED, null, null,
          WalmartShipments.rejected(e).issues());
    }
  }

  @Override
  public String toString() {
    return "WalmartInventory";
  }
}
