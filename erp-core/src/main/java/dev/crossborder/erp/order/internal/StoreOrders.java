package dev.crossborder.erp.order.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.internal.StoreInventory;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ListingRepository;
import java.util.ArrayList;
import java.util.List;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.ImportResult;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Orders;
import dev.crossborder.erp.order.PiiRetention;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Orders} over the store's {@link OrderRepository}. Thread-safe. */
public final class StoreOrders implements Orders {
  /** The longest hold reason an order keeps (longer ones are cut). */
  static final int MAX_HOLD_REASON = 500;
  private final ErpContext ctx;
  private final StoreInventory inventory;
  private final OnShipped onShipped;

  /**
   * What must commit with an order's change to {@code SHIPPED}: the tracking upload jobs ({@code
   * StoreTrackingUploads::record}, handed in by {@code Erp} so that the order package does not
   * depend on shipping, which depends on it).
   */
  @FunctionalInterface
  public interface OnShipped {
    /** Called within {@code tx} right after {@code order} was saved as {@code SHIPPED} at {@code now}. */
    void shipped(StoreTransaction tx, Order order, Instant now);
  }

  /**
   * Creates the service for {@code ctx}'s tenant; cancellations release stock through {@code
   * inventory}; {@code onShipped} joins every change to {@code SHIPPED}.
   */
  public StoreOrders(ErpContext ctx, StoreInventory inventory, OnShipped onShipped) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.inventory = requireNonNull(inventory, "inventory == null");
    this.onShipped = requireNonNull(onShipped, "onShipped == null");
  }

  @Override
  public ImportResult importOrder(PlatformOrder incoming) {
    requireNonNull(incoming, "order == null");
    return ctx.tx(
        tx -> {
          Shop shop =
              tx.repository(ShopRepository.class)
                  .find(incoming.shopId())
                  .orElseThrow(() -> new NotFoundException("shopId", incoming.shopId()));
          if (!incoming.currency().equals(shop.currency())) {
            // A currency the shop does not sell in is a platform or mapping error: refuse it whole.
            throw new InvalidInputException(
                "currency", incoming.currency(), "is not the currency of shop " + shop.id() + " (" + shop.currency() + ")");
          }
          OrderRepository repo = tx.repository(OrderRepository.class);
          Optional<Order> stored = repo.findByPlatformOrderId(incoming.shopId(), incoming.platformOrderId());
          List<OrderLine> lines = resolveSkus(tx, incoming.shopId(), incoming.lines());
          return stored.isEmpty()
              ? create(tx, repo, incoming, lines)
              : update(tx, repo, stored.get(), incoming, lines);
        });
  }

  /**
   * {@code lines} with each SKU that is not a catalog SKU but that the shop pairs with one (as
   * {@code Listings.resolve} does: the paired listing's SKU, else the mapping table's) replaced by
   * the catalog SKU; other lines unchanged.
   */
  static List<OrderLine> resolveSkus(StoreTransaction tx, ShopId shop, List<OrderLine> lines) {
    CatalogRepository catalog = tx.repository(CatalogRepository.class);
    List<OrderLine> resolved = null;
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      if (catalog.findSku(line.sku()).isPresent()) {
        continue;
      }
      ListingRepository listings = tx.repository(ListingRepository.class);
      Optional<SkuCode> mapped = listings.pairedSku(shop, line.sku().value());
      if (mapped.isPresent() && !mapped.get().equals(line.sku())) {
        if (resolved == null) {
          resolved = new ArrayList<>(lines);
        }
        resolved.set(
            i,
            new OrderLine(line.lineId(), mapped.get(), line.quantity(), line.unitPrice(), line.tax(), line.shipping(),
                line.discount()));
      }
    }
    return resolved == null ? lines : List.copyOf(resolved);
  }

  private ImportResult create(StoreTransaction tx, OrderRepository repo, PlatformOrder in, List<OrderLine> lines) {
    OrderStatus status =
        in.status() == PlatformOrderStatus.CANCELLED
            ? OrderStatus.CANCELLED
            : in.channel() == FulfillmentChannel.PLATFORM ? OrderStatus.EXTERNALLY_FULFILLED : OrderStatus.NEW;
    Order order =
        Order.builder()
            .id(OrderId.of(ctx.ids().nextId()))
            .shopId(in.shopId())
            .platformOrderId(in.platformOrderId())
            .status(status)
            .platformStatus(in.status())
            .channel(in.channel())
            .purchasedAt(in.purchasedAt())
            .platformUpdatedAt(in.updatedAt())
            .currency(in.currency())
            .lines(lines)
            .platformFees(in.platformFees())
            .destination(in.destination())
            .shippingLevel(in.shippingLevel())
            .build();
    try {
      repo.insert(order);
    } catch (DuplicateKeyException raced) {
      // Another import of the same platform order committed first: retry, which finds it.
      throw new ConcurrentUpdateException("platform order " + in.platformOrderId(), raced);
    }
    if (in.buyer() != null) {
      repo.saveBuyer(order.id(), in.buyer());
    }
    ctx.emit(tx, "order", order.id().value(), EventTypes.ORDER_IMPORTED, summary(order));
    // The order as inserted (version 0), not re-read: one statement fewer per import on SQL.
    return new ImportResult.Created(order);
  }

  private ImportResult update(
      StoreTransaction tx, OrderRepository repo, Order stored, PlatformOrder in, List<OrderLine> lines) {
    if (!in.updatedAt().isAfter(stored.platformUpdatedAt())) {
      return new ImportResult.Unchanged(stored);
    }
    OrderStatus status = stored.status();
    boolean localWork = !stored.shipments().isEmpty();
    boolean linesChanged = !sameUnits(stored.lines(), lines);
    boolean addressChanged = !in.destination().equals(stored.destination());
    if (!addressChanged && in.buyer() != null) {
      addressChanged = repo.findBuyer(stored.id()).map(b -> !b.shipTo().equals(in.buyer().shipTo())).orElse(false);
    }
    Order.Builder next =
        stored.toBuilder()
            .platformStatus(in.status())
            .platformUpdatedAt(in.updatedAt())
            .destination(in.destination())
            .platformFees(in.platformFees())
            .shippingLevel(in.shippingLevel());
    if (!localWork && status.isBeforeShipment()) {
      next.lines(lines);
    } else if (!linesChanged) {
      next.lines(lines); // the same units with other money (a discount, a tax fix) keep the shipments valid
    }
    List<String> changed = new ArrayList<>();
    if (addressChanged) {
      changed.add("address");
    }
    if (linesChanged) {
      changed.add("lines");
    }
    boolean held = false;
    if (in.status() == PlatformOrderStatus.CANCELLED && status != OrderStatus.CANCELLED) {
      changed.add("cancelled");
      if (status.canChangeTo(OrderStatus.CANCELLED)) {
        releaseReservations(inventory, tx, stored);
        next.status(OrderStatus.CANCELLED).holdReason(null);
        MergeLinks.unlink(ctx, tx, stored);
      } else {
        next.cancelRequestedAfterShipment(true);
      }
    } else if (in.channel() == FulfillmentChannel.PLATFORM && status == OrderStatus.NEW) {
      next.channel(FulfillmentChannel.PLATFORM).status(OrderStatus.EXTERNALLY_FULFILLED);
    } else if (localWork && (addressChanged || linesChanged) && status.isBeforeShipment()) {
      // Local work already happened: nothing is released or replaced behind the warehouse's back.
      String reason = "platform changed the " + String.join(" and ", changed) + " after allocation";
      if (status == OrderStatus.ON_HOLD) {
        String current = stored.holdReason().orElse("");
        next.holdReason(current.contains(reason) ? current : cut(current + "; " + reason));
      } else {
        next.status(OrderStatus.ON_HOLD).holdReason(reason);
      }
      held = true;
    }
    Order updated = repo.update(next.build());
    if (in.buyer() != null) {
      repo.saveBuyer(updated.id(), in.buyer());
    }
    Map<String, Object> payload = summary(updated);
    payload.put("platformStatus", updated.platformStatus());
    ctx.emit(tx, "order", updated.id().value(), EventTypes.ORDER_UPDATED, payload);
    if (!changed.isEmpty()) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("orderId", updated.id());
      change.put("platformOrderId", updated.platformOrderId());
      change.put("changed", changed);
      change.put("held", held);
      if (linesChanged) {
        List<Map<String, Object>> platformLines = new ArrayList<>();
        for (OrderLine line : lines) {
          platformLines.add(Map.of("lineId", line.lineId(), "sku", line.sku(), "quantity", line.quantity().value()));
        }
        change.put("lines", platformLines);
      }
      ctx.emit(tx, "order", updated.id().value(), EventTypes.ORDER_PLATFORM_CHANGED, change);
    }
    if (updated.status() != status) {
      emitStatusChange(ctx, tx, updated, status);
    }
    return new ImportResult.Updated(updated, status);
  }

  /** Whether both lists have the same line ids with the same SKU and quantity, in any order. */
  private static boolean sameUnits(List<OrderLine> a, List<OrderLine> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Map<String, OrderLine> byId = new HashMap<>();
    for (OrderLine line : a) {
      byId.put(line.lineId(), line);
    }
    for (OrderLine line : b) {
      OrderLine other = byId.get(line.lineId());
      if (other == null || !other.sku().equals(line.sku()) || !other.quantity().equals(line.quantity())) {
        return false;
      }
    }
    return true;
  }

  /** {@code reason} cut to the longest hold reason an order keeps. */
  static String cut(String reason) {
    return reason.length() <= MAX_HOLD_REASON ? reason : reason.substring(0, MAX_HOLD_REASON - 1) + "…";
  }

  @Override
  public Optional<Order> find(OrderId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(OrderRepository.class).find(id));
  }

  @Override
  public Optional<Order> findByPlatformOrderId(ShopId shop, String platformOrderId) {
    requireNonNull(shop, "shop == null");
    String platformId = Checks.text("platformOrderId", platformOrderId, 100);
    return ctx.tx(tx -> tx.repository(OrderRepository.class).findByPlatformOrderId(shop, platformId));
  }

  @Override
  public Page<Order> list(OrderQuery query, PageRequest page) {
    requireNonNull(query, "query == null");
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(OrderRepository.class).find(query, page));
  }

  @Override
  public Order changeStatus(OrderId id, OrderStatus next, long expectedVersion) {
    requireNonNull(next, "next == null");
    return mutate(
        id,
        order -> {
          if (order.version() != expectedVersion) {
            throw new ConcurrentUpdateException("order " + id + " version " + expectedVersion);
          }
          return order.changeStatus(next);
        },
        false);
  }

  @Override
  public Order hold(OrderId id, String reason) {
    return mutate(id, order -> order.hold(reason), false);
  }

  @Override
  public Order cancel(OrderId id) {
    return mutate(id, order -> order.changeStatus(OrderStatus.CANCELLED), true);
  }

  private Order mutate(OrderId id, java.util.function.UnaryOperator<Order> change, boolean release) {
    requireNonNull(id, "id == null");
    return ctx.tx(
        tx -> {
          OrderRepository repo = tx.repository(OrderRepository.class);
          Order order = repo.find(id).orElseThrow(() -> new NotFoundException("orderId", id));
          Order changed = change.apply(order);
          if (release) {
            releaseReservations(inventory, tx, order);
            MergeLinks.unlink(ctx, tx, order);
          }
          Order saved = repo.update(changed);
          if (saved.status() == OrderStatus.SHIPPED) {
            // The tracking upload jobs commit with the status: a shipped order is never forgotten.
            onShipped.shipped(tx, saved, ctx.clock().instant());
          }
          emitStatusChange(ctx, tx, saved, order.status());
          return saved;
        });
  }

  /** Releases within {@code tx} every active reservation of {@code order}'s shipments. */
  static void releaseReservations(StoreInventory inventory, StoreTransaction tx, Order order) {
    for (Shipment shipment : order.shipments()) {
      for (ShipmentLine line : shipment.lines()) {
        inventory.closeIn(tx, shipment.reservationKey(line), Reservation.State.RELEASED);
      }
    }
  }

  @Override
  public Optional<BuyerDetails> buyer(OrderId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(OrderRepository.class).findBuyer(id));
  }

  @Override
  public boolean eraseBuyer(OrderId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(
        tx -> {
          OrderRepository repo = tx.repository(OrderRepository.class);
          if (repo.find(id).isEmpty()) {
            throw new NotFoundException("orderId", id);
          }
          return erase(tx, repo, id);
        });
  }

  @Override
  public int eraseDueBuyers(PiiRetention policy, int pageSize) {
    requireNonNull(policy, "policy == null");
    Instant now = ctx.clock().instant();
    // the retention clock starts no earlier than the purchase, so later purchases cannot be due
    OrderQuery finished =
        new OrderQuery(
            EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.EXTERNALLY_FULFILLED),
            null,
            null,
            now.minus(policy.shortest()));
    Map<ShopId, PlatformId> platforms = new HashMap<>();
    PageRequest request = PageRequest.first(pageSize);
    int erased = 0;
    while (true) {
      PageRequest current = request;
      ErasedPage result =
          ctx.tx(
              tx -> {
                OrderRepository repo = tx.repository(OrderRepository.class);
                Page<Order> page = repo.find(finished, current);
                int count = 0;
                for (Order order : page.items()) {
                  PlatformId platform = platforms.computeIfAbsent(order.shopId(), shop -> platformOf(tx, shop));
                  boolean due = policy.dueAt(order, platform).filter(at -> !at.isAfter(now)).isPresent();
                  if (due && erase(tx, repo, order.id())) {
                    count++;
                  }
                }
                return new ErasedPage(page, count);
              });
      erased += result.erased();
      if (!result.page().hasNext()) {
        return erased;
      }
      request = current.next(result.page());
    }
  }

  private record ErasedPage(Page<Order> page, int erased) {}

  private static PlatformId platformOf(StoreTransaction tx, ShopId shop) {
    return tx.repository(ShopRepository.class)
        .find(shop)
        .orElseThrow(() -> new NotFoundException("shopId", shop))
        .platform();
  }

  /** Erases the buyer data of order {@code id} and emits {@code order.buyer_erased} if there was any. */
  private boolean erase(StoreTransaction tx, OrderRepository repo, OrderId id) {
    boolean erased = repo.eraseBuyer(id);
    if (erased) {
      ctx.emit(tx, "order", id.value(), EventTypes.ORDER_BUYER_ERASED, Map.of("orderId", id));
    }
    return erased;
  }

  /** Emits {@code order.status_changed} from {@code from} to the order's status within {@code tx}. */
  static void emitStatusChange(ErpContext ctx, StoreTransaction tx, Order order, OrderStatus from) {
    if (from == order.status()) {
      throw new IllegalTransitionException("status", from, order.status());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderId", order.id());
    payload.put("from", from);
    payload.put("to", order.status());
    ctx.emit(tx, "order", order.id().value(), EventTypes.ORDER_STATUS_CHANGED, payload);
  }

  private static Map<String, Object> summary(Order order) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderId", order.id());
    payload.put("shopId", order.shopId());
    payload.put("platformOrderId", order.platformOrderId());
    payload.put("status", order.status());
    payload.put("total", order.total());
    return payload;
  }
}
