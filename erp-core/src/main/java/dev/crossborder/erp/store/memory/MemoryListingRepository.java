package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The listing repository of one in-memory session: listings by (shop, seller SKU), an index of
 * them by paired SKU, templates by id and the pairing table.
 */
final class MemoryListingRepository implements ListingRepository {
  /** Sorts after every seller SKU of a shop and before the next shop id. */
  private static final String AFTER_SHOP = "\u0000";

  private final MemorySession s;
  private final TenantTables t;

  MemoryListingRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  private static Keys.ShopSku key(ShopId shop, String sellerSku) {
    return new Keys.ShopSku(shop.value(), sellerSku);
  }

  @Override
  public Optional<Listing> find(ShopId shop, String sellerSku) {
    return Optional.ofNullable(s.get(t.listings, key(shop, sellerSku)));
  }

  @Override
  public void insert(Listing listing) {
    Keys.ShopSku key = key(listing.shop(), listing.sellerSku());
    if (s.get(t.listings, key) != null) {
      throw new DuplicateKeyException("sellerSku", listing.sellerSku());
    }
    s.put(t.listings, key, listing.withVersion(0));
    index(key, null, listing.sku());
    s.requireAbsentAtCommit(t.listings, key, "listing " + describe(key));
  }

  @Override
  public Listing update(Listing listing) {
    Keys.ShopSku key = key(listing.shop(), listing.sellerSku());
    Listing stored = s.get(t.listings, key);
    if (stored == null) {
      throw new NotFoundException("sellerSku", listing.sellerSku());
    }
    long expected = listing.version();
    String conflict = "listing " + describe(key) + " version " + expected;
    if (stored.version() != expected) {
      throw new ConcurrentUpdateException(conflict);
    }
    Listing next = listing.withVersion(expected + 1);
    boolean rewrite = s.wrote(t.listings, key);
    s.put(t.listings, key, next);
    index(key, stored.sku(), next.sku());
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          Listing c = t.listings.committed.get(key);
          return c == null || c.version() == expected ? null : conflict;
        });
    return next;
  }

  /** Moves the listing's entry in the SKU index from {@code before} to {@code after}. */
  private void index(Keys.ShopSku key, @Nullable SkuCode before, @Nullable SkuCode after) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before != null) {
      s.remove(t.listingsBySku, new Keys.SkuListing(before.value(), key.shop(), key.sellerSku()));
    }
    if (after != null) {
      s.put(t.listingsBySku, new Keys.SkuListing(after.value(), key.shop(), key.sellerSku()), true);
    }
  }

  @Override
  public Page<Listing> list(ListingQuery query, PageRequest page) {
    Keys.ShopSku after = page.cursor().map(Cursors::decodeShopSku).orElse(null);
    Keys.ShopSku until = null;
    if (query.shop() != null) {
      Keys.ShopSku start = new Keys.ShopSku(query.shop().value(), "");
      if (after == null || after.compareTo(start) < 0) {
        after = start;
      }
      until = new Keys.ShopSku(query.shop().value() + AFTER_SHOP, "");
      if (after.compareTo(until) >= 0) {
        return new Page<>(List.of(), null); // a cursor past the shop, from another query
      }
    }
    var scanned = s.scan(t.listings, after, until, (k, v) -> query.matches(v), page.limit() + 1);
    return Paging.page(scanned, page, v -> v, Cursors::encodeShopSku);
  }

  @Override
  public List<Listing> bySku(SkuCode sku) {
    Keys.SkuListing from = new Keys.SkuListing(sku.value(), "", "");
    Keys.SkuListing until = new Keys.SkuListing(sku.value() + AFTER_SHOP, "", "");
    return s.scan(t.listingsBySku, from, until, (k, v) -> true, Integer.MAX_VALUE).stream()
        .map(Map.Entry::getKey)
        .map(k -> s.get(t.listings, new Keys.ShopSku(k.shop(), k.sellerSku())))
        // a commit between the index scan and the read may have re-paired the listing
        .filter(l -> l != null && sku.equals(l.sku()))
        .toList();
  }

  @Override
  public void saveTemplate(ListingTemplate template) {
    s.put(t.listingTemplates, template.id(), template);
  }

  @Override
  public Optional<ListingTemplate> template(String id) {
    return Optional.ofNullable(s.get(t.listingTemplates, id));
  }

  @Override
  public List<ListingTemplate> templates(PlatformId platform) {
    return s
        .scan(
            t.listingTemplates,
            null,
            null,
            (id, template) -> template.platform().equals(platform),
            Integer.MAX_VALUE)
        .stream()
        .map(Map.Entry::getValue)
        .toList();
  }

  @Override
  public void saveMapping(ShopId shop, String sellerSku, SkuCode sku) {
    s.put(t.listingMappings, key(shop, sellerSku), sku);
  }

  @Override
  public Optional<SkuCode> mapping(ShopId shop, String sellerSku) {
    return Optional.ofNullable(s.get(t.listingMappings, key(shop, sellerSku)));
  }

  private static String describe(Keys.ShopSku key) {
    return key.shop() + "/" + key.sellerSku();
  }
}
