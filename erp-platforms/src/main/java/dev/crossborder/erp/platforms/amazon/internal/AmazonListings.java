package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.Item;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemSummary;
import dev.crossborder.erp.shop.Shop;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link ListingSource}, {@link ListingPublisher} and {@link InventoryPublisher} on Listings Items
 * 2021-08-01, for the shop's marketplace and the seller id of its credentials ({@code seller_id}).
 *
 * <ul>
 *   <li>Reading: {@code searchListingsItems} (20 a page) and {@code getListingsItem}, with {@code
 *       summaries,offers,fulfillmentAvailability,issues}; a 404 of {@code getListingsItem} is an
 *       empty answer.
 *   <li>Put (a full replace, so idempotent): a 200 with {@code status: INVALID} is a REJECTED
 *       verdict with Amazon's issues; so is a 400, with Amazon's error as the issue.
 *   <li>Delete: a 404 (the listing is not there) is ACCEPTED.
 *   <li>Quantity: the {@code fulfillment_availability} patch on the {@code DEFAULT} channel. The
 *       patch must name the listing's product type, so the listing's summary is read first; an
 *       unknown SKU (404) is a REJECTED verdict with issue {@code NOT_FOUND}, and so is a 400 to
 *       the patch.
 * </ul>
 */
final class AmazonListings implements ListingSource, ListingPublisher, InventoryPublisher {
  static final String INCLUDED = "summaries,offers,fulfillmentAvailability,issues";
  private static final int PAGE_SIZE = 20;

  private final SpApi api;

  AmazonListings(SpApi api) {
    this.api = api;
  }

  @Override
  public PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor) {
    String operation = "searchListingsItems";
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    String sellerId = api.sellerId(shop);
    String scope = "listings|" + shop.id() + "|" + marketplace.id() + "|" + sellerId;
    String token = PageCursors.decode(scope, cursor, operation);
    var results = api.call(api.apis(marketplace).listings().searchListingsItems(
        sellerId, marketplace.id(), null, INCLUDED, null, null, null, PAGE_SIZE, token, SpApi.read(shop, operation)));
    PlatformPage<PlatformListing> page = ListingMapper.page(results, marketplace.id(), new WireContext(operation, 200));
    return new PlatformPage<>(page.items(), PageCursors.encode(scope, page.next()));
  }

  @Override
  public Optional<PlatformListing> listing(Shop shop, String sellerSku) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    return item(shop, marketplace, sku(sellerSku), INCLUDED)
        .map(item -> ListingMapper.listing(item, marketplace.id(), new WireContext("getListingsItem", 200)));
  }

  @Override
  public ListingVerdict put(Shop shop, ListingSubmission submission) {
    String operation = "putListingsItem";
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(submission, "submission == null");
    String sellerId = api.sellerId(shop);
    try {
      var response = api.call(api.apis(marketplace).listings().putListingsItem(
          sellerId, submission.sellerSku(), marketplace.id(), null, null, null, ListingMapper.putRequest(submission, marketplace.id()),
          SpApi.read(shop, operation)));
      return ListingMapper.verdict(response, marketplace.id(), new WireContext(operation, 200));
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 400)) {
        return rejected(submission.sellerSku(), e.platformCode(), e.platformMessage());
      }
      throw e;
    }
  }

  @Override
  public ListingVerdict delete(Shop shop, String sellerSku) {
    String operation = "deleteListingsItem";
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    String sku = sku(sellerSku);
    String sellerId = api.sellerId(shop);
    try {
      var response = api.call(api.apis(marketplace).listings().deleteListingsItem(
          sellerId, sku, marketplace.id(), null, SpApi.read(shop, operation)));
      return ListingMapper.verdict(response, marketplace.id(), new WireContext(operation, 200));
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 404)) {
        return new ListingVerdict(sku, ListingVerdict.Status.ACCEPTED, null, null, List.of());
      }
      throw e;
    }
  }

  @Override
  public ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity) {
    String operation = "patchListingsItem";
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    String sku = sku(sellerSku);
    if (quantity < 0) {
      throw new InvalidInputException("quantity", quantity, "must not be negative");
    }
    Optional<Item> item = item(shop, marketplace, sku, "summaries");
    if (item.isEmpty()) {
      return rejected(sku, "NOT_FOUND", "the marketplace has no listing of this seller SKU");
    }
    String productType = productType(item.get(), marketplace.id());
    if (productType == null) {
      return rejected(sku, "NO_PRODUCT_TYPE", "the listing has no product type in this marketplace");
    }
    try {
      var response = api.call(api.apis(marketplace).listings().patchListingsItem(
          api.sellerId(shop), sku, marketplace.id(), null, null, null, ListingMapper.quantityPatch(productType, quantity),
          SpApi.read(shop, operation)));
      return ListingMapper.verdict(response, marketplace.id(), new WireContext(operation, 200));
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 400) || SpApi.status(e, 404)) {
        return rejected(sku, e.platformCode(), e.platformMessage());
      }
      throw e;
    }
  }

  private Optional<Item> item(Shop shop, Marketplaces.Marketplace marketplace, String sku, String included) {
    String operation = "getListingsItem";
    try {
      return Optional.of(api.call(api.apis(marketplace).listings().getListingsItem(
          api.sellerId(shop), sku, marketplace.id(), null, included, SpApi.read(shop, operation))));
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 404)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static @Nullable String productType(Item item, String marketplaceId) {
    if (item.summaries() == null) {
      return null;
    }
    for (ItemSummary s : item.summaries()) {
      if (s != null && marketplaceId.equals(s.marketplaceId()) && s.productType() != null && !s.productType().isBlank()) {
        return s.productType().strip();
      }
    }
    return null;
  }

  private static ListingVerdict rejected(String sku, String code, String message) {
    String text = message.isBlank() ? code : message;
    return new ListingVerdict(
        sku, ListingVerdict.Status.REJECTED, null, null,
        List.of(new PlatformIssue(code, text, PlatformIssue.Severity.ERROR, List.of())));
  }

  private static String sku(String sellerSku) {
    requireNonNull(sellerSku, "sellerSku == null");
    if (sellerSku.isBlank()) {
      throw new InvalidInputException("sellerSku", sellerSku, "must not be blank");
    }
    return sellerSku;
  }
}
