package dev.crossborder.erp.warehouse.internal;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.warehouse.inbound.Receiving;
import dev.crossborder.erp.warehouse.layout.Bins;
import dev.crossborder.erp.warehouse.outbound.Outbound;
import dev.crossborder.erp.warehouse.putaway.PutAway;
import dev.crossborder.erp.warehouse.store.LayoutRepository;

/** The warehouse services of one Erp. Thread-safe. */
public final class WarehouseServices {
  private final Erp erp;
  private final Bins bins;
  private final Receiving receiving;
  private final PutAway putAway;
  private final Outbound outbound;

  /**
   * Creates the services of {@code erp}, checking that its store carries the warehouse module.
   *
   * @throws ConfigurationException if it does not
   */
  public WarehouseServices(Erp erp) {
    this.erp = erp;
    boolean present =
        erp.store().inTransaction(erp.tenant(), tx -> tx.optionalRepository(LayoutRepository.class).isPresent());
    if (!present) {
      throw new ConfigurationException(
          "the Erp's store has no warehouse repositories: register WarehouseStoreModule.instance() with the store's builder");
    }
    WarehouseContext w = new WarehouseContext(erp);
    this.bins = new StoreBins(w);
    this.receiving = new StoreReceiving(w);
    this.putAway = new StorePutAway(w);
    this.outbound = new StoreOutbound(w);
  }

  /** Layouts and bins. */
  public Bins bins() {
    return bins;
  }

  /** Receiving. */
  public Receiving receiving() {
    return receiving;
  }

  /** Put-away. */
  public PutAway putAway() {
    return putAway;
  }

  /** Outbound. */
  public Outbound outbound() {
    return outbound;
  }

  @Override
  public String toString() {
    return "tenant " + erp.tenant();
  }
}
