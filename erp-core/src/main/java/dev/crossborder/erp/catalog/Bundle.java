package dev.crossborder.erp.catalog;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bundle (组合SKU): a code sold as one item on platforms but fulfilled as a set of component
 * SKUs, each with a quantity. A bundle holds no stock of its own; its availability is that of its
 * scarcest component. Immutable.
 *
 * @param code the bundle's own code, unique among SKUs and bundles of the tenant
 * @param name the display name
 * @param components the component SKUs with quantities, at least one, each SKU once
 */
public record Bundle(SkuCode code, String name, List<Component> components) {

  /** Validates the bundle. */
  public Bundle {
    Checks.present("bundle", code);
    name = Checks.text("name", name, 500);
    components = List.copyOf(Checks.notEmpty("components", components));
    Set<SkuCode> seen = new HashSet<>();
    for (int i = 0; i < components.size(); i++) {
      SkuCode sku = components.get(i).sku();
      if (sku.equals(code)) {
        throw new InvalidInputException("components[" + i + "].sku", sku, "must not be the bundle itself");
      }
      if (!seen.add(sku)) {
        throw new DuplicateKeyException("components[" + i + "].sku", sku);
      }
    }
  }

  /**
   * One component of a bundle.
   *
   * @param sku the component SKU
   * @param quantity how many units of it one bundle holds
   */
  public record Component(SkuCode sku, Quantity quantity) {

    /** Validates the component. */
    public Component {
      Checks.present("sku", sku);
      Checks.present("quantity", quantity);
    }
  }
}
