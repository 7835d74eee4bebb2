package dev.crossborder.erp.platforms.ebay.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Amount;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.BulkPriceQuantity;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.BulkResponse;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.BulkResult;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.InventoryItem;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.InventoryItems;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.Offer;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.OfferResponse;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.PriceQuantity;
import dev.crossborder.erp.platforms.ebay.internal.InventoryWire.ShipToLocationAvailability;
import dev.crossborder.erp.shop.Shop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link ListingSource}, {@link ListingPublisher} and {@link InventoryPublisher} on the Inventory
 * API. A put writes the inventory item ({@code createOrReplaceInventoryItem}), then the offer of
 * the shop's marketplace ({@code updateOffer} when {@code getOffers} finds one, else {@code
 * createOffer}), then publishes it ({@code publishOffer}). Each step but {@code createOffer} is a
 * full replace, so repeating a put is harmless; {@code createOffer} is never re-sent: after a 5xx
 * or no answer the SKU's offers are read back, and a later put finds the offer with {@code
 * getOffers} too. A 4xx
 * at any step is a {@code REJECTED} verdict with every error eBay named, its parameters as the
 * issue's attributes; warnings of an accepted put are {@code WARNING} issues. A put without a
 * quantity keeps the item's current one, without a price the offer's current one (eBay's replace
 * would otherwise clear them). Quantities go through {@code bulkUpdatePriceQuantity}, whose
 * answer carries a status per SKU. Listings are read as inventory items, each with its offer (one
 * {@code getOffers} per item: the Inventory API has no bulk read of offers by SKU). Thread-safe.
 */
final class EbayListings implements ListingSource, ListingPublisher, InventoryPublisher {
  static final int PAGE_SIZE = 100;
  private static final String SKU_NOT_FOUND = "25702";

  private final SellContext api;

  EbayListings(SellContext api) {
    this.api = api;
  }

