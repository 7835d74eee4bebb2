package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.UnitAmount;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * What one supplier offers for one SKU: a price ladder, the minimum order quantity (MOQ, 起订量),
 * the case pack (箱规: orders are whole cases), the lead time from order to ready-to-ship, and
 * whether it is the preferred source. Immutable.
 *
 * <p>Validation refuses an MOQ or case pack below 1, a negative lead time, an empty ladder, two
 * tiers with the same minimum, a first tier above the MOQ, and a tier in another currency than
 * the offer ({@link CurrencyMismatchException}). The offer's currency must also be the supplier's,
 * which {@link Purchasing#saveOffer} checks.
 *
 * @param supplier the supplier
 * @param sku the SKU offered
 * @param currency the currency of every price
 * @param tiers the price ladder, sorted by minimum quantity; the first applies from the MOQ
 * @param moq the minimum order quantity, at least 1
 * @param casePack units per case, at least 1; ordered quantities are multiples of it
 * @param leadTimeDays days from placing an order to goods ready at the supplier, at least 0
 * @param preferred whether this is the SKU's preferred offer
 */
public record SupplierOffer(
    SupplierId supplier,
    SkuCode sku,
    Currency currency,
    List<PriceTier> tiers,
    long moq,
    long casePack,
    int leadTimeDays,
    boolean preferred) {

  /** Validates every field and sorts the tiers. */
  public SupplierOffer {
    Checks.present("supplier", supplier);
    Checks.present("sku", sku);
    Checks.present("currency", currency);
    tiers = Checks.notEmpty("tiers", tiers).stream()
        .sorted(Comparator.comparingLong(PriceTier::minQuantity))
        .toList();
    for (int i = 0; i < tiers.size(); i++) {
      Currency tierCurrency = tiers.get(i).unitPrice().currency();
      if (!tierCurrency.equals(currency)) {
        throw new CurrencyMismatchException(currency, tierCurrency);
      }
      if (i > 0 && tiers.get(i).minQuantity() == tiers.get(i - 1).minQuantity()) {
        throw new InvalidInputException(
            "tiers[" + i + "].minQuantity", tiers.get(i).minQuantity(), "is listed twice");
      }
    }
    Checks.positive("moq", moq);
    Checks.positive("casePack", casePack);
    Checks.nonNegative("leadTimeDays", leadTimeDays);
    if (tiers.get(0).minQuantity() > moq) {
      throw new InvalidInputException(
          "tiers[0].minQuantity", tiers.get(0).minQuantity(), "must not exceed the moq " + moq);
    }
  }

  /** The unit price for an order of {@code quantity} units: the tier with the largest minimum not above it. */
  public UnitAmount unitPrice(long quantity) {
    UnitAmount price = tiers.get(0).unitPrice();
    for (PriceTier tier : tiers) {
      if (tier.minQuantity() <= quantity) {
        price = tier.unitPrice();
      }
    }
    return price;
  }

  /**
   * {@code quantity} raised to the MOQ, then up to a whole number of cases; zero stays zero.
   */
  public long orderable(long quantity) {
    if (quantity <= 0) {
      return 0;
    }
    long q = Math.max(quantity, moq);
    return Math.multiplyExact(Math.floorDiv(q + casePack - 1, casePack), casePack);
  }
}
