package dev.crossborder.erp.store;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.util.List;
import java.util.Optional;

/**
 * Listings, listing templates and the pairing table (shop + seller SKU → SKU) of the transaction's
 * tenant. A listing is keyed by (shop, seller SKU).
 */
public interface ListingRepository {

  /** The listing {@code sellerSku} of {@code shop}. */
  Optional<Listing> find(ShopId shop, String sellerSku);

  /**
   * Inserts a new listing at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code sellerSku} if the shop has
   *     it already
   */
  void insert(Listing listing);

  /**
   * Replaces a listing if its stored version equals {@code listing.version()}; returns it at the
   * next version.
   *
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code sellerSku} if there is no such
   *     listing
   */
  Listing update(Listing listing);

  /** The listings matching {@code query}, ordered by shop id, then seller SKU. */
  Page<Listing> list(ListingQuery query, PageRequest page);

  /** Every listing paired with {@code sku}, ordered by shop id, then seller SKU. */
  List<Listing> bySku(SkuCode sku);

  /** Inserts or replaces the template with {@code template.id()}. */
  void saveTemplate(ListingTemplate template);

  /** The template with {@code id}. */
  Optional<ListingTemplate> template(String id);

  /** The templates of {@code platform}, ordered by id. */
  List<ListingTemplate> templates(PlatformId platform);

  /** Inserts or replaces the pairing of {@code sellerSku} in {@code shop} with {@code sku}. */
  void saveMapping(ShopId shop, String sellerSku, SkuCode sku);

  /** The SKU the mapping table pairs {@code sellerSku} of {@code shop} with. */
  Optional<SkuCode> mapping(ShopId shop, String sellerSku);

  /**
   * The catalog SKU {@code sellerSku} of {@code shop} stands for: the SKU of its listing if there is
   * one, else the mapping table's. This is how order import resolves a seller SKU without depending
   * on the listing types.
   */
  default Optional<SkuCode> pairedSku(ShopId shop, String sellerSku) {
    return find(shop, sellerSku).map(Listing::sku).or(() -> mapping(shop, sellerSku));
  }
}