  @Override
  public PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor) {
    String marketplace = api.marketplace(shop);
    String scope = "listings|" + shop.id().value();
    int offset = OffsetCursors.decode(scope, cursor, "getInventoryItems");
    InventoryItems page = api.call(api.inventory.getInventoryItems(PAGE_SIZE, offset, SellContext.read(shop, "getInventoryItems")));
    List<InventoryItem> items = page.inventoryItems() == null ? List.of() : page.inventoryItems();
    List<PlatformListing> listings = new ArrayList<>(items.size());
    for (InventoryItem item : items) {
      Offer offer = item.sku() == null ? null : offer(shop, marketplace, item.sku()).orElse(null);
      listings.add(ListingMapper.listing(item, offer, "getInventoryItems"));
    }
    int size = items.size();
    boolean more = size > 0 && (page.next() != null || (page.total() != null && offset + size < page.total()));
    return new PlatformPage<>(listings, more ? OffsetCursors.encode(scope, offset + size) : null);
  }

  @Override
  public Optional<PlatformListing> listing(Shop shop, String sellerSku) {
    requireNonNull(sellerSku, "sellerSku == null");
    String marketplace = api.marketplace(shop);
    return item(shop, sellerSku).map(item -> ListingMapper.listing(item, offer(shop, marketplace, sellerSku).orElse(null),
        "getInventoryItem"));
  }

  @Override
  public ListingVerdict put(Shop shop, ListingSubmission submission) {
    requireNonNull(submission, "submission == null");
    String marketplace = api.marketplace(shop);
    String sku = submission.sellerSku();
    String language = SellContext.language(marketplace);
    long quantity = submission.quantity() != null
        ? submission.quantity()
        : item(shop, sku).map(ListingMapper::quantity).orElse(0L);
    Map<String, Object> item = ListingMapper.item(submission, quantity);
    ErrorCapture errors = new ErrorCapture();
    try {
      api.callDiscarding(api.inventory.createOrReplaceInventoryItem(sku, language, item,
          SellContext.read(shop, "createOrReplaceInventoryItem"), errors));
      Optional<Offer> existing = offer(shop, marketplace, sku);
      Amount price = submission.price() != null
          ? ListingMapper.amount(submission.price())
          : existing.map(o -> o.pricingSummary() == null ? null : o.pricingSummary().price()).orElse(null);
      Map<String, Object> offer = ListingMapper.offer(submission, marketplace, price);
      List<PlatformIssue> warnings = new ArrayList<>();
      String offerId;
      if (existing.isPresent() && existing.get().offerId() != null) {
        offerId = existing.get().offerId();
        api.callDiscarding(api.inventory.updateOffer(offerId, language, offer, SellContext.read(shop, "updateOffer"), errors));
      } else {
        offerId = createOffer(shop, marketplace, language, offer, errors, warnings);
      }
      OfferResponse published = api.call(api.inventory.publishOffer(offerId, SellContext.read(shop, "publishOffer"), errors));
      warnings.addAll(EbayErrors.issues(published.warnings(), PlatformIssue.Severity.WARNING));
      return new ListingVerdict(sku, ListingVerdict.Status.ACCEPTED, published.listingId(), offerId, warnings);
    } catch (PlatformRequestException e) {
      return rejected(sku, e, errors);
    }
  }

  @Override
  public ListingVerdict delete(Shop shop, String sellerSku) {
    requireNonNull(sellerSku, "sellerSku == null");
    api.marketplace(shop);
    ErrorCapture errors = new ErrorCapture();
    try {
      api.callDiscarding(api.inventory.deleteInventoryItem(sellerSku, SellContext.read(shop, "deleteInventoryItem"), errors));
    } catch (PlatformRequestException e) {
      if (!SellContext.status(e, 404)) {
        return rejected(sellerSku, e, errors);
      }
    }
    return new ListingVerdict(sellerSku, ListingVerdict.Status.ACCEPTED, null, null, List.of());
  }

  @Override
  public ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity) {
    requireNonNull(sellerSku, "sellerSku == null");
    if (quantity < 0) {
      throw new InvalidInputException("quantity", quantity, "must not be negative");
    }
    api.marketplace(shop);
    BulkPriceQuantity body = new BulkPriceQuantity(List.of(new PriceQuantity(sellerSku, new ShipToLocationAvailability(quantity))));
    BulkResponse answer;
    try {
      answer = api.call(api.inventory.bulkUpdatePriceQuantity(body, SellContext.read(shop, "bulkUpdatePriceQuantity")));
    } catch (PlatformRequestException e) {
      return rejected(sellerSku, e, new ErrorCapture());
    }
    BulkResult result = answer.responses() == null ? null
        : answer.responses().stream().filter(r -> sellerSku.equals(r.sku())).findFirst().orElse(null);
    if (result == null) {
      throw new MalformedResponseException(
          SellContext.EBAY, "bulkUpdatePriceQuantity", "responses", "has no entry for the SKU", 200, null);
    }
    int status = result.statusCode() == null ? 0 : result.statusCode();
    if (status >= 200 && status < 300) {
      return new ListingVerdict(sellerSku, ListingVerdict.Status.ACCEPTED, null, null,
          EbayErrors.issues(result.warnings(), PlatformIssue.Severity.WARNING));
    }
    List<PlatformIssue> issues = EbayErrors.issues(result.errors(), PlatformIssue.Severity.ERROR);
    return new ListingVerdict(sellerSku, ListingVerdict.Status.REJECTED, null, null, issues.isEmpty()
        ? List.of(new PlatformIssue("HTTP_" + status, "quantity update refused", PlatformIssue.Severity.ERROR, List.of()))
        : issues);
  }

  /**
   * Creates the offer and returns its id. {@code createOffer} is not idempotent, so it is not
   * re-sent: after a 5xx or no answer the SKU's offers are read back, and the offer found there is
   * the one created.
   */
  private String createOffer(
      Shop shop, String marketplace, String language, Map<String, Object> offer, ErrorCapture errors, List<PlatformIssue> warnings) {
    OfferResponse created;
    try {
      created = api.call(api.inventory.createOffer(language, offer, SellContext.write(shop, "createOffer"), errors));
    } catch (PlatformUnavailableException e) {
      String sku = (String) offer.get("sku");
      return offer(shop, marketplace, sku).map(Offer::offerId).orElseThrow(() -> e);
    }
    warnings.addAll(EbayErrors.issues(created.warnings(), PlatformIssue.Severity.WARNING));
    String offerId = created.offerId();
    if (offerId == null || offerId.isBlank()) {
      throw new MalformedResponseException(SellContext.EBAY, "createOffer", "offerId", "is missing", 200, null);
    }
    return offerId;
  }

  private Optional<InventoryItem> item(Shop shop, String sku) {
    try {
      return Optional.of(api.call(api.inventory.getInventoryItem(sku, SellContext.read(shop, "getInventoryItem"))));
    } catch (PlatformRequestException e) {
      if (SellContext.status(e, 404) || e.platformCode().equals(SKU_NOT_FOUND)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<Offer> offer(Shop shop, String marketplace, String sku) {
    List<Offer> offers;
    try {
      offers = api.call(api.inventory.getOffers(sku, marketplace, SellContext.read(shop, "getOffers"))).offers();
    } catch (PlatformRequestException e) {
      if (SellContext.status(e, 404)) {
        return Optional.empty();
      }
      throw e;
    }
    return offers == null ? Optional.empty()
        : offers.stream().filter(o -> o.marketplaceId() == null || o.marketplaceId().equals(marketplace)).findFirst();
  }

  private static ListingVerdict rejected(String sku, PlatformRequestException e, ErrorCapture errors) {
    return new ListingVerdict(sku, ListingVerdict.Status.REJECTED, null, null, errors.issuesOr(e));
  }
}
