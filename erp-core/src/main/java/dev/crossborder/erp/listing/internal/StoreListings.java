package dev.crossborder.erp.listing.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.ErpException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingAlert;
import dev.crossborder.erp.listing.ListingEdit;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.Listings;
import dev.crossborder.erp.listing.PairingMethod;
import dev.crossborder.erp.listing.PairingReport;
import dev.crossborder.erp.listing.PendingSubmission;
import dev.crossborder.erp.listing.PlatformSnapshot;
import dev.crossborder.erp.listing.PriceQuote;
import dev.crossborder.erp.listing.PricePolicy;
import dev.crossborder.erp.listing.PriceRule;
import dev.crossborder.erp.listing.PublishOutcome;
import dev.crossborder.erp.listing.PublishOutcome.Result;
import dev.crossborder.erp.listing.PublishReport;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.ExchangeRateProvider;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Listings} over the store's {@link ListingRepository} and the connectors' listing
 * capabilities. Stateless apart from its collaborators; thread-safe.
 *
 * <p>Every platform call happens outside a store transaction: the intent is committed before it,
 * the verdict after it, so a crash in between is found by {@link #resume()}.
 */
public final class StoreListings implements Listings {
  private static final Logger log = LoggerFactory.getLogger(StoreListings.class);
  private static final int PAGE = 200;
  private static final String REQUEST_REFUSED = "REQUEST_REFUSED";

  private final ErpContext ctx;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final ExchangeRateProvider rates;

  /**
   * Creates the service.
   *
   * @param ctx the tenant, store, clock and ids
   * @param connectors the connectors by platform
   * @param rates the exchange rates price rules convert with
   */
  public StoreListings(ErpContext ctx, Map<PlatformId, PlatformConnector> connectors, ExchangeRateProvider rates) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.connectors = Map.copyOf(connectors);
    this.rates = requireNonNull(rates, "rates == null");
  }

  // ---------------------------------------------------------------- templates

  @Override
  public ListingTemplate saveTemplate(ListingTemplate template) {
    requireNonNull(template, "template == null");
    return ctx.tx(tx -> {
      tx.repository(ListingRepository.class).saveTemplate(template);
      ctx.emit(tx, "listing_template", template.id(), EventTypes.LISTING_TEMPLATE_SAVED,
          Map.of("templateId", template.id(), "platform", template.platform()));
      return template;
    });
  }

  @Override
  public Optional<ListingTemplate> template(String id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(ListingRepository.class).template(id));
  }

  @Override
  public List<ListingTemplate> templates(PlatformId platform) {
    requireNonNull(platform, "platform == null");
    return ctx.tx(tx -> tx.repository(ListingRepository.class).templates(platform));
  }

  // ---------------------------------------------------------------- publish

  /** One listing to submit: its shop, SKU, rendered attributes and price. */
  private record Work(
      Shop shop,
      Sku sku,
      ListingTemplate template,
      TemplateRenderer.Rendered rendered,
      @Nullable PriceQuote quote) {}

  @Override
  public PublishReport publish(ProductId productId, Collection<ShopId> shopIds, PricePolicy pricing) {
    requireNonNull(productId, "productId == null");
    requireNonNull(pricing, "pricing == null");
    if (requireNonNull(shopIds, "shops == null").isEmpty()) {
      throw new InvalidInputException("shops", "[]", "must name at least one shop");
    }
    // Everything that can refuse the whole request is checked before anything is written or sent.
    List<Work> work = ctx.tx(tx -> {
      Product product = tx.repository(CatalogRepository.class).findProduct(productId)
          .orElseThrow(() -> new NotFoundException("productId", productId.value()));
      List<ListingTemplate> templates = new ArrayList<>();
      List<Work> items = new ArrayList<>();
      for (ShopId shopId : new LinkedHashSet<>(shopIds)) {
        Shop shop = shop(tx, shopId);
        publisher(shop);
        ListingTemplate template = templateFor(tx, shop.platform(), product.category().orElse(null));
        templates.add(template);
        Optional<PriceRule> rule = pricing.ruleFor(shopId);
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), shop.zone());
        for (Sku sku : product.skus()) {
          Map<String, Object> overrides = tx.repository(ListingRepository.class)
              .find(shopId, sku.code().value()).map(Listing::overrides).orElse(Map.of());
          PriceQuote quote = rule.map(r -> r.quote(sku, shop, today, rates)).orElse(null);
          items.add(new Work(shop, sku, template, TemplateRenderer.render(template, product, sku, shop, overrides), quote));
        }
      }
      return items;
    });
    List<PublishOutcome> outcomes = new ArrayList<>();
    for (Work w : work) {
      outcomes.add(publishOne(productId, w));
    }
    return new PublishReport(outcomes);
  }

  private PublishOutcome publishOne(ProductId productId, Work w) {
    ShopId shopId = w.shop().id();
    String sellerSku = w.sku().code().value();
    Optional<Listing> current = ctx.tx(tx -> tx.repository(ListingRepository.class).find(shopId, sellerSku));
    if (current.isPresent() && current.get().isPending()) {
      // A submission of an earlier run may have reached the platform: settle it first.
      settle(w.shop(), current.get());
      current = ctx.tx(tx -> tx.repository(ListingRepository.class).find(shopId, sellerSku));
    }
    if (current.isPresent() && unchanged(current.get(), w)) {
      return outcome(current.get(), Result.UNCHANGED, current.get().issues(), null);
    }
    Instant now = ctx.clock().instant();
    Listing intent = ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      Listing stored = repo.find(shopId, sellerSku).orElse(Listing.draft(shopId, sellerSku, now));
      Listing.Builder next = stored.toBuilder()
          .product(productId)
          .paired(w.sku().code(), PairingMethod.PUBLISHED)
          .rendered(w.template().productType(), w.rendered().attributes())
          .price(w.quote() == null ? stored.price() : w.quote().price(), w.quote() == null ? stored.priceQuote() : w.quote())
          .updatedAt(now);
      if (!w.rendered().isValid()) {
        next.issues(w.rendered().problems()).pending(null);
        if (stored.status() != ListingStatus.LIVE && stored.status() != ListingStatus.SUBMITTED) {
          next.status(ListingStatus.DRAFT);
        }
      } else {
        next.pending(new PendingSubmission(ctx.ids().nextId(), isCreate(stored), now)).lastError(null);
      }
      return save(tx, stored, next.build(), "rendered");
    });
    if (!w.rendered().isValid()) {
      return outcome(intent, Result.INVALID, intent.issues(), null);
    }
    return send(w.shop(), intent);
  }

  /** Whether {@code stored} is on the platform already with exactly what {@code w} would send. */
  private boolean unchanged(Listing stored, Work w) {
    if (stored.isPending() || !w.rendered().isValid()
        || (stored.status() != ListingStatus.LIVE && stored.status() != ListingStatus.SUBMITTED)) {
      return false;
    }
    Money price = w.quote() == null ? stored.price() : w.quote().price();
    return w.template().productType().equals(stored.productType())
        && java.util.Objects.equals(price, stored.price())
        && canonical(stored.attributes()).equals(canonical(w.rendered().attributes()));
  }

  /** Attributes as JSON text with sorted keys: equal for equal values whatever their Java types. */
  private String canonical(Map<String, Object> attributes) {
    try {
      return ctx.json().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(attributes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("listing attributes are not serialisable", e);
    }
  }

  private static boolean isCreate(Listing stored) {
    return stored.platformListingId() == null
        && stored.status() != ListingStatus.LIVE
        && stored.status() != ListingStatus.SUBMITTED
        && stored.status() != ListingStatus.INACTIVE;
  }

  /** Sends {@code listing}'s pending submission and stores the verdict. */
  private PublishOutcome send(Shop shop, Listing listing) {
    PendingSubmission pending = requireNonNull(listing.pending(), "pending");
    ListingVerdict verdict;
    try {
      verdict = publisher(shop).put(shop, listing.submission());
    } catch (PlatformRequestException e) {
      // The platform refused the request itself (a 4xx that is not a rate limit or an
      // authorisation failure): a rejection, with the platform's words as the issue.
      List<PlatformIssue> issues =
          List.of(new PlatformIssue(REQUEST_REFUSED, e.getMessage(), PlatformIssue.Severity.ERROR, List.of()));
      return apply(shop, listing, pending, ListingStatus.REJECTED, null, issues, null);
    } catch (ErpException e) {
      // Rate limit, outage, authorisation, an unreadable answer, or a shop the connector cannot
      // serve: the platform may or may not have the submission, so the intent stays for resume(),
      // which asks before sending. One listing's failure never stops the others.
      return keepForLater(listing, pending, e);
    }
    if (verdict.status() == ListingVerdict.Status.REJECTED) {
      return apply(shop, listing, pending, ListingStatus.REJECTED, verdict.platformListingId(), verdict.issues(), null);
    }
    Optional<ListingSource> source = capability(shop, ListingSource.class);
    if (source.isEmpty()) {
      return apply(shop, listing, pending, ListingStatus.LIVE, verdict.platformListingId(), verdict.issues(), null);
    }
    PublishOutcome submitted =
        apply(shop, listing, pending, ListingStatus.SUBMITTED, verdict.platformListingId(), verdict.issues(), null);
    return readBack(shop, submitted.sellerSku(), submitted);
  }

  /** Asks the platform for a SUBMITTED listing's state and records a final answer. */
  private PublishOutcome readBack(Shop shop, String sellerSku, PublishOutcome otherwise) {
    ShopId shopId = shop.id();
    Optional<PlatformListing> seen;
    try {
      seen = capability(shop, ListingSource.class).orElseThrow().listing(shop, sellerSku);
    } catch (ErpException e) {
      log.debug("read-back of listing {}/{} failed; poll() asks again: {}", shopId, sellerSku, e.getMessage());
      return otherwise;
    }
    if (seen.isEmpty()) {
      return otherwise;
    }
    return adopt(shopId, sellerSku, seen.get(), null);
  }

  /**
   * Records what the platform shows for a listing it has: LIVE unless refused; clears a pending
   * intent with id {@code pendingId} (a create the platform turned out to have).
   */
  private PublishOutcome adopt(ShopId shopId, String sellerSku, PlatformListing seen, @Nullable String pendingId) {
    Instant now = ctx.clock().instant();
    return ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      Listing stored = repo.find(shopId, sellerSku).orElseThrow(() -> new NotFoundException("sellerSku", sellerSku));
      Listing.Builder next = stored.toBuilder()
          .platformListingId(seen.platformListingId())
          .seen(PlatformSnapshot.of(seen, now))
          .confirmedAt(now)
          .updatedAt(now);
      if (pendingId != null && stored.pending() != null && stored.pending().id().equals(pendingId)) {
        next.pending(null).lastError(null);
      }
      if (seen.state() == PlatformListing.State.REJECTED) {
        next.status(ListingStatus.REJECTED).issues(seen.issues());
      } else if (seen.state() != PlatformListing.State.OTHER) {
        // Present and not refused: published. Not buyable yet usually means no stock, which is the
        // stock push's business, not the listing's.
        next.status(ListingStatus.LIVE).issues(seen.issues());
      } else {
        // Present in a state the SDK does not model: the platform has not given its final word,
        // so poll() asks again (an adopted intent must not leave the listing a DRAFT).
        next.status(ListingStatus.SUBMITTED);
      }
      Listing saved = save(tx, stored, next.build(), "platform state");
      return outcome(saved, result(saved.status()), saved.issues(), null);
    });
  }

  /** Stores a verdict for the intent {@code pending}, unless a newer intent replaced it. */
  private PublishOutcome apply(
      Shop shop,
      Listing listing,
      PendingSubmission pending,
      ListingStatus status,
      @Nullable String platformListingId,
      List<PlatformIssue> issues,
      @Nullable String error) {
    Instant now = ctx.clock().instant();
    return ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      Listing stored = repo.find(shop.id(), listing.sellerSku())
          .orElseThrow(() -> new NotFoundException("sellerSku", listing.sellerSku()));
      if (stored.pending() == null || !stored.pending().id().equals(pending.id())) {
        // Another publisher settled or replaced this intent meanwhile; its word stands.
        return outcome(stored, result(stored.status()), stored.issues(), null);
      }
      Listing saved = save(tx, stored, stored.toBuilder()
          .status(status)
          .platformListingId(platformListingId)
          .issues(issues)
          .pending(null)
          .lastError(error)
          .confirmedAt(now)
          .updatedAt(now)
          .build(), "verdict");
      return outcome(saved, result(status), issues, null);
    });
  }

  private PublishOutcome keepForLater(Listing listing, PendingSubmission pending, ErpException e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    Instant now = ctx.clock().instant();
    return ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      Listing stored = repo.find(listing.shop(), listing.sellerSku()).orElseThrow();
      if (stored.pending() == null || !stored.pending().id().equals(pending.id())) {
        return outcome(stored, result(stored.status()), stored.issues(), null);
      }
      Listing saved = repo.update(stored.toBuilder().lastError(error).updatedAt(now).build());
      return outcome(saved, Result.RETRY_LATER, saved.issues(), error);
    });
  }

  // ---------------------------------------------------------------- resume, poll, edit, deactivate

  @Override
  public PublishReport resume() {
    List<PublishOutcome> outcomes = new ArrayList<>();
    forEachListing(ListingQuery.all().withPendingOnly(), listing -> {
      Shop shop = ctx.tx(tx -> shop(tx, listing.shop()));
      outcomes.add(settle(shop, listing));
    });
    return new PublishReport(outcomes);
  }

  /**
   * Settles a pending intent: a create is looked up on the platform first and adopted if there;
   * anything else is (re-)sent.
   */
  private PublishOutcome settle(Shop shop, Listing listing) {
    PendingSubmission pending = requireNonNull(listing.pending(), "pending");
    Optional<ListingSource> source = capability(shop, ListingSource.class);
    if (pending.create() && source.isPresent()) {
      Optional<PlatformListing> there;
      try {
        there = source.get().listing(shop, listing.sellerSku());
      } catch (ErpException e) {
        return keepForLater(listing, pending, e);
      }
      if (there.isPresent()) {
        return adopt(shop.id(), listing.sellerSku(), there.get(), pending.id());
      }
    }
    return send(shop, listing);
  }

  @Override
  public PublishReport poll() {
    List<PublishOutcome> outcomes = new ArrayList<>();
    forEachListing(ListingQuery.all().withStatuses(java.util.Set.of(ListingStatus.SUBMITTED)), listing -> {
      if (listing.isPending()) {
        return;
      }
      Shop shop = ctx.tx(tx -> shop(tx, listing.shop()));
      if (capability(shop, ListingSource.class).isEmpty()) {
        return;
      }
      PublishOutcome unchanged = outcome(listing, Result.SUBMITTED, listing.issues(), null);
      outcomes.add(readBack(shop, listing.sellerSku(), unchanged));
    });
    return new PublishReport(outcomes);
  }

  @Override
  public PublishReport edit(List<ListingEdit> edits, PricePolicy pricing) {
    requireNonNull(edits, "edits == null");
    requireNonNull(pricing, "pricing == null");
    Instant now = ctx.clock().instant();
    // Check every edit before writing any.
    Map<ListingEdit, PriceQuote> quotes = new HashMap<>();
    Map<ListingEdit, String> titleAttributes = new HashMap<>();
    Map<ShopId, Shop> shops = new LinkedHashMap<>();
    ctx.tx(tx -> {
      for (ListingEdit edit : edits) {
        Shop shop = shops.computeIfAbsent(edit.shop(), id -> shop(tx, id));
        Listing listing = tx.repository(ListingRepository.class).find(edit.shop(), edit.sellerSku())
            .orElseThrow(() -> new NotFoundException("sellerSku", edit.shop().value() + "/" + edit.sellerSku()));
        if (listing.productType() == null) {
          throw new InvalidInputException("sellerSku", edit.sellerSku(),
              "was imported and never published from a template; publish its product first");
        }
        if (edit.price() != null) {
          Money price = edit.price();
          if (!price.currency().equals(shop.currency())) {
            throw new CurrencyMismatchException(shop.currency(), price.currency());
          }
          quotes.put(edit, pricing.ruleFor(edit.shop()).orElse(PriceRule.fromBasePrice(price)).check(price));
        }
        if (edit.title() != null) {
          titleAttributes.put(edit, titleAttribute(tx, shop, listing));
        }
      }
      return null;
    });
    List<PublishOutcome> outcomes = new ArrayList<>();
    for (ListingEdit edit : edits) {
      Shop shop = shops.get(edit.shop());
      Optional<Listing> earlier = ctx.tx(tx -> tx.repository(ListingRepository.class).find(edit.shop(), edit.sellerSku()));
      if (earlier.isPresent() && earlier.get().isPending()) {
        settle(shop, earlier.get());
      }
      Listing intent = ctx.tx(tx -> {
        ListingRepository repo = tx.repository(ListingRepository.class);
        Listing stored = repo.find(edit.shop(), edit.sellerSku()).orElseThrow();
        Listing.Builder next = stored.toBuilder().updatedAt(now);
        if (edit.price() != null) {
          next.price(edit.price(), quotes.get(edit));
        }
        if (edit.quantity() != null) {
          next.quantity(edit.quantity());
        }
        if (edit.title() != null) {
          String attribute = titleAttributes.get(edit);
          Map<String, Object> overrides = new LinkedHashMap<>(stored.overrides());
          overrides.put(attribute, edit.title());
          Map<String, Object> attributes = new LinkedHashMap<>(stored.attributes());
          attributes.put(attribute, edit.title());
          next.overrides(overrides).rendered(stored.productType(), attributes);
        }
        next.pending(new PendingSubmission(ctx.ids().nextId(), isCreate(stored), now)).lastError(null);
        return save(tx, stored, next.build(), "edited");
      });
      outcomes.add(send(shop, intent));
    }
    return new PublishReport(outcomes);
  }

  private String titleAttribute(StoreTransaction tx, Shop shop, Listing listing) {
    String category = listing.product() == null ? null : tx.repository(CatalogRepository.class)
        .findProduct(listing.product()).flatMap(Product::category).orElse(null);
    String attribute = templateFor(tx, shop.platform(), category).titleAttribute();
    if (attribute == null) {
      throw new InvalidInputException("title", listing.sellerSku(),
          "cannot be edited: the " + shop.platform().value() + " template names no title attribute");
    }
    return attribute;
  }

  @Override
  public PublishOutcome deactivate(ShopId shopId, String sellerSku) {
    requireNonNull(shopId, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    Shop shop = ctx.tx(tx -> shop(tx, shopId));
    Listing listing = ctx.tx(tx -> tx.repository(ListingRepository.class).find(shopId, sellerSku))
        .orElseThrow(() -> new NotFoundException("sellerSku", shopId.value() + "/" + sellerSku));
    ListingVerdict verdict;
    try {
      verdict = publisher(shop).delete(shop, sellerSku);
    } catch (ConnectorException e) {
      return outcome(listing, Result.RETRY_LATER, listing.issues(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    Instant now = ctx.clock().instant();
    return ctx.tx(tx -> {
      Listing stored = tx.repository(ListingRepository.class).find(shopId, sellerSku).orElseThrow();
      if (verdict.status() == ListingVerdict.Status.REJECTED) {
        Listing saved = save(tx, stored, stored.toBuilder().issues(verdict.issues()).updatedAt(now).build(), "deactivation refused");
        return outcome(saved, Result.REJECTED, verdict.issues(), null);
      }
      Listing saved = save(tx, stored,
          stored.toBuilder().status(ListingStatus.INACTIVE).pending(null).confirmedAt(now).updatedAt(now).build(),
          "deactivated");
      return outcome(saved, Result.INACTIVE, saved.issues(), null);
    });
  }

  // ---------------------------------------------------------------- pairing

  @Override
  public PairingReport importListings(ShopId shopId) {
    requireNonNull(shopId, "shop == null");
    Shop shop = ctx.tx(tx -> shop(tx, shopId));
    ListingSource source = capability(shop, ListingSource.class).orElseThrow(() -> new ConfigurationException(
        "the " + shop.platform().value() + " connector cannot read listings (no ListingSource)"));
    BarcodeIndex barcodes = new BarcodeIndex();
    List<PairingReport.Paired> paired = new ArrayList<>();
    List<PairingReport.Unpaired> unpaired = new ArrayList<>();
    int read = 0;
    String cursor = null;
    do {
      PlatformPage<PlatformListing> page = source.listings(shop, cursor);
      read += page.items().size();
      Instant now = ctx.clock().instant();
      ctx.tx(tx -> {
        for (PlatformListing seen : page.items()) {
          importOne(tx, shopId, seen, now, barcodes, paired, unpaired);
        }
        return null;
      });
      cursor = page.nextCursor().orElse(null);
    } while (cursor != null);
    return new PairingReport(shopId, read, paired, unpaired);
  }

  private void importOne(
      StoreTransaction tx,
      ShopId shopId,
      PlatformListing seen,
      Instant now,
      BarcodeIndex barcodes,
      List<PairingReport.Paired> paired,
      List<PairingReport.Unpaired> unpaired) {
    ListingRepository repo = tx.repository(ListingRepository.class);
    Optional<Listing> known = repo.find(shopId, seen.sellerSku());
    Listing stored = known.orElse(Listing.draft(shopId, seen.sellerSku(), now));
    Listing.Builder next = stored.toBuilder()
        .platformListingId(seen.platformListingId())
        .seen(PlatformSnapshot.of(seen, now))
        .confirmedAt(now)
        .updatedAt(now);
    if (!stored.isPending()) {
      next.status(switch (seen.state()) {
        case ACTIVE -> ListingStatus.LIVE;
        case REJECTED -> ListingStatus.REJECTED;
        // Not buyable: for a listing this SDK published and did not deactivate, that is a listing
        // without stock (the stock push's business); otherwise the SDK cannot tell it from closed.
        case INACTIVE -> stored.product() != null && stored.status() != ListingStatus.INACTIVE
            ? ListingStatus.LIVE : ListingStatus.INACTIVE;
        case OTHER -> stored.status();
      });
      next.issues(seen.issues());
    }
    if (stored.sku() == null) {
      Optional<SkuCode> mapped = repo.mapping(shopId, seen.sellerSku());
      CatalogRepository catalog = tx.repository(CatalogRepository.class);
      if (mapped.isPresent()) {
        next.paired(mapped.get(), PairingMethod.MAPPING);
      } else if (isSkuCode(seen.sellerSku()) && catalog.findSku(SkuCode.of(seen.sellerSku())).isPresent()) {
        next.paired(SkuCode.of(seen.sellerSku()), PairingMethod.SELLER_SKU);
      } else if (seen.gtin() != null) {
        List<SkuCode> matches = barcodes.lookup(tx, seen.gtin());
        if (matches.size() == 1) {
          next.paired(matches.get(0), PairingMethod.BARCODE);
        } else if (matches.size() > 1) {
          unpaired.add(new PairingReport.Unpaired(seen.sellerSku(), seen.platformListingId(),
              "barcode " + seen.gtin() + " matches " + matches.size() + " SKUs", matches));
        }
      }
    }
    Listing saved = save(tx, stored, next.build(), "imported");
    if (saved.sku() != null) {
      paired.add(new PairingReport.Paired(saved.sellerSku(), saved.sku(), requireNonNull(saved.pairedBy())));
      if (stored.sku() == null) {
        emitPaired(tx, saved);
      }
    } else if (unpaired.stream().noneMatch(u -> u.sellerSku().equals(saved.sellerSku()))) {
      unpaired.add(new PairingReport.Unpaired(saved.sellerSku(), saved.platformListingId(),
          "no mapping, SKU code or barcode matches", List.of()));
    }
  }

  private static boolean isSkuCode(String text) {
    try {
      SkuCode.of(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** Barcode → SKU codes, built from the catalog on first use within one import. */
  private static final class BarcodeIndex {
    private @Nullable Map<String, List<SkuCode>> index;

    List<SkuCode> lookup(StoreTransaction tx, String barcode) {
      if (index == null) {
        Map<String, List<SkuCode>> built = new HashMap<>();
        CatalogRepository catalog = tx.repository(CatalogRepository.class);
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Product> page;
        do {
          page = catalog.products(request);
          for (Product product : page.items()) {
            for (Sku sku : product.skus()) {
              sku.barcode().ifPresent(b -> built.computeIfAbsent(b, k -> new ArrayList<>()).add(sku.code()));
            }
          }
          request = request.next(page);
        } while (page.nextCursor().isPresent());
        index = built;
      }
      return index.getOrDefault(barcode.strip(), List.of());
    }
  }

  @Override
  public void pair(ShopId shopId, String sellerSku, SkuCode sku) {
    requireNonNull(shopId, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    requireNonNull(sku, "sku == null");
    Instant now = ctx.clock().instant();
    ctx.tx(tx -> {
      shop(tx, shopId);
      tx.repository(CatalogRepository.class).findSku(sku).orElseThrow(() -> new NotFoundException("sku", sku.value()));
      ListingRepository repo = tx.repository(ListingRepository.class);
      repo.saveMapping(shopId, sellerSku, sku);
      Optional<Listing> stored = repo.find(shopId, sellerSku);
      if (stored.isPresent()) {
        Listing saved = save(tx, stored.get(),
            stored.get().toBuilder().paired(sku, PairingMethod.MAPPING).updatedAt(now).build(), "paired");
        emitPaired(tx, saved);
      }
      return null;
    });
  }

  @Override
  public Optional<SkuCode> resolve(ShopId shopId, String sellerSku) {
    requireNonNull(shopId, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    return ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      Optional<SkuCode> paired = repo.find(shopId, sellerSku).map(Listing::sku);
      return paired.isPresent() ? paired : repo.mapping(shopId, sellerSku);
    });
  }

  // ---------------------------------------------------------------- queries

  @Override
  public Optional<Listing> listing(ShopId shopId, String sellerSku) {
    requireNonNull(shopId, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    return ctx.tx(tx -> tx.repository(ListingRepository.class).find(shopId, sellerSku));
  }

  @Override
  public Page<Listing> listings(ListingQuery query, PageRequest page) {
    requireNonNull(query, "query == null");
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(ListingRepository.class).list(query, page));
  }

  @Override
  public List<ListingAlert> attention(Duration staleAfter) {
    requireNonNull(staleAfter, "staleAfter == null");
    if (staleAfter.isNegative() || staleAfter.isZero()) {
      throw new InvalidInputException("staleAfter", staleAfter, "must be positive");
    }
    Instant staleBefore = ctx.clock().instant().minus(staleAfter);
    List<ListingAlert> alerts = new ArrayList<>();
    forEachListing(ListingQuery.all(), listing -> {
      if (listing.status() == ListingStatus.REJECTED) {
        String first = listing.issues().isEmpty() ? "no issue reported" : listing.issues().get(0).message();
        alerts.add(new ListingAlert(listing, ListingAlert.Kind.REJECTED, first));
      }
      boolean confirmable = listing.status() == ListingStatus.LIVE || listing.status() == ListingStatus.SUBMITTED;
      if (confirmable && (listing.confirmedAt() == null || listing.confirmedAt().isBefore(staleBefore))) {
        alerts.add(new ListingAlert(listing, ListingAlert.Kind.STALE,
            "not confirmed by the platform since " + (listing.confirmedAt() == null ? "ever" : listing.confirmedAt())));
      }
      PlatformSnapshot seen = listing.seen();
      // Drift only means something when the platform was read after the SDK's last push.
      if (seen != null && !listing.isPending() && !seen.seenAt().isBefore(listing.updatedAt())) {
        if (listing.price() != null && seen.price() != null && !samePrice(listing.price(), seen.price())) {
          alerts.add(new ListingAlert(listing, ListingAlert.Kind.PRICE_DRIFT,
              "pushed " + listing.price() + ", platform shows " + seen.price()));
        }
        if (listing.quantity() != null && listing.quantity() != seen.quantity()) {
          alerts.add(new ListingAlert(listing, ListingAlert.Kind.QUANTITY_DRIFT,
              "pushed " + listing.quantity() + ", platform shows " + seen.quantity()));
        }
      }
    });
    alerts.sort(Comparator.comparing((ListingAlert a) -> a.listing().shop().value())
        .thenComparing(a -> a.listing().sellerSku()));
    return alerts;
  }

  // ---------------------------------------------------------------- helpers

  private static boolean samePrice(Money a, Money b) {
    return a.currency().equals(b.currency()) && a.compareTo(b) == 0;
  }

  private void forEachListing(ListingQuery query, Consumer<Listing> action) {
    PageRequest request = PageRequest.first(PAGE);
    Page<Listing> page;
    do {
      PageRequest current = request;
      page = ctx.tx(tx -> tx.repository(ListingRepository.class).list(query, current));
      page.items().forEach(action);
      request = request.next(page);
    } while (page.nextCursor().isPresent());
  }

  private Shop shop(StoreTransaction tx, ShopId id) {
    return tx.repository(ShopRepository.class).find(id).orElseThrow(() -> new NotFoundException("shopId", id.value()));
  }

  private ListingTemplate templateFor(StoreTransaction tx, PlatformId platform, @Nullable String category) {
    List<ListingTemplate> candidates = tx.repository(ListingRepository.class).templates(platform);
    return candidates.stream().filter(t -> t.category() != null && t.category().equals(category)).findFirst()
        .or(() -> candidates.stream().filter(t -> t.category() == null).findFirst())
        .orElseThrow(() -> new NotFoundException(
            "template", platform.value() + (category == null ? "" : " for category " + category)));
  }

  private ListingPublisher publisher(Shop shop) {
    return capability(shop, ListingPublisher.class).orElseThrow(() -> new ConfigurationException(
        "no connector with a ListingPublisher for platform " + shop.platform().value()
            + " (shop " + shop.id().value() + ")"));
  }

  private <T extends Capability> Optional<T> capability(Shop shop, Class<T> type) {
    PlatformConnector connector = connectors.get(shop.platform());
    return connector == null ? Optional.empty() : connector.capability(type);
  }

  /** Inserts or updates {@code next} and emits its events. */
  private Listing save(StoreTransaction tx, Listing stored, Listing next, String change) {
    ListingRepository repo = tx.repository(ListingRepository.class);
    boolean insert = stored.version() == 0 && repo.find(stored.shop(), stored.sellerSku()).isEmpty();
    Listing saved;
    if (insert) {
      repo.insert(next);
      saved = next;
    } else {
      saved = repo.update(next);
    }
    String aggregate = saved.shop().value() + "/" + saved.sellerSku();
    Map<String, Object> payload = payload(saved);
    payload.put("status", saved.status());
    payload.put("change", change);
    ctx.emit(tx, "listing", aggregate, EventTypes.LISTING_SAVED, payload);
    if (insert || stored.status() != saved.status()) {
      Map<String, Object> status = payload(saved);
      status.put("from", insert ? "" : stored.status().name());
      status.put("to", saved.status());
      ctx.emit(tx, "listing", aggregate, EventTypes.LISTING_STATUS_CHANGED, status);
    }
    return saved;
  }

  private static Map<String, Object> payload(Listing listing) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("shopId", listing.shop());
    payload.put("sellerSku", listing.sellerSku());
    payload.put("sku", listing.sku() == null ? "" : listing.sku().value());
    return payload;
  }

  private void emitPaired(StoreTransaction tx, Listing listing) {
    ctx.emit(tx, "listing", listing.shop().value() + "/" + listing.sellerSku(), EventTypes.LISTING_PAIRED,
        Map.of("shopId", listing.shop(), "sellerSku", listing.sellerSku(), "sku", requireNonNull(listing.sku()),
            "method", requireNonNull(listing.pairedBy())));
  }

  private static PublishOutcome outcome(Listing listing, Result result, List<PlatformIssue> issues, @Nullable String error) {
    return new PublishOutcome(listing.shop(), listing.sellerSku(), listing.sku(), result, listing.status(), issues, error);
  }

  private static Result result(ListingStatus status) {
    return switch (status) {
      case DRAFT -> Result.INVALID;
      case SUBMITTED -> Result.SUBMITTED;
      case LIVE -> Result.LIVE;
      case REJECTED -> Result.REJECTED;
      case INACTIVE -> Result.INACTIVE;
    };
  }
}
