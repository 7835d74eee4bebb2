package dev.crossborder.erp.order.rules;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.shop.PlatformId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One order as the rules see it: the {@link Order} plus what the order does not carry itself —
 * its platform, the destination postcode, the buyer's and address's hashed keys (see {@link
 * BuyerHasher}), the shipping level the buyer chose on the channel and, when the host knows it,
 * the order's margin. Holds no buyer name, email, phone or address text. Immutable.
 */
public final class OrderInput {
  private final Order order;
  private final PlatformId platform;
  private final @Nullable String postcode;
  private final @Nullable String buyerKey;
  private final @Nullable String addressKey;
  private final @Nullable String shippingLevel;
  private final @Nullable Money margin;

  private OrderInput(Builder b) {
    this.order = b.order;
    this.platform = b.platform;
    this.postcode = b.postcode;
    this.buyerKey = b.buyerKey;
    this.addressKey = b.addressKey;
    this.shippingLevel = b.shippingLevel;
    this.margin = b.margin;
    if (margin != null && !margin.currency().equals(order.currency())) {
      throw new RuleInputException(
          "margin.currency", margin.currency() + " vs order " + order.currency(), "must be the order's currency");
    }
  }

  /** An input with only the order and its platform. */
  public static OrderInput of(Order order, PlatformId platform) {
    return builder(order, platform).build();
  }

  /** A builder for {@code order} placed on {@code platform}. */
  public static Builder builder(Order order, PlatformId platform) {
    return new Builder(order, platform);
  }

  /** The order. */
  public Order order() {
    return order;
  }

  /** The platform the order was placed on. */
  public PlatformId platform() {
    return platform;
  }

  /** The destination postcode, upper case without spaces, if known. */
  public Optional<String> postcode() {
    return Optional.ofNullable(postcode);
  }

  /** The buyer's hashed key, if known. */
  public Optional<String> buyerKey() {
    return Optional.ofNullable(buyerKey);
  }

  /** The shipping address's hashed key, if known. */
  public Optional<String> addressKey() {
    return Optional.ofNullable(addressKey);
  }

  /** The shipping level the buyer chose on the channel (such as {@code Expedited}), if known. */
  public Optional<String> shippingLevel() {
    return Optional.ofNullable(shippingLevel);
  }

  /** The order's margin in its currency, if the host knows it. */
  public Optional<Money> margin() {
    return Optional.ofNullable(margin);
  }

  @Override
  public String toString() {
    return "OrderInput[" + order.id() + ", " + platform + "]";
  }

  /** Builds an {@link OrderInput}. Not thread-safe. */
  public static final class Builder {
    private final Order order;
    private final PlatformId platform;
    private @Nullable String postcode;
    private @Nullable String buyerKey;
    private @Nullable String addressKey;
    private @Nullable String shippingLevel;
    private @Nullable Money margin;

    private Builder(Order order, PlatformId platform) {
      this.order = requireNonNull(order, "order == null");
      this.platform = requireNonNull(platform, "platform == null");
    }

    /** Sets the destination postcode; spaces are removed and letters upper-cased. */
    public Builder postcode(@Nullable String postcode) {
      this.postcode = normalizePostcode(postcode);
      return this;
    }

    /**
     * Sets the buyer key, the address key and the postcode from {@code buyer}, hashed by {@code
     * hasher}; the details themselves are not kept.
     */
    public Builder buyer(BuyerHasher hasher, BuyerDetails buyer) {
      this.buyerKey = hasher.buyerKey(buyer);
      this.addressKey = hasher.addressKey(buyer.shipTo());
      this.postcode = normalizePostcode(buyer.shipTo().postalCode());
      return this;
    }

    /** Sets an already hashed buyer key. */
    public Builder buyerKey(@Nullable String buyerKey) {
      this.buyerKey = buyerKey == null ? null : Checks.token("buyerKey", buyerKey, 128);
      return this;
    }

    /** Sets an already hashed address key. */
    public Builder addressKey(@Nullable String addressKey) {
      this.addressKey = addressKey == null ? null : Checks.token("addressKey", addressKey, 128);
      return this;
    }

    /** Sets the shipping level the buyer chose on the channel. */
    public Builder shippingLevel(@Nullable String shippingLevel) {
      this.shippingLevel = shippingLevel == null ? null : Checks.text("shippingLevel", shippingLevel, 64);
      return this;
    }

    /** Sets the order's margin, in the order's currency. */
    public Builder margin(@Nullable Money margin) {
      this.margin = margin;
      return this;
    }

    /** Builds the input; a margin in another currency than the order is refused. */
    public OrderInput build() {
      return new OrderInput(this);
    }

    private static @Nullable String normalizePostcode(@Nullable String postcode) {
      if (postcode == null || postcode.isBlank()) {
        return null;
      }
      return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }
  }
}
