package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.UserError;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.Connection;
import dev.crossborder.erp.platforms.shopify.internal.ProductsWire.InventoryLevel;
import dev.crossborder.erp.platforms.shopify.internal.ProductsWire.Variant;
import dev.crossborder.erp.shop.Shop;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Listings on Shopify: a seller SKU is one product variant, and the connector publishes products
 * of one variant each.
 *
 * <ul>
 *   <li>{@link ListingSource}: {@code productVariants}, {@value #PAGE_SIZE} a page (variants
 *       without a SKU are skipped); one SKU by the search {@code sku:"…"}, matched exactly here.
 *       Price in the shop's currency, quantity the variant's {@code inventoryQuantity}, state from
 *       the product's status ({@code ACTIVE} → active, {@code DRAFT}/{@code ARCHIVED} → inactive,
 *       other → other).
 *   <li>{@link ListingPublisher#put}: looks the SKU up, then {@code productSet} (synchronous) with
 *       the product's id when it exists, so a repeat updates instead of creating a second product.
 *       Attributes that are {@code ProductSetInput} fields ({@value #PRODUCT_FIELD_NAMES}) go in as
 *       given; any other becomes a product metafield in namespace {@value #METAFIELD_NAMESPACE}.
 *       {@code userErrors} are a {@code REJECTED} verdict naming the input field. A SKU whose
 *       product has several variants is refused ({@code productSet} replaces the variant list). A
 *       submission's quantity is then set as by {@link #setQuantity}, starting from the variant the
 *       {@code productSet} answer holds (Shopify's search index may lag a fresh product); if that is
 *       refused the put stays accepted and carries the refusal as warnings.
 *   <li>{@link ListingPublisher#delete}: {@code productDelete}, or {@code
 *       productVariantsBulkDelete} when the product keeps other variants; a SKU Shopify does not
 *       hold is accepted.
 *   <li>{@link InventoryPublisher}: {@code inventorySetQuantities} of {@code available} with
 *       compare-and-set against the quantity just read, at the location of credential {@code
 *       location_id} or the only location the item is stocked at; a stale compare is read again
 *       and retried ({@value #CAS_ATTEMPTS} attempts); a quantity already in place sends nothing.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class ShopifyListings implements ListingSource, ListingPublisher, InventoryPublisher {
  static final int PAGE_SIZE = 40;
  static final int CAS_ATTEMPTS = 3;
  static final String METAFIELD_NAMESPACE = "erp";
  static final String PRODUCT_FIELD_NAMES = "title, descriptionHtml, vendor, handle, tags, status, seo, templateSuffix";
  static final String LOCATION_ID = "location_id";

  private static final Set<String> PRODUCT_FIELDS = Set.of(PRODUCT_FIELD_NAMES.split(", "));
  private static final Pattern METAFIELD_KEY = Pattern.compile("[A-Za-z0-9_-]{2,64}");
  private static final String STALE = "COMPARE_QUANTITY_STALE";

  private final GraphQl graphQl;

  ShopifyListings(GraphQl graphQl) {
    this.graphQl = graphQl;
  }

  @Override
  public PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor) {
    graphQl.endpoint(shop);
    List<String> arguments = List.of(shop.id().value());
    String after = Cursors.decode(cursor, arguments, Operation.VARIANTS.operationName());
    Connection<Variant> variants = variants(shop, PAGE_SIZE, after, null);
    Fields fields = new Fields(Operation.VARIANTS.operationName());
    List<PlatformListing> page = new ArrayList<>();
    for (Variant variant : fields.require(variants.nodes(), "productVariants.nodes")) {
      if (variant != null && variant.sku() != null && !variant.sku().isBlank()) {
        page.add(listing(shop, variant));
      }
    }
    GraphQlWire.PageInfo info = fields.require(variants.pageInfo(), "productVariants.pageInfo");
    String next = Boolean.TRUE.equals(info.hasNextPage())
        ? Cursors.encode(arguments, fields.text(info.endCursor(), "productVariants.pageInfo.endCursor"))
        : null;
    return new PlatformPage<>(page, next);
  }

  @Override
  public Optional<PlatformListing> listing(Shop shop, String sellerSku) {
    return find(shop, sellerSku).map(v -> listing(shop, v));
  }

  @Override
  public ListingVerdict put(Shop shop, ListingSubmission submission) {
    Money price = submission.price();
    if (price != null && !price.currency().equals(shop.currency())) {
      throw new InvalidInputException("price", price, "must be in the shop's currency " + shop.currency());
    }
    String sku = submission.sellerSku();
    Optional<Variant> existing = find(shop, sku);
    Map<String, Object> variant = new LinkedHashMap<>();
    Map<String, Object> variables = new HashMap<>();
    if (existing.isPresent()) {
      Fields fields = new Fields(Operation.VARIANTS.operationName());
      ProductsWire.Product product = fields.require(existing.get().product(), "productVariants.nodes[0].product");
      long count = product.variantsCount() == null || product.variantsCount().count() == null ? 1 : product.variantsCount().count();
      if (count > 1) {
        return rejected(sku, "MULTIPLE_VARIANTS",
            "the SKU's product has " + count + " variants; put replaces products of one variant only", "sellerSku");
      }
      variables.put("identifier", Map.of("id", fields.text(product.id(), "productVariants.nodes[0].product.id")));
      variant.put("id", fields.text(existing.get().id(), "productVariants.nodes[0].id"));
    }
    variant.put("optionValues", List.of(Map.of("optionName", "Title", "name", "Default Title")));
    variant.put("inventoryItem", Map.of("sku", sku, "tracked", true));
    if (price != null) {
      variant.put("price", price.amount().toPlainString());
    }
    variables.put("input", productInput(submission, variant));
    ProductsWire.ProductSetData data = graphQl.run(shop, Operation.PRODUCT_SET, variables, ProductsWire.ProductSetData.class);
    Fields fields = new Fields(Operation.PRODUCT_SET.operationName());
    ProductsWire.ProductSetPayload payload = fields.require(data.productSet(), "productSet");
    if (payload.userErrors() != null && !payload.userErrors().isEmpty()) {
      return new ListingVerdict(sku, ListingVerdict.Status.REJECTED, null, null, UserErrors.issues(payload.userErrors()));
    }
    ProductsWire.SetProduct product = fields.require(payload.product(), "productSet.product");
    String productId = fields.text(product.id(), "productSet.product.id");
    List<PlatformIssue> warnings = List.of();
    if (submission.quantity() != null) {
      Variant created = product.variants() == null || product.variants().nodes() == null
          ? null
          : product.variants().nodes().stream().filter(v -> v != null && sku.equals(v.sku())).findFirst().orElse(null);
      ListingVerdict quantity = setQuantity(shop, sku, submission.quantity(), created);
      if (quantity.status() == ListingVerdict.Status.REJECTED) {
        warnings = quantity.issues().stream()
            .map(i -> new PlatformIssue(i.code(), i.message(), PlatformIssue.Severity.WARNING, i.attributes()))
            .toList();
      }
    }
    return new ListingVerdict(sku, ListingVerdict.Status.ACCEPTED, productId, null, warnings);
  }

  @Override
  public ListingVerdict delete(Shop shop, String sellerSku) {
    Optional<Variant> existing = find(shop, sellerSku);
    if (existing.isEmpty()) {
      return new ListingVerdict(sellerSku, ListingVerdict.Status.ACCEPTED, null, null, List.of());
    }
    Fields fields = new Fields(Operation.VARIANTS.operationName());
    ProductsWire.Product product = fields.require(existing.get().product(), "productVariants.nodes[0].product");
    String productId = fields.text(product.id(), "productVariants.nodes[0].product.id");
    long count = product.variantsCount() == null || product.variantsCount().count() == null ? 1 : product.variantsCount().count();
    List<UserError> errors;
    if (count <= 1) {
      ProductsWire.ProductDeleteData data = graphQl.run(
          shop, Operation.PRODUCT_DELETE, Map.of("input", Map.of("id", productId)), ProductsWire.ProductDeleteData.class);
      errors = new Fields(Operation.PRODUCT_DELETE.operationName()).require(data.productDelete(), "productDelete").userErrors();
    } else {
      String variantId = fields.text(existing.get().id(), "productVariants.nodes[0].id");
      ProductsWire.VariantsDeleteData data = graphQl.run(shop, Operation.VARIANTS_DELETE,
          Map.of("productId", productId, "variantsIds", List.of(variantId)), ProductsWire.VariantsDeleteData.class);
      errors = new Fields(Operation.VARIANTS_DELETE.operationName())
          .require(data.productVariantsBulkDelete(), "productVariantsBulkDelete").userErrors();
    }
    List<PlatformIssue> issues = UserErrors.issues(errors);
    return new ListingVerdict(sellerSku, issues.isEmpty() ? ListingVerdict.Status.ACCEPTED : ListingVerdict.Status.REJECTED,
        productId, null, issues);
  }

  @Override
  public ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity) {
    return setQuantity(shop, sellerSku, quantity, null);
  }

  /**
   * Sets the quantity, starting from {@code known} (the variant a {@code productSet} answered with,
   * which Shopify's search may not index yet) or else from a search by SKU; a stale compare reads
   * the variant again by search.
   */
  private ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity, @Nullable Variant known) {
    if (quantity < 0 || quantity > Integer.MAX_VALUE) {
      throw new InvalidInputException("quantity", quantity, "must be between 0 and " + Integer.MAX_VALUE);
    }
    graphQl.endpoint(shop);
    Optional<String> configured = graphQl.setting(shop, LOCATION_ID);
    List<PlatformIssue> last = List.of();
    for (int attempt = 1; attempt <= CAS_ATTEMPTS; attempt++) {
      Optional<Variant> found = attempt == 1 && known != null ? Optional.of(known) : find(shop, sellerSku);
      if (found.isEmpty()) {
        return rejected(sellerSku, "NOT_FOUND", "Shopify holds no variant with this SKU", "sellerSku");
      }
      Variant variant = found.get();
      Fields fields = new Fields(Operation.VARIANTS.operationName());
      ProductsWire.InventoryItem item = fields.require(variant.inventoryItem(), "productVariants.nodes[0].inventoryItem");
      List<InventoryLevel> levels = item.inventoryLevels() == null || item.inventoryLevels().nodes() == null
          ? List.of() : item.inventoryLevels().nodes();
      InventoryLevel level = level(levels, configured.map(id -> GraphQl.gid("Location", id)).orElse(null));
      if (level == null) {
        return rejected(sellerSku, configured.isPresent() ? "ITEM_NOT_STOCKED_AT_LOCATION" : "LOCATION_REQUIRED",
            configured.isPresent()
                ? "the item is not stocked at the configured location"
                : "the item is stocked at " + levels.size() + " locations; set credential " + LOCATION_ID,
            LOCATION_ID);
      }
      long current = available(level);
      String variantId = variant.id();
      if (current == quantity) {
        return new ListingVerdict(sellerSku, ListingVerdict.Status.ACCEPTED, variantId, null, List.of());
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("inventoryItemId", fields.text(item.id(), "productVariants.nodes[0].inventoryItem.id"));
      entry.put("locationId", fields.text(fields.require(level.location(), "inventoryLevels.nodes.location").id(), "inventoryLevels.nodes.location.id"));
      entry.put("quantity", quantity);
      entry.put("compareQuantity", current);
      Map<String, Object> input = Map.of("name", "available", "reason", "correction", "quantities", List.of(entry));
      ProductsWire.InventorySetData data =
          graphQl.run(shop, Operation.INVENTORY_SET, Map.of("input", input), ProductsWire.InventorySetData.class);
      List<UserError> errors = new Fields(Operation.INVENTORY_SET.operationName())
          .require(data.inventorySetQuantities(), "inventorySetQuantities").userErrors();
      last = UserErrors.issues(errors);
      if (last.isEmpty()) {
        return new ListingVerdict(sellerSku, ListingVerdict.Status.ACCEPTED, variantId, null, List.of());
      }
      if (!UserErrors.has(errors, STALE)) {
        break;
      }
    }
    return new ListingVerdict(sellerSku, ListingVerdict.Status.REJECTED, null, null, last);
  }

  /** The variant with SKU {@code sku} exactly, if Shopify holds one. */
  Optional<Variant> find(Shop shop, String sku) {
    String escaped = sku.replace("\\", "\\\\").replace("\"", "\\\"");
    Connection<Variant> variants = variants(shop, 5, null, "sku:\"" + escaped + "\"");
    List<Variant> nodes = variants.nodes() == null ? List.of() : variants.nodes();
    return nodes.stream().filter(v -> v != null && sku.equals(v.sku())).findFirst();
  }

  private Connection<Variant> variants(Shop shop, int first, @Nullable String after, @Nullable String query) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("first", first);
    if (after != null) {
      variables.put("after", after);
    }
    if (query != null) {
      variables.put("query", query);
    }
    ProductsWire.VariantsData data = graphQl.run(shop, Operation.VARIANTS, variables, ProductsWire.VariantsData.class);
    return new Fields(Operation.VARIANTS.operationName()).require(data.productVariants(), "productVariants");
  }

  private static PlatformListing listing(Shop shop, Variant variant) {
    Fields fields = new Fields(Operation.VARIANTS.operationName());
    ProductsWire.Product product = variant.product();
    Money price = variant.price() == null ? null : fields.amount(variant.price(), shop.currency(), "productVariants.nodes.price");
    long quantity = variant.inventoryQuantity() == null ? 0 : Math.max(0, variant.inventoryQuantity());
    String status = product == null || product.status() == null ? "" : product.status();
    PlatformListing.State state = switch (status) {
      case "ACTIVE" -> PlatformListing.State.ACTIVE;
      case "DRAFT", "ARCHIVED" -> PlatformListing.State.INACTIVE;
      default -> PlatformListing.State.OTHER;
    };
    return new PlatformListing(
        fields.text(variant.sku(), "productVariants.nodes.sku"), variant.id(), product == null ? null : product.title(),
        price, quantity, state, List.of());
  }

  private static Map<String, Object> productInput(ListingSubmission submission, Map<String, Object> variant) {
    Map<String, Object> input = new LinkedHashMap<>();
    List<Map<String, Object>> metafields = new ArrayList<>();
    submission.attributes().forEach((name, value) -> {
      if (PRODUCT_FIELDS.contains(name)) {
        input.put(name, value);
      } else {
        metafields.add(metafield(name, value));
      }
    });
    input.put("productType", submission.productType());
    if (!metafields.isEmpty()) {
      input.put("metafields", metafields);
    }
    input.put("productOptions", List.of(Map.of("name", "Title", "values", List.of(Map.of("name", "Default Title")))));
    input.put("variants", List.of(variant));
    return input;
  }

  private static Map<String, Object> metafield(String name, Object value) {
    if (!METAFIELD_KEY.matcher(name).matches()) {
      throw new InvalidInputException("attributes", name, "is neither a product field nor a valid metafield key (2 to 64 of A-Z a-z 0-9 _ -)");
    }
    String type;
    String text;
    if (value instanceof String s) {
      type = s.indexOf('\n') >= 0 ? "multi_line_text_field" : "single_line_text_field";
      text = s;
    } else if (value instanceof Boolean b) {
      type = "boolean";
      text = b.toString();
    } else if (value instanceof Integer || value instanceof Long) {
      type = "number_integer";
      text = value.toString();
    } else if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      type = "number_decimal";
      text = new BigDecimal(value.toString()).toPlainString();
    } else {
      type = "json";
      text = GraphQl.WIRE.write(value);
    }
    return Map.of("namespace", METAFIELD_NAMESPACE, "key", name, "type", type, "value", text);
  }

  private static @Nullable InventoryLevel level(List<InventoryLevel> levels, @Nullable String locationId) {
    if (locationId == null) {
      return levels.size() == 1 ? levels.get(0) : null;
    }
    return levels.stream()
        .filter(l -> l != null && l.location() != null && locationId.equals(l.location().id()))
        .findFirst()
        .orElse(null);
  }

  private static long available(InventoryLevel level) {
    if (level.quantities() == null) {
      return 0;
    }
    return level.quantities().stream()
        .filter(q -> q != null && "available".equals(q.name()) && q.quantity() != null)
        .mapToLong(ProductsWire.InventoryQuantity::quantity)
        .findFirst()
        .orElse(0);
  }

  private static ListingVerdict rejected(String sku, String code, String message, String attribute) {
    return new ListingVerdict(
        sku, ListingVerdict.Status.REJECTED, null, null,
        List.of(new PlatformIssue(code, message, PlatformIssue.Severity.ERROR, List.of(attribute))));
  }

  @Override
  public String toString() {
    return "ShopifyListings";
  }
}
