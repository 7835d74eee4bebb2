package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The buyer's personal data for one order: name, contact and ship-to address. Kept apart from the
 * {@link Order} and erasable ({@link Orders#eraseBuyer}) without touching the order's money, SKUs
 * or dates. {@link #toString()} is redacted, and validation errors never echo a value.
 *
 * @param name buyer name
 * @param email buyer e-mail (often a platform relay address), or {@code null}
 * @param phone buyer phone, or {@code null}
 * @param shipTo the ship-to address
 */
public record BuyerDetails(String name, @Nullable String email, @Nullable String phone, Address shipTo) {

  /** Validates every field without echoing personal data. */
  public BuyerDetails {
    name = Checks.pii("buyer.name", name, 200, false);
    email = Checks.pii("buyer.email", email, 320, true);
    phone = Checks.pii("buyer.phone", phone, 64, true);
    Checks.present("buyer.shipTo", shipTo);
  }

  /** The e-mail, if given. */
  public Optional<String> emailAddress() {
    return Optional.ofNullable(email);
  }

  @Override
  public String toString() {
    return "BuyerDetails[redacted]";
  }
}
