package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Listings in {@code erp_listing} (the document plus the key, status, paired SKU, pending flag and
 * version columns), templates in {@code erp_listing_template} and the pairing table in {@code
 * erp_listing_mapping}. Bound to one session; not thread-safe.
 */
final class JdbcListingRepository implements ListingRepository {
  private static final String LIST = "listings";
  private static final String COLUMNS = "SELECT version, doc FROM erp_listing";

  private final JdbcSession s;

  JdbcListingRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<Listing> find(ShopId shop, String sellerSku) {
    requireNonNull(shop, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    return s.queryOne(
        "listing",
        COLUMNS + " WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ?",
        this::listing,
        s.tenantId(),
        shop.value(),
        sellerSku);
  }

  @Override
  public void insert(Listing listing) {
    requireNonNull(listing, "listing == null");
    boolean inserted =
        s.insertIfAbsent(
            "listing",
            "INSERT INTO erp_listing"
                + " (tenant_id, shop_id, seller_sku, status, sku_code, pending, version, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            listing.shop().value(),
            listing.sellerSku(),
            listing.status().name(),
            skuCode(listing),
            listing.isPending(),
            0L,
            s.documents().listing(listing));
    if (!inserted) {
      throw new DuplicateKeyException("sellerSku", listing.sellerSku());
    }
  }

  @Override
  public Listing update(Listing listing) {
    requireNonNull(listing, "listing == null");
    long expected = listing.version();
    Listing next = listing.withVersion(expected + 1);
    String shop = listing.shop().value();
    int rows =
        s.update(
            "listing",
            "UPDATE erp_listing SET version = version + 1, status = ?, sku_code = ?, pending = ?,"
                + " doc = ? WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ? AND version = ?",
            next.status().name(),
            skuCode(next),
            next.isPending(),
            s.documents().listing(next),
            s.tenantId(),
            shop,
            listing.sellerSku(),
            expected);
    if (rows > 0) {
      return next;
    }
    if (s.exists(
        "listing",
        "SELECT 1 FROM erp_listing WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ?",
        s.tenantId(),
        shop,
        listing.sellerSku())) {
      throw new ConcurrentUpdateException(
          "listing " + shop + "/" + listing.sellerSku() + " version " + expected);
    }
    throw new NotFoundException("sellerSku", listing.sellerSku());
  }

  @Override
  public Page<Listing> list(ListingQuery query, PageRequest page) {
    requireNonNull(query, "query == null");
    requireNonNull(page, "page == null");
    StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE tenant_id = ?");
    List<Object> args = new ArrayList<>();
    args.add(s.tenantId());
    if (query.shop() != null) {
      sql.append(" AND shop_id = ?");
      args.add(query.shop().value());
    }
    JdbcSession.appendIn(sql, args, "status", query.statuses(), ListingStatus.class);
    if (query.pendingOnly()) {
      sql.append(" AND pending = TRUE");
    }
    if (page.after() != null) {
      Keyset.ShopAndKey after = Keyset.decodeShopAndKey(LIST, page.after());
      sql.append(" AND (shop_id, seller_sku) > (?, ?)");
      args.add(after.shopId());
      args.add(after.key());
    }
    sql.append(" ORDER BY shop_id, seller_sku LIMIT ?");
    args.add(page.limit() + 1);
    List<Listing> rows = s.query("listing", sql.toString(), this::listing, args.toArray());
    return Keyset.page(
        rows,
        page,
        listing -> listing,
        listing -> Keyset.encodeShopAndKey(LIST, listing.shop().value(), listing.sellerSku()));
  }

  @Override
  public List<Listing> bySku(SkuCode sku) {
    requireNonNull(sku, "sku == null");
    return s.query(
        "listing",
        COLUMNS + " WHERE tenant_id = ? AND sku_code = ? ORDER BY shop_id, seller_sku",
        this::listing,
        s.tenantId(),
        sku.value());
  }

  @Override
  public void saveTemplate(ListingTemplate template) {
    requireNonNull(template, "template == null");
    String doc = s.documents().template(template);
    String platform = template.platform().value();
    Upserts.updateOrInsert(
        s,
        "listing template",
        "UPDATE erp_listing_template SET platform = ?, doc = ? WHERE tenant_id = ? AND id = ?",
        new Object[] {platform, doc, s.tenantId(), template.id()},
        "INSERT INTO erp_listing_template (tenant_id, id, platform, doc) VALUES (?, ?, ?, ?)",
        new Object[] {s.tenantId(), template.id(), platform, doc});
  }

  @Override
  public Optional<ListingTemplate> template(String id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "listing template",
        "SELECT doc FROM erp_listing_template WHERE tenant_id = ? AND id = ?",
        this::template,
        s.tenantId(),
        id);
  }

  @Override
  public List<ListingTemplate> templates(PlatformId platform) {
    requireNonNull(platform, "platform == null");
    return s.query(
        "listing template",
        "SELECT doc FROM erp_listing_template WHERE tenant_id = ? AND platform = ? ORDER BY id",
        this::template,
        s.tenantId(),
        platform.value());
  }

  @Override
  public void saveMapping(ShopId shop, String sellerSku, SkuCode sku) {
    requireNonNull(shop, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    requireNonNull(sku, "sku == null");
    Upserts.updateOrInsert(
        s,
        "listing mapping",
        "UPDATE erp_listing_mapping SET sku_code = ?"
            + " WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ?",
        new Object[] {sku.value(), s.tenantId(), shop.value(), sellerSku},
        "INSERT INTO erp_listing_mapping (tenant_id, shop_id, seller_sku, sku_code)"
            + " VALUES (?, ?, ?, ?)",
        new Object[] {s.tenantId(), shop.value(), sellerSku, sku.value()});
  }

  @Override
  public Optional<SkuCode> mapping(ShopId shop, String sellerSku) {
    requireNonNull(shop, "shop == null");
    requireNonNull(sellerSku, "sellerSku == null");
    return s.queryOne(
        "listing mapping",
        "SELECT sku_code FROM erp_listing_mapping"
            + " WHERE tenant_id = ? AND shop_id = ? AND seller_sku = ?",
        rs -> SkuCode.of(rs.getString("sku_code")),
        s.tenantId(),
        shop.value(),
        sellerSku);
  }

  private Listing listing(ResultSet rs) throws SQLException {
    return s.documents().listing(rs.getString("doc"), rs.getLong("version"));
  }

  private ListingTemplate template(ResultSet rs) throws SQLException {
    return s.documents().template(rs.getString("doc"));
  }

  private static Object skuCode(Listing listing) {
    @Nullable SkuCode sku = listing.sku();
    return JdbcSession.nullableText(sku == null ? null : sku.value());
  }
}
