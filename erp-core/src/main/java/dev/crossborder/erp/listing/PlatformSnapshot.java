package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.PlatformListing;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the platform showed for a listing the last time the SDK read it back: compared with what
 * the SDK pushed, it reveals a price or quantity the platform never applied.
 *
 * @param state the platform's state
 * @param price the platform's price, if any
 * @param quantity the platform's sellable quantity
 * @param seenAt when it was read
 */
public record PlatformSnapshot(PlatformListing.State state, @Nullable Money price, long quantity, Instant seenAt) {

  /** Validates. */
  public PlatformSnapshot {
    Checks.present("seen.state", state);
    Checks.nonNegative("seen.quantity", quantity);
    Checks.present("seen.seenAt", seenAt);
  }

  /** The snapshot of {@code listing} read at {@code seenAt}. */
  public static PlatformSnapshot of(PlatformListing listing, Instant seenAt) {
    return new PlatformSnapshot(listing.state(), listing.price(), listing.quantity(), seenAt);
  }
}
