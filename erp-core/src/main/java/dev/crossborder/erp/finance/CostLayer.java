package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Units of one SKU that entered one warehouse together (a purchase-order receipt line, or a
 * first-leg shipment's arrival) with what they cost in the tenant's base currency. The layer keeps
 * its original value and the charges added later; {@link #remaining()} and {@link
 * #remainingValue()} shrink as a {@link CostingMethod#FIFO FIFO} warehouse issues units (a moving
 * average warehouse values its units as a pool and keeps its layers only as the record of where
 * cost came from). Immutable.
 *
 * @param id the layer's id, derived from its source so that a retried receipt makes no second one
 * @param sku the SKU
 * @param warehouse the warehouse
 * @param source what brought the units in: {@code po:<order id>:<receipt key>} or a shipment reference
 * @param seq the order layers of one SKU and warehouse were created in (FIFO order)
 * @param at when the units entered
 * @param quantity units that entered
 * @param remaining units not yet issued (FIFO), at most {@code quantity}
 * @param purchaseUnitPrice the purchase price per unit in the supplier's currency, or {@code null}
 *     for a layer that came in by transfer
 * @param rate the rate the purchase price was converted with, or {@code null} for a transfer
 * @param purchaseValue the units' purchase (or transferred) value in the base currency
 * @param charges freight, duties and fees added since, in the base currency
 * @param remainingValue the value of the remaining units in the base currency
 * @param version the stored version
 */
public record CostLayer(
    String id,
    SkuCode sku,
    WarehouseId warehouse,
    String source,
    long seq,
    Instant at,
    long quantity,
    long remaining,
    @Nullable UnitAmount purchaseUnitPrice,
    @Nullable ExchangeRate rate,
    Money purchaseValue,
    Money charges,
    Money remainingValue,
    long version) {

  /** Validates every field. */
  public CostLayer {
    Checks.text("id", id, 200);
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Checks.text("source", source, 200);
    Checks.present("at", at);
    Checks.positive("quantity", quantity);
    Checks.nonNegative("remaining", remaining);
    if (remaining > quantity) {
      throw new InvalidInputException("remaining", remaining, "exceeds the quantity " + quantity);
    }
    Checks.present("purchaseValue", purchaseValue);
    for (Money m : new Money[] {Checks.present("charges", charges), Checks.present("remainingValue", remainingValue)}) {
      if (!m.currency().equals(purchaseValue.currency())) {
        throw new CurrencyMismatchException(purchaseValue.currency(), m.currency());
      }
    }
    Checks.nonNegative("version", version);
  }

  /** The layer's total landed value: purchase value plus charges, in the base currency. */
  public Money landedValue() {
    return purchaseValue.plus(charges);
  }

  /** This layer with {@code remaining} units of {@code value} left, at the same version. */
  public CostLayer withRemaining(long remaining, Money value) {
    return new CostLayer(id, sku, warehouse, source, seq, at, quantity, remaining, purchaseUnitPrice, rate,
        purchaseValue, charges, value, version);
  }

  /** This layer with {@code amount} more charges; FIFO layers also carry it in the remaining value. */
  public CostLayer withCharge(Money amount, boolean carry) {
    return new CostLayer(id, sku, warehouse, source, seq, at, quantity, remaining, purchaseUnitPrice, rate,
        purchaseValue, charges.plus(amount), carry ? remainingValue.plus(amount) : remainingValue, version);
  }

  /** This layer at {@code version}. */
  public CostLayer atVersion(long version) {
    return new CostLayer(id, sku, warehouse, source, seq, at, quantity, remaining, purchaseUnitPrice, rate,
        purchaseValue, charges, remainingValue, version);
  }
}
