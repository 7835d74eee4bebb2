package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One money movement a platform reports in a shop's settlement (结算): an item price credited, a
 * commission or fulfilment fee debited, a refund. Amounts are signed as the platform books them
 * for the seller: credits positive, fees negative. Immutable.
 *
 * @param eventId an id unique per shop and stable across reads (so a re-read event is recognised)
 * @param platformOrderId the platform's order id, or {@code null} for events of no order
 *     (subscription fees, storage fees)
 * @param postedAt when the platform posted it
 * @param kind what kind of movement it is
 * @param type the platform's own name, such as {@code Commission} or {@code FBAPerUnitFulfillmentFee}
 * @param amount the signed amount
 */
public record SettlementEvent(
    String eventId, @Nullable String platformOrderId, Instant postedAt, Kind kind, String type, Money amount) {

  /** Validates every field. */
  public SettlementEvent {
    eventId = Checks.text("eventId", eventId, 200);
    platformOrderId = platformOrderId == null ? null : Checks.text("platformOrderId", platformOrderId, 100);
    Checks.present("postedAt", postedAt);
    Checks.present("kind", kind);
    type = Checks.text("type", type, 100);
    Checks.present("amount", amount);
  }

  /** The kinds of settlement movement the SDK tells apart. */
  public enum Kind {
    /** Item price, shipping or gift wrap charged to the buyer, and promotions against them. */
    REVENUE,
    /** A fee the platform charged the seller (commission, fulfilment, closing fee). */
    FEE,
    /** A refund to the buyer or a fee refunded to the seller. */
    REFUND,
    /** Anything else (reserves, transfers, adjustments). */
    OTHER
  }
}
