package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.Address;
import java.util.List;

/**
 * A plan to send stock into a platform's warehouses (FBA inbound): its name, where it ships from
 * and what it contains.
 *
 * @param name the seller's name for the plan, unique per shop (connectors use it to find a plan
 *     whose creation may have succeeded before an error, instead of creating a second one)
 * @param sourceAddress the ship-from address
 * @param items what it contains, at least one line
 */
public record InboundPlanRequest(String name, Address sourceAddress, List<Item> items) {

  /** Validates and copies. */
  public InboundPlanRequest {
    name = Checks.text("name", name, 80);
    Checks.present("sourceAddress", sourceAddress);
    items = List.copyOf(Checks.notEmpty("items", items));
  }

  /**
   * One line of an inbound plan.
   *
   * @param sellerSku the seller SKU
   * @param quantity units to send
   * @param prepOwner who preps the units ({@code AMAZON}, {@code SELLER}, {@code NONE})
   * @param labelOwner who labels the units ({@code AMAZON}, {@code SELLER}, {@code NONE})
   */
  public record Item(String sellerSku, Quantity quantity, String prepOwner, String labelOwner) {

    /** Validates. */
    public Item {
      sellerSku = Checks.text("sellerSku", sellerSku, 200);
      Checks.present("quantity", quantity);
      prepOwner = Checks.token("prepOwner", prepOwner, 20);
      labelOwner = Checks.token("labelOwner", labelOwner, 20);
    }
  }
}
