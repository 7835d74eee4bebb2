package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * A supplier (供应商): who the seller buys from, in which currency and on which terms. Immutable.
 *
 * @param id the supplier's id
 * @param name the supplier's name
 * @param contact a contact line (person, phone, IM handle) for the buyer's staff, if any; a
 *     business contact, never shown in logs or errors
 * @param currency the currency the supplier quotes and invoices in; every offer is in it
 * @param paymentTerms the agreed terms, such as {@code "30% deposit, 70% before shipment"}
 * @param rating the buyer's rating from 0 to 5, used to break ties between offers
 * @param allowsOverReceipt whether receipts may exceed a line's open quantity (the excess is
 *     received as unexpected stock)
 */
public record Supplier(
    SupplierId id,
    String name,
    @Nullable String contact,
    Currency currency,
    String paymentTerms,
    int rating,
    boolean allowsOverReceipt) {

  /** Validates every field. */
  public Supplier {
    Checks.present("supplier", id);
    name = Checks.text("name", name, 200);
    contact = contact == null || contact.isBlank() ? null : Checks.text("contact", contact, 500);
    Checks.present("currency", currency);
    paymentTerms = Checks.text("paymentTerms", paymentTerms, 500);
    if (rating < 0 || rating > 5) {
      throw new InvalidInputException("rating", rating, "must be between 0 and 5");
    }
  }

  @Override
  public String toString() {
    return "Supplier[" + id + ", " + currency + "]";
  }
}
