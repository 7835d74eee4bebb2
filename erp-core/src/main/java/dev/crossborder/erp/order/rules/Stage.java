package dev.crossborder.erp.order.rules;

/** The pipeline's stages, in the order they run. */
public enum Stage {
  /** Audit: hold, blacklist or approve the order. A held order goes no further. */
  AUDIT("audit"),
  /** Warehouse allocation: rank warehouses by a strategy and pick the first that covers every line. */
  WAREHOUSE("warehouse"),
  /** Split or backorder an order no single warehouse covers; find merge candidates. */
  SPLIT_MERGE("splitMerge"),
  /** Shipping method for each planned shipment. */
  SHIPPING("shipping");

  private final String jsonName;

  Stage(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The stage's property name in a rule set's JSON document. */
  public String jsonName() {
    return jsonName;
  }
}
