package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.UnitAmount;

/**
 * One step of an offer's price ladder (阶梯价): the unit price from {@code minQuantity} units on.
 *
 * @param minQuantity the smallest order quantity this price applies to, at least 1
 * @param unitPrice the price per unit
 */
public record PriceTier(long minQuantity, UnitAmount unitPrice) {

  /** Validates both fields. */
  public PriceTier {
    Checks.positive("minQuantity", minQuantity);
    Checks.present("unitPrice", unitPrice);
    if (unitPrice.amount().signum() < 0) {
      throw new InvalidInputException("unitPrice", unitPrice, "must not be negative");
    }
  }
}
