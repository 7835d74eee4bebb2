package dev.crossborder.erp.warehouse;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.warehouse.inbound.Receiving;
import dev.crossborder.erp.warehouse.internal.WarehouseServices;
import dev.crossborder.erp.warehouse.layout.Bins;
import dev.crossborder.erp.warehouse.outbound.Outbound;
import dev.crossborder.erp.warehouse.putaway.PutAway;

/**
 * erp-warehouse's entry point for one {@link Erp} (one tenant): layouts and bins, receiving,
 * put-away and outbound. The Erp's store must carry the module's repositories, registered explicitly:
 *
 * <pre>{@code
 * Erp erp = Erp.builder()
 *     .tenant(TenantId.of("acme"))
 *     .store(InMemoryStore.builder().module(WarehouseStoreModule.instance()).build())
 *     .build();
 * Warehouses warehouses = Warehouses.of(erp);
 * warehouses.bins().defineLayout(layout);
 * }</pre>
 *
 * <p>Thread-safe; cheap to create (it holds no state of its own beyond the Erp).
 */
public final class Warehouses {
  private final WarehouseServices services;

  private Warehouses(Erp erp) {
    this.services = new WarehouseServices(erp);
  }

  /**
   * The warehouse services of {@code erp}.
   *
   * @throws dev.crossborder.erp.kernel.ConfigurationException if the Erp's store lacks {@code
   *     WarehouseStoreModule}
   */
  public static Warehouses of(Erp erp) {
    return new Warehouses(requireNonNull(erp, "erp == null"));
  }

  /** Layouts, bin stock, moves and cycle counts. */
  public Bins bins() {
    return services.bins();
  }

  /** Receiving against purchase orders, ASNs and blind, with QC. */
  public Receiving receiving() {
    return services.receiving();
  }

  /** Put-away suggestions, tasks and their confirmation. */
  public PutAway putAway() {
    return services.putAway();
  }

  /** Waves, PDA picking, packing with carrier labels, and the handover scan. */
  public Outbound outbound() {
    return services.outbound();
  }

  @Override
  public String toString() {
    return "Warehouses[" + services + "]";
  }
}
