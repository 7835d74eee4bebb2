package dev.crossborder.erp.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.PairingMethod;
import dev.crossborder.erp.listing.PendingSubmission;
import dev.crossborder.erp.listing.PlatformSnapshot;
import dev.crossborder.erp.listing.PriceQuote;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.shipping.upload.UploadProblem;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.StoreException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents the store keeps its aggregates in, written and read with the SDK's Jackson
 * configuration ({@link ErpJson#newMapper()}: money as strings, ids as plain strings, instants as
 * ISO-8601 with full precision). The final classes with builders ({@link Product}, {@link Sku},
 * {@link Order}) are mapped through the document records below; the aggregates that are records
 * ({@link Shop}, {@link Warehouse}, {@link Bundle}, {@link BuyerDetails}) are written as they are;
 * so are listing templates, whose constant values go through {@link AttributeValues} as a
 * listing's attributes do.
 * Versions are not read from documents but from their column.
 *
 * <p>Thread-safe once constructed.
 */
final class Documents {
  private final ObjectMapper mapper = ErpJson.newMapper();

  String product(Product product) {
    return write(ProductDoc.of(product), "product", false);
  }

  Product product(String json, long version) {
    ProductDoc doc = read(json, ProductDoc.class, "product", false);
    return build("product", false, () -> doc.toProduct(version));
  }

  String shop(Shop shop) {
    return write(shop, "shop", false);
  }

  Shop shop(String json, long version) {
    Shop shop = read(json, Shop.class, "shop", false);
    return build("shop", false, () -> shop.withVersion(version));
  }

  String warehouse(Warehouse warehouse) {
    return write(warehouse, "warehouse", false);
  }

  Warehouse warehouse(String json) {
    return read(json, Warehouse.class, "warehouse", false);
  }

  String bundle(Bundle bundle) {
    return write(bundle, "bundle", false);
  }

  Bundle bundle(String json) {
    return read(json, Bundle.class, "bundle", false);
  }

  String order(Order order) {
    return write(OrderDoc.of(order), "order", false);
  }

  Order order(String json, long version) {
    OrderDoc doc = read(json, OrderDoc.class, "order", false);
    return build("order", false, () -> doc.toOrder(version));
  }

  String problems(List<UploadProblem> problems) {
    return write(problems.toArray(new UploadProblem[0]), "upload problems", false);
  }

  List<UploadProblem> problems(String json) {
    return List.of(read(json, UploadProblem[].class, "upload problems", false));
  }

  String buyer(BuyerDetails buyer) {
    return write(buyer, "buyer", true);
  }

  BuyerDetails buyer(String json) {
    return read(json, BuyerDetails.class, "buyer", true);
  }

  String listing(Listing listing) {
    return write(encode("listing", () -> ListingDoc.of(listing)), "listing", false);
  }

  Listing listing(String json, long version) {
    ListingDoc doc = read(json, ListingDoc.class, "listing", false);
    return build("listing", false, () -> doc.toListing(version));
  }

  String template(ListingTemplate template) {
    return write(
        encode("listing template", () -> AttributeValues.encode(template)),
        "listing template",
        false);
  }

  ListingTemplate template(String json) {
    ListingTemplate doc = read(json, ListingTemplate.class, "listing template", false);
    return build("listing template", false, () -> AttributeValues.decode(doc));
  }

  /** The document {@code doc} makes; a value it cannot hold fails like a write. */
  private static <T> T encode(String what, Supplier<T> doc) {
    try {
      return doc.get();
    } catch (RuntimeException e) {
      throw new StoreException("cannot write " + what + " document", e);
    }
  }

  String write(Object doc, String what, boolean personal) {
    try {
      return mapper.writeValueAsString(doc);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException("cannot write " + what + " document", personal ? null : e);
    }
  }

  <T> T read(String json, Class<T> type, String what, boolean personal) {
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new StoreException("empty " + what + " document", null);
      }
      return value;
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException("unreadable " + what + " document", personal ? null : e);
    }
  }

  private static <T> T build(String what, boolean personal, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (RuntimeException e) {
      throw new StoreException("invalid " + what + " document", personal ? null : e);
    }
  }

  /** A product as stored. */
  record ProductDoc(
      String id,
      String title,
      @Nullable String brand,
      @Nullable String category,
      List<SkuDoc> skus) {

    static ProductDoc of(Product p) {
      return new ProductDoc(
          p.id().value(),
          p.title(),
          p.brand().orElse(null),
          p.category().orElse(null),
          p.skus().stream().map(SkuDoc::of).toList());
    }

    Product toProduct(long version) {
      ProductId productId = ProductId.of(id);
      Product.Builder b =
          Product.builder()
              .id(productId)
              .title(title)
              .brand(brand)
              .category(category)
              .version(version);
      for (SkuDoc sku : skus) {
        b.addSku(sku.toSku(productId));
      }
      return b.build();
    }
  }

  /** A SKU as stored inside its product's document. */
  record SkuDoc(
      String code,
      String name,
      @Nullable Map<String, String> attributes,
      @Nullable String barcode,
      @Nullable Weight weight,
      @Nullable Dimensions dimensions,
      @Nullable String hsCode,
      @Nullable Money declaredValue,
      @Nullable UnitAmount unitCost) {

    static SkuDoc of(Sku s) {
      return new SkuDoc(
          s.code().value(),
          s.name(),
          s.attributes(),
          s.barcode().orElse(null),
          s.weight().orElse(null),
          s.dimensions().orElse(null),
          s.hsCode().orElse(null),
          s.declaredValue().orElse(null),
          s.unitCost().orElse(null));
    }

    Sku toSku(ProductId productId) {
      Sku.Builder b =
          Sku.builder()
              .code(SkuCode.of(code))
              .productId(productId)
              .name(name)
              .barcode(barcode)
              .weight(weight)
              .dimensions(dimensions)
              .hsCode(hsCode)
              .declaredValue(declaredValue)
              .unitCost(unitCost);
      if (attributes != null) {
        attributes.forEach(b::attribute);
      }
      return b.build();
    }
  }

  /**
   * A listing as stored; its version is a column. The attribute values are in the JSON-exact form
   * of {@link AttributeValues}.
   */
  record ListingDoc(
      ShopId shop,
      String sellerSku,
      @Nullable SkuCode sku,
      @Nullable ProductId product,
      ListingStatus status,
      @Nullable String platformListingId,
      @Nullable String productType,
      Map<String, @Nullable Object> attributes,
      Map<String, @Nullable Object> overrides,
      @Nullable Money price,
      @Nullable PriceQuote priceQuote,
      @Nullable Long quantity,
      List<PlatformIssue> issues,
      @Nullable PendingSubmission pending,
      @Nullable PlatformSnapshot seen,
      @Nullable Instant confirmedAt,
      @Nullable String lastError,
      @Nullable PairingMethod pairedBy,
      Instant updatedAt) {

    static ListingDoc of(Listing l) {
      return new ListingDoc(
          l.shop(),
          l.sellerSku(),
          l.sku(),
          l.product(),
          l.status(),
          l.platformListingId(),
          l.productType(),
          AttributeValues.encode(l.attributes()),
          AttributeValues.encode(l.overrides()),
          l.price(),
          l.priceQuote(),
          l.quantity(),
          l.issues(),
          l.pending(),
          l.seen(),
          l.confirmedAt(),
          l.lastError(),
          l.pairedBy(),
          l.updatedAt());
    }

    Listing toListing(long version) {
      return new Listing(
          shop,
          sellerSku,
          sku,
          product,
          status,
          platformListingId,
          productType,
          AttributeValues.decode(attributes),
          AttributeValues.decode(overrides),
          price,
          priceQuote,
          quantity,
          issues == null ? List.of() : issues,
          pending,
          seen,
          confirmedAt,
          lastError,
          pairedBy,
          updatedAt,
          version);
    }
  }

  /** An order as stored; its version is a column. */
  record OrderDoc(
      String id,
      String shopId,
      String platformOrderId,
      OrderStatus status,
      PlatformOrderStatus platformStatus,
      FulfillmentChannel channel,
      Instant purchasedAt,
      Instant platformUpdatedAt,
      Currency currency,
      List<OrderLine> lines,
      Money platformFees,
      Destination destination,
      @Nullable List<Shipment> shipments,
      @Nullable String holdReason,
      boolean cancelRequestedAfterShipment,
      @Nullable String shippingLevel) {

    static OrderDoc of(Order o) {
      return new OrderDoc(
          o.id().value(),
          o.shopId().value(),
          o.platformOrderId(),
          o.status(),
          o.platformStatus(),
          o.channel(),
          o.purchasedAt(),
          o.platformUpdatedAt(),
          o.currency(),
          o.lines(),
          o.platformFees(),
          o.destination(),
          o.shipments(),
          o.holdReason().orElse(null),
          o.cancelRequestedAfterShipment(),
          o.shippingLevel().orElse(null));
    }

    Order toOrder(long version) {
      return Order.builder()
          .id(OrderId.of(id))
          .shopId(ShopId.of(shopId))
          .platformOrderId(platformOrderId)
          .status(status)
          .platformStatus(platformStatus)
          .channel(channel)
          .purchasedAt(purchasedAt)
          .platformUpdatedAt(platformUpdatedAt)
          .currency(currency)
          .lines(lines)
          .platformFees(platformFees)
          .destination(destination)
          .shipments(shipments == null ? List.of() : shipments)
          .holdReason(holdReason)
          .cancelRequestedAfterShipment(cancelRequestedAfterShipment)
          .shippingLevel(shippingLevel)
          .version(version)
          .build();
    }
  }
}
