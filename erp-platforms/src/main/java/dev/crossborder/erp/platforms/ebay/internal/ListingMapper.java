package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Amount;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.InventoryItem;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.Offer;
import dev.crossborder.erp.shop.PlatformId;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Between {@link ListingSubmission}s and the Inventory API's two halves of a listing: the inventory
 * item (product, condition, quantity) and the offer (marketplace, category, policies, price). A
 * submission's attributes are in eBay's names and are sorted into the half they belong to:
 *
 * <ul>
 *   <li>{@code title}, {@code description}, {@code subtitle}, {@code brand}, {@code mpn}, {@code
 *       upc}, {@code ean}, {@code isbn}, {@code epid}, {@code imageUrls}, {@code videoIds}, {@code
 *       aspects} and a whole {@code product} map go into the item's {@code product};
 *   <li>{@code condition}, {@code conditionDescription}, {@code conditionDescriptors}, {@code
 *       packageWeightAndSize} into the item;
 *   <li>{@code listingPolicies}, {@code merchantLocationKey}, {@code listingDescription}, {@code
 *       listingDuration}, {@code quantityLimitPerBuyer}, {@code includeCatalogProductDetails},
 *       {@code storeCategoryNames}, {@code secondaryCategoryId}, {@code tax}, {@code lotSize},
 *       {@code hideBuyerDetails}, {@code regulatory}, {@code charity}, {@code
 *       extendedProducerResponsibility}, {@code format} into the offer;
 *   <li>any other attribute becomes an item aspect (eBay's item specifics: a name and a list of
 *       values).
 * </ul>
 *
 * <p>The product type is the offer's {@code categoryId}; the price its {@code pricingSummary}; the
 * quantity the item's {@code shipToLocationAvailability} (the offer carries no {@code
 * availableQuantity}, so the whole quantity is sellable and {@code bulkUpdatePriceQuantity} on the
 * item is all a quantity update needs). Price and quantity come only from the submission's fields:
 * {@code pricingSummary}, {@code availability} and {@code availableQuantity} attributes are refused.
 * Stateless.
 */
final class ListingMapper {
  private static final Set<String> PRODUCT = Set.of(
      "title", "description", "subtitle", "brand", "mpn", "upc", "ean", "isbn", "epid", "imageUrls", "videoIds", "aspects");
  private static final Set<String> ITEM = Set.of("condition", "conditionDescription", "conditionDescriptors", "packageWeightAndSize");
  private static final Set<String> OFFER = Set.of(
      "listingPolicies", "merchantLocationKey", "listingDescription", "listingDuration", "quantityLimitPerBuyer",
      "includeCatalogProductDetails", "storeCategoryNames", "secondaryCategoryId", "tax", "lotSize", "hideBuyerDetails",
      "regulatory", "charity", "extendedProducerResponsibility", "format");
  private static final Set<String> REFUSED = Set.of("pricingSummary", "availability", "availableQuantity");

  private ListingMapper() {}

  /** The inventory item of {@code submission} with {@code quantity} at the seller's locations. */
  static Map<String, Object> item(ListingSubmission submission, long quantity) {
    Map<String, Object> product = new LinkedHashMap<>();
    Map<String, Object> item = new LinkedHashMap<>();
    Map<String, Object> aspects = new LinkedHashMap<>();
    submission.attributes().forEach((name, value) -> {
      if (REFUSED.contains(name)) {
        throw new InvalidInputException("attributes." + name, name, "is set through the submission's price and quantity");
      }
      if (name.equals("product") && value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> product.put(String.valueOf(k), v));
      } else if (PRODUCT.contains(name)) {
        product.put(name, value);
      } else if (ITEM.contains(name)) {
        item.put(name, value);
      } else if (!OFFER.contains(name)) {
        aspects.put(name, values(value));
      }
    });
    if (!aspects.isEmpty()) {
      Map<String, Object> merged = new LinkedHashMap<>(aspects);
      if (product.get("aspects") instanceof Map<?, ?> given) {
        given.forEach((k, v) -> merged.put(String.valueOf(k), v));
      }
      product.put("aspects", merged);
    }
    item.put("product", product);
    item.put("availability", Map.of("shipToLocationAvailability", Map.of("quantity", quantity)));
    return item;
  }

  /** The offer of {@code submission} on {@code marketplace}, with {@code price} (may be null). */
  static Map<String, Object> offer(ListingSubmission submission, String marketplace, @Nullable Amount price) {
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("sku", submission.sellerSku());
    offer.put("marketplaceId", marketplace);
    offer.put("format", "FIXED_PRICE");
    offer.put("categoryId", submission.productType());
    submission.attributes().forEach((name, value) -> {
      if (OFFER.contains(name)) {
        offer.put(name, value);
      }
    });
    if (price != null) {
      offer.put("pricingSummary", Map.of("price", Map.of("value", price.value() == null ? "" : price.value().toPlainString(),
          "currency", price.currency() == null ? "" : price.currency())));
    }
    return offer;
  }

  /** eBay's amount of {@code money}. */
  static Amount amount(Money money) {
    return new Amount(money.amount(), money.currency().getCurrencyCode());
  }

  /** The listing of {@code item} with its offer on the shop's marketplace ({@code null}: none). */
  static PlatformListing listing(InventoryItem item, @Nullable Offer offer, String operation) {
    String sku = item.sku();
    if (sku == null || sku.isBlank()) {
      throw new MalformedResponseException(PlatformId.EBAY, operation, "sku", "is missing", 200, null);
    }
    String title = item.product() == null ? null : item.product().title();
    Money price = offer == null || offer.pricingSummary() == null ? null : price(offer.pricingSummary().price(), operation);
    String listingId = offer == null || offer.listing() == null ? null : offer.listing().listingId();
    return new PlatformListing(sku.strip(), listingId, title, price, quantity(item), state(offer), List.of());
  }

  /** The quantity at the seller's locations of {@code item}, 0 when eBay reports none. */
  static long quantity(InventoryItem item) {
    Long quantity = item.availability() == null || item.availability().shipToLocationAvailability() == null
        ? null
        : item.availability().shipToLocationAvailability().quantity();
    return quantity == null ? 0 : Math.max(0, quantity);
  }

  private static PlatformListing.State state(@Nullable Offer offer) {
    if (offer == null || !"PUBLISHED".equalsIgnoreCase(offer.status())) {
      return PlatformListing.State.INACTIVE;
    }
    String status = offer.listing() == null || offer.listing().listingStatus() == null
        ? "ACTIVE"
        : offer.listing().listingStatus().toUpperCase(Locale.ROOT);
    return switch (status) {
      case "ACTIVE" -> PlatformListing.State.ACTIVE;
      case "OUT_OF_STOCK", "ENDED", "INACTIVE" -> PlatformListing.State.INACTIVE;
      default -> PlatformListing.State.OTHER;
    };
  }

  private static @Nullable Money price(@Nullable Amount price, String operation) {
    if (price == null || price.value() == null || price.currency() == null) {
      return null;
    }
    try {
      return Money.rounded(price.value(), Currency.getInstance(price.currency().strip()), RoundingMode.HALF_EVEN);
    } catch (IllegalArgumentException | InvalidInputException e) {
      throw new MalformedResponseException(PlatformId.EBAY, operation, "pricingSummary.price", "is not an amount in an ISO 4217 currency",
          200, e);
    }
  }

  private static List<String> values(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof Iterable<?> many) {
      many.forEach(v -> values.add(String.valueOf(v)));
    } else {
      values.add(String.valueOf(value));
    }
    return values;
  }
}
