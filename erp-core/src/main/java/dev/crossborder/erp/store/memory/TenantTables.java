package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.cases.Return;
import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.RoutingRecord;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.QueuedPush;
import dev.crossborder.erp.store.SyncCheckpoint;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Every committed table of one tenant. */
final class TenantTables {
  final Table<String, Product> products = new Table<>();
  /** SKU code → product id; bundle codes are indexed too, with a {@code bundle:} marker. */
  final Table<String, String> skuIndex = new Table<>();
  final Table<String, Bundle> bundles = new Table<>();
  final Table<String, Shop> shops = new Table<>();
  final Table<String, Warehouse> warehouses = new Table<>();
  final Table<String, Order> orders = new Table<>();
  /** shop id + NUL + platform order id → order id. */
  final Table<String, String> platformOrderIndex = new Table<>();
  final Table<Keys.OrderTime, String> ordersByTime = new Table<>();
  final Table<String, BuyerDetails> buyers = new Table<>();
  final Table<Keys.Level, StockLevel> levels = new Table<>();
  final Table<Keys.Ledger, Movement> ledger = new Table<>();
  /** Movement id → movement: the ledger's unique key. */
  final Table<String, Movement> movementsById = new Table<>();
  final Table<String, Reservation> reservations = new Table<>();
  final Table<Long, DomainEvent> outbox = new Table<>();
  final Table<String, Boolean> eventIds = new Table<>();
  final Table<Keys.Delivery, Delivery> deliveries = new Table<>();
  final Table<String, Lease> leases = new Table<>();
  final Table<String, RoutingRecord> routingDecisions = new Table<>();
  /** Shop id → stock-push quantity policy. */
  final Table<String, QuantityPolicy> quantityPolicies = new Table<>();
  /** (shop id, stream) as {@code shop NUL stream} → checkpoint. */
  final Table<String, SyncCheckpoint> checkpoints = new Table<>();
  /** (shop id, stream, item id) as {@code shop NUL stream NUL item} → entry. */
  final Table<String, QuarantinedItem> quarantine = new Table<>();
  /** Shipment id → tracking upload job. */
  final Table<String, UploadJob> uploads = new Table<>();
  /** The stock push queue: listings owed a push, by (shop, seller SKU). */
  final Table<Keys.ShopSku, QueuedPush> pushQueue = new Table<>();
  final Table<Keys.ShopSku, Listing> listings = new Table<>();
  /** The listings paired with each SKU; the value is unused. */
  final Table<Keys.SkuListing, Boolean> listingsBySku = new Table<>();
  final Table<String, ListingTemplate> listingTemplates = new Table<>();
  /** The pairing table: (shop id, seller SKU) → SKU. */
  final Table<Keys.ShopSku, SkuCode> listingMappings = new Table<>();
  final PurchasingTables purchasing = new PurchasingTables();
  /** Case id → case. */
  final Table<String, Case> cases = new Table<>();
  /** shop id + NUL + platform case id → case id. */
  final Table<String, String> caseIndex = new Table<>();
  /** Return id → return. */
  final Table<String, Return> returns = new Table<>();
  final FinanceTables finance = new FinanceTables();

  /** The delivery state of one event to one listener. */
  record Delivery(State state, int attempts, @Nullable Instant nextAttemptAt, String lastError) {
    enum State {
      DELIVERED,
      RETRY,
      DEAD
    }
  }
}
