package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The listing module (刊登): templates, publishing one product to many shops, bulk edits, the
 * platform's verdicts, pairing existing listings (配对) and monitoring. Obtained from {@code
 * erp.listings()}; thread-safe.
 *
 * <h2>Publishing, and what happens on a crash</h2>
 *
 * For every shop and SKU, {@link #publish} renders the shop's platform template and the price,
 * validates the required attributes (a problem keeps the listing a DRAFT and is reported per shop
 * and attribute; nothing is sent), then stores the submission as a {@linkplain PendingSubmission
 * pending intent} in one transaction, calls the shop's {@code ListingPublisher}, and stores the
 * verdict in another. The calls go through the connectors, which pace them by each shop's rate
 * limits. A publisher that dies between the two transactions leaves the intent; {@link #resume()}
 * finds it and, for a listing the platform never had (a create), first reads the platform's listing
 * ({@code ListingSource}) and adopts what is there instead of sending it again, so no listing is
 * created twice. An update of an existing listing is re-sent: a put replaces, so sending it twice
 * is harmless.
 *
 * <p>After an accepted put, the listing is read back once when the connector can read listings:
 * buyable makes it LIVE, refused makes it REJECTED, anything else leaves it SUBMITTED for {@link
 * #poll}. A connector that cannot read listings makes an accepted listing LIVE at once.
 *
 * <p>Every change emits an event ({@code listing.*}, see {@link
 * dev.crossborder.erp.event.EventTypes}).
 */
public interface Listings {

  /**
   * Stores {@code template}, replacing one with the same id.
   *
   * @return the template
   */
  ListingTemplate saveTemplate(ListingTemplate template);

  /** The template with {@code id}. */
  Optional<ListingTemplate> template(String id);

  /** The templates of {@code platform}. */
  List<ListingTemplate> templates(PlatformId platform);

  /**
   * Publishes every SKU of {@code product} to each of {@code shops}: creates or updates the
   * listings, validates, submits and records the verdicts. The seller SKU of a new listing is the
   * SKU code.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code productId} or {@code shopId}
   *     for an unknown product or shop, and on {@code template} when a shop's platform has no
   *     template for the product's category; checked for every shop before anything is written
   * @throws dev.crossborder.erp.kernel.ConfigurationException when a shop's platform has no
   *     connector with a {@code ListingPublisher}
   * @throws dev.crossborder.erp.kernel.InvalidInputException when the price rule cannot price a SKU
   *     (no unit cost, no exchange rate), checked before anything is sent
   */
  PublishReport publish(ProductId product, Collection<ShopId> shops, PricePolicy pricing);

  /**
   * Applies bulk edits (price, title, quantity) and submits the changed listings through the same
   * path as {@link #publish}.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code sellerSku} for an unknown
   *     listing
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code price} for a price outside
   *     the floor and ceiling of {@code pricing}'s rule for the shop; checked for every edit before
   *     anything is written
   */
  PublishReport edit(List<ListingEdit> edits, PricePolicy pricing);

  /**
   * Deactivates the listing on its platform (a delete) and marks it INACTIVE.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code sellerSku} for an unknown
   *     listing
   */
  PublishOutcome deactivate(ShopId shop, String sellerSku);

  /**
   * Finishes every pending submission (left by a crash or by an unreachable platform): asks the
   * platform first for creates, re-sends otherwise, and stores the verdicts.
   */
  PublishReport resume();

  /** Asks the platforms about every SUBMITTED listing and records LIVE or REJECTED answers. */
  PublishReport poll();

  /**
   * Reads every listing of {@code shop} from its platform, records what the platform shows, and
   * pairs listings the SDK does not know with local SKUs: by the mapping table, then by seller SKU
   * equal to a SKU code, then by a barcode equal to exactly one SKU's barcode. Unpaired listings are
   * stored without a SKU and reported.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code shopId} for an unknown shop
   * @throws dev.crossborder.erp.kernel.ConfigurationException when the platform's connector has no
   *     {@code ListingSource}
   */
  PairingReport importListings(ShopId shop);

  /**
   * Pairs {@code sellerSku} of {@code shop} with {@code sku} in the mapping table, and the stored
   * listing too if there is one.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code sku} for an unknown SKU, or
   *     {@code shopId}
   */
  void pair(ShopId shop, String sellerSku, SkuCode sku);

  /**
   * The local SKU that {@code sellerSku} of {@code shop} stands for: the paired listing's SKU, or
   * the mapping table's. Order import resolves order lines with it.
   */
  Optional<SkuCode> resolve(ShopId shop, String sellerSku);

  /** The listing {@code sellerSku} of {@code shop}. */
  Optional<Listing> listing(ShopId shop, String sellerSku);

  /** The listings matching {@code query}, ordered by shop, then seller SKU. */
  Page<Listing> listings(ListingQuery query, PageRequest page);

  /**
   * The listings that need attention: rejected ones, those whose state the platform has not
   * confirmed for longer than {@code staleAfter}, and those whose platform price or quantity (as
   * last read by {@link #importListings}) differs from what the SDK pushed.
   */
  List<ListingAlert> attention(Duration staleAfter);
}
