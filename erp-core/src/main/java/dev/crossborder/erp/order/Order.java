package dev.crossborder.erp.order;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A platform order as the ERP processes it: the platform's fields (shop, platform order id,
 * platform status, lines, money, destination, dates) plus local processing state (status, hold
 * reason, shipments). Unique per tenant, shop and platform order id. Buyer personal data is not
 * part of it (see {@link BuyerDetails}). Immutable and thread-safe; {@link #version()} is the
 * optimistic version the store checks on update.
 *
 * <p>Status changes go through {@link #changeStatus(OrderStatus)}, which refuses what {@link
 * OrderStatus} does not allow.
 */
public final class Order {
  private final OrderId id;
  private final ShopId shopId;
  private final String platformOrderId;
  private final OrderStatus status;
  private final PlatformOrderStatus platformStatus;
  private final FulfillmentChannel channel;
  private final Instant purchasedAt;
  private final Instant platformUpdatedAt;
  private final Currency currency;
  private final List<OrderLine> lines;
  private final Money platformFees;
  private final Destination destination;
  private final List<Shipment> shipments;
  private final @Nullable String holdReason;
  private final boolean cancelRequestedAfterShipment;
  private final @Nullable String shippingLevel;
  private final long version;

  private Order(Builder b) {
    this.id = Checks.present("orderId", b.id);
    this.shopId = Checks.present("shopId", b.shopId);
    this.platformOrderId = Checks.text("platformOrderId", b.platformOrderId, 100);
    this.status = Checks.present("status", b.status);
    this.platformStatus = Checks.present("platformStatus", b.platformStatus);
    this.channel = Checks.present("channel", b.channel);
    this.purchasedAt = Checks.present("purchasedAt", b.purchasedAt);
    this.platformUpdatedAt = Checks.present("platformUpdatedAt", b.platformUpdatedAt);
    this.currency = Checks.present("currency", b.currency);
    this.lines = List.copyOf(Checks.notEmpty("lines", b.lines));
    Set<String> lineIds = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      if (!line.unitPrice().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, line.unitPrice().currency());
      }
      if (!lineIds.add(line.lineId())) {
        throw new DuplicateKeyException("lines[" + i + "].lineId", line.lineId());
      }
    }
    this.platformFees = Checks.present("platformFees", b.platformFees);
    if (!platformFees.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, platformFees.currency());
    }
    this.destination = Checks.present("destination", b.destination);
    this.shipments = List.copyOf(b.shipments);
    this.holdReason = b.holdReason == null ? null : Checks.text("holdReason", b.holdReason, 500);
    if (status == OrderStatus.ON_HOLD && holdReason == null) {
      throw new InvalidInputException("holdReason", "null", "is required when on hold");
    }
    this.cancelRequestedAfterShipment = b.cancelRequestedAfterShipment;
    this.shippingLevel = b.shippingLevel == null ? null : Checks.text("shippingLevel", b.shippingLevel, 64);
    this.version = Checks.nonNegative("version", b.version);
  }

  /** Returns a builder for a new order (status {@link OrderStatus#NEW}, version 0). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this order's values and version. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.shopId = shopId;
    b.platformOrderId = platformOrderId;
    b.status = status;
    b.platformStatus = platformStatus;
    b.channel = channel;
    b.purchasedAt = purchasedAt;
    b.platformUpdatedAt = platformUpdatedAt;
    b.currency = currency;
    b.lines.addAll(lines);
    b.platformFees = platformFees;
    b.destination = destination;
    b.shipments.addAll(shipments);
    b.holdReason = holdReason;
    b.cancelRequestedAfterShipment = cancelRequestedAfterShipment;
    b.shippingLevel = shippingLevel;
    b.version = version;
    return b;
  }

  /**
   * This order in {@code next} status, or an {@link IllegalTransitionException} if the state
   * machine does not allow it. Leaving {@code ON_HOLD} clears the hold reason.
   */
  public Order changeStatus(OrderStatus next) {
    if (!status.canChangeTo(next)) {
      throw new IllegalTransitionException("status", status, next);
    }
    if (next == OrderStatus.ON_HOLD) {
      throw new InvalidInputException("status", next, "needs a reason: use hold(reason)");
    }
    return toBuilder().status(next).holdReason(null).build();
  }

  /** This order put on hold for {@code reason}, if its state allows a hold. */
  public Order hold(String reason) {
    if (!status.canChangeTo(OrderStatus.ON_HOLD)) {
      throw new IllegalTransitionException("status", status, OrderStatus.ON_HOLD);
    }
    return toBuilder().status(OrderStatus.ON_HOLD).holdReason(reason).build();
  }

  /** The order's id. */
  public OrderId id() {
    return id;
  }

  /** The shop it was placed in. */
  public ShopId shopId() {
    return shopId;
  }

  /** The platform's order id (Amazon order id, Shopify order GID, eBay order id). */
  public String platformOrderId() {
    return platformOrderId;
  }

  /** The local processing status. */
  public OrderStatus status() {
    return status;
  }

  /** The status the platform last reported. */
  public PlatformOrderStatus platformStatus() {
    return platformStatus;
  }

  /** Who fulfils it. */
  public FulfillmentChannel channel() {
    return channel;
  }

  /** When the buyer placed it. */
  public Instant purchasedAt() {
    return purchasedAt;
  }

  /** The platform's last-update time of the data held; older platform updates are ignored. */
  public Instant platformUpdatedAt() {
    return platformUpdatedAt;
  }

  /** The order's currency (the shop's). */
  public Currency currency() {
    return currency;
  }

  /** The order lines; unmodifiable, never empty. */
  public List<OrderLine> lines() {
    return lines;
  }

  /** The line with {@code lineId}, if any. */
  public Optional<OrderLine> line(String lineId) {
    return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
  }

  /** Fees the platform charges the seller for the order (commission, closing fees). */
  public Money platformFees() {
    return platformFees;
  }

  /** What the buyer paid: the sum of the lines' totals. */
  public Money total() {
    Money sum = Money.zero(currency);
    for (OrderLine line : lines) {
      sum = sum.plus(line.total());
    }
    return sum;
  }

  /** Country and region the order ships to. */
  public Destination destination() {
    return destination;
  }

  /** The shipments decided so far; unmodifiable. */
  public List<Shipment> shipments() {
    return shipments;
  }

  /** Why it is on hold, when it is. */
  public Optional<String> holdReason() {
    return Optional.ofNullable(holdReason);
  }

  /**
   * Whether the platform reported a cancellation after the order had already shipped; the order
   * stays shipped and a person must follow up (intercept, return).
   */
  public boolean cancelRequestedAfterShipment() {
    return cancelRequestedAfterShipment;
  }

  /** The shipping level the buyer chose on the channel (such as {@code Expedited}), if the platform said. */
  public Optional<String> shippingLevel() {
    return Optional.ofNullable(shippingLevel);
  }

  /** The optimistic version: 0 before the first save, incremented by every update. */
  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Order[" + id + ", shop=" + shopId + ", platformOrderId=" + platformOrderId + ", "
        + status + ", v" + version + "]";
  }

  /** Builds an {@link Order}; not thread-safe. */
  public static final class Builder {
    private @Nullable OrderId id;
    private @Nullable ShopId shopId;
    private @Nullable String platformOrderId;
    private OrderStatus status = OrderStatus.NEW;
    private PlatformOrderStatus platformStatus = PlatformOrderStatus.UNSHIPPED;
    private FulfillmentChannel channel = FulfillmentChannel.MERCHANT;
    private @Nullable Instant purchasedAt;
    private @Nullable Instant platformUpdatedAt;
    private @Nullable Currency currency;
    private final List<OrderLine> lines = new ArrayList<>();
    private @Nullable Money platformFees;
    private @Nullable Destination destination;
    private final List<Shipment> shipments = new ArrayList<>();
    private @Nullable String holdReason;
    private boolean cancelRequestedAfterShipment;
    private @Nullable String shippingLevel;
    private long version;

    private Builder() {}

    /** Sets the id. */
    public Builder id(OrderId id) {
      this.id = requireNonNull(id, "id == null");
      return this;
    }

    /** Sets the shop. */
    public Builder shopId(ShopId shopId) {
      this.shopId = requireNonNull(shopId, "shopId == null");
      return this;
    }

    /** Sets the platform order id. */
    public Builder platformOrderId(String platformOrderId) {
      this.platformOrderId = platformOrderId;
      return this;
    }

    /** Sets the local status (without the state machine's check: for stores and imports). */
    public Builder status(OrderStatus status) {
      this.status = requireNonNull(status, "status == null");
      return this;
    }

    /** Sets the platform's status. */
    public Builder platformStatus(PlatformOrderStatus platformStatus) {
      this.platformStatus = requireNonNull(platformStatus, "platformStatus == null");
      return this;
    }

    /** Sets who fulfils the order. */
    public Builder channel(FulfillmentChannel channel) {
      this.channel = requireNonNull(channel, "channel == null");
      return this;
    }

    /** Sets when the order was placed. */
    public Builder purchasedAt(Instant purchasedAt) {
      this.purchasedAt = requireNonNull(purchasedAt, "purchasedAt == null");
      return this;
    }

    /** Sets the platform's last-update time. */
    public Builder platformUpdatedAt(Instant platformUpdatedAt) {
      this.platformUpdatedAt = requireNonNull(platformUpdatedAt, "platformUpdatedAt == null");
      return this;
    }

    /** Sets the currency. */
    public Builder currency(Currency currency) {
      this.currency = requireNonNull(currency, "currency == null");
      return this;
    }

    /** Replaces the lines. */
    public Builder lines(List<OrderLine> lines) {
      this.lines.clear();
      this.lines.addAll(lines);
      return this;
    }

    /** Sets the platform fees. */
    public Builder platformFees(Money platformFees) {
      this.platformFees = requireNonNull(platformFees, "platformFees == null");
      return this;
    }

    /** Sets the destination. */
    public Builder destination(Destination destination) {
      this.destination = requireNonNull(destination, "destination == null");
      return this;
    }

    /** Replaces the shipments. */
    public Builder shipments(List<Shipment> shipments) {
      this.shipments.clear();
      this.shipments.addAll(shipments);
      return this;
    }

    /** Sets or clears the hold reason. */
    public Builder holdReason(@Nullable String holdReason) {
      this.holdReason = holdReason;
      return this;
    }

    /** Sets whether a platform cancellation arrived after shipping. */
    public Builder cancelRequestedAfterShipment(boolean value) {
      this.cancelRequestedAfterShipment = value;
      return this;
    }

    /** Sets or clears the channel-selected shipping level. */
    public Builder shippingLevel(@Nullable String shippingLevel) {
      this.shippingLevel = shippingLevel;
      return this;
    }

    /** Sets the version; stores set it, hosts rarely need to. */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** Validates and returns the order; bad values raise an error naming the field. */
    public Order build() {
      return new Order(this);
    }
  }
}
