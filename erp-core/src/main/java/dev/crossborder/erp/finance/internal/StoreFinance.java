package dev.crossborder.erp.finance.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.finance.AllocationBasis;
import dev.crossborder.erp.finance.Charge;
import dev.crossborder.erp.finance.ChargeAllocation;
import dev.crossborder.erp.finance.ChargeUnits;
import dev.crossborder.erp.finance.CostLayer;
import dev.crossborder.erp.finance.CostPosition;
import dev.crossborder.erp.finance.CostingMethod;
import dev.crossborder.erp.finance.Finance;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.finance.ProfitFigures;
import dev.crossborder.erp.finance.ProfitKind;
import dev.crossborder.erp.finance.ProfitLine;
import dev.crossborder.erp.finance.ProfitQuery;
import dev.crossborder.erp.finance.SettlementResult;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.ExchangeRateProvider;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.platform.SettlementSource;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.ReceiptLine;
import dev.crossborder.erp.purchasing.ReceiptListener;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.FinanceRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreTransaction;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The finance service over the store. Thread-safe (stateless apart from its configuration); every
 * command runs in one transaction of the context's tenant and acts only through it.
 */
public final class StoreFinance implements Finance, ReceiptListener {
  private static final RoundingMode ROUND = RoundingMode.HALF_EVEN;

  private final ErpContext ctx;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final ExchangeRateProvider rates;
  private final @Nullable Currency base;

  /**
   * A service keeping cost in {@code base}; without a base currency, receipts record no cost and
   * every other method throws {@link ConfigurationException}.
   */
  public StoreFinance(
      ErpContext ctx, Map<PlatformId, PlatformConnector> connectors, ExchangeRateProvider rates, @Nullable Currency base) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.connectors = Map.copyOf(connectors);
    this.rates = requireNonNull(rates, "rates == null");
    this.base = base;
  }

  @Override
  public Currency baseCurrency() {
    if (base == null) {
      throw new ConfigurationException("finance needs a base currency: set Erp.Builder.baseCurrency");
    }
    return base;
  }

  // ---- costing methods, positions, layers

  @Override
  public void setCostingMethod(WarehouseId warehouse, CostingMethod method) {
    Checks.present("warehouse", warehouse);
    Checks.present("costingMethod", method);
    baseCurrency();
    ctx.tx(
        tx -> {
          FinanceRepository repo = tx.repository(FinanceRepository.class);
          CostingMethod current = repo.costingMethod(warehouse).orElse(CostingMethod.MOVING_AVERAGE);
          if (current != method && repo.holdsUnits(warehouse)) {
            throw new IllegalTransitionException("costingMethod", current, method);
          }
          repo.saveCostingMethod(warehouse, method);
          return null;
        });
  }

  @Override
  public CostingMethod costingMethod(WarehouseId warehouse) {
    Checks.present("warehouse", warehouse);
    return ctx.tx(tx -> method(tx.repository(FinanceRepository.class), warehouse));
  }

  @Override
  public CostPosition position(SkuCode sku, WarehouseId warehouse) {
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Currency currency = baseCurrency();
    return ctx.tx(tx -> position(tx.repository(FinanceRepository.class), sku, warehouse, currency));
  }

  @Override
  public List<CostLayer> layers(SkuCode sku, WarehouseId warehouse) {
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    return ctx.tx(tx -> tx.repository(FinanceRepository.class).layers(sku, warehouse, false));
  }

  // ---- cost in: receipts, transfers, charges

  @Override
  public void received(StoreTransaction tx, PurchaseOrder order, String receiptKey, List<ReceiptLine> lines) {
    if (base == null) {
      return;
    }
    FinanceRepository repo = tx.repository(FinanceRepository.class);
    Instant now = ctx.clock().instant();
    ExchangeRate rate = rates.require(order.currency(), base, LocalDate.ofInstant(now, ZoneOffset.UTC));
    String source = "po:" + order.id().value() + ":" + receiptKey;
    for (ReceiptLine r : lines) {
      PurchaseOrderLine line = order.line(r.sku()).orElseThrow(() -> new NotFoundException("sku", r.sku()));
      String id = source + ":" + line.lineNo();
      if (repo.layer(id).isPresent()) {
        continue;
      }
      long units = r.quantity().value();
      UnitAmount price = line.unitPrice();
      Money value =
          Money.rounded(price.amount().multiply(BigDecimal.valueOf(units)).multiply(rate.rate()), base, ROUND);
      addLayer(repo, id, r.sku(), order.warehouse(), source, now, units, price, rate, value);
    }
  }

  @Override
  public CostLayer transfer(String shipmentRef, SkuCode sku, WarehouseId from, WarehouseId to, long quantity) {
    String ref = Checks.text("shipmentRef", shipmentRef, 150);
    Checks.present("sku", sku);
    Checks.present("from", from);
    Checks.present("to", to);
    Checks.positive("quantity", quantity);
    if (from.equals(to)) {
      throw new InvalidInputException("to", to, "must differ from the source warehouse");
    }
    Currency currency = baseCurrency();
    return ctx.tx(
        tx -> {
          FinanceRepository repo = tx.repository(FinanceRepository.class);
          String id = "ref:" + ref + ":" + sku.value() + ":" + from.value() + ":" + to.value();
          Optional<CostLayer> done = repo.layer(id);
          if (done.isPresent()) {
            return done.get();
          }
          Issue issue = issue(repo, sku, from, quantity, currency);
          if (issue.uncosted() > 0) {
            throw new InsufficientStockException(sku.value(), from.value(), quantity);
          }
          return addLayer(repo, id, sku, to, ref, ctx.clock().instant(), quantity, null, null, issue.cost());
        });
  }

  @Override
  public ChargeAllocation addCharges(
      String shipmentRef, List<Charge> charges, AllocationBasis basis, List<ChargeUnits> units) {
    String ref = Checks.text("shipmentRef", shipmentRef, 150);
    List<Charge> all = List.copyOf(Checks.notEmpty("charges", charges));
    Checks.present("basis", basis);
    List<ChargeUnits> lines = List.copyOf(Checks.notEmpty("units", units));
    Currency currency = baseCurrency();
    return ctx.tx(
        tx -> {
          FinanceRepository repo = tx.repository(FinanceRepository.class);
          // Convert every new charge first: a missing rate refuses the call before any write.
          Money total = Money.zero(currency);
          List<ExchangeRate> used = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          for (Charge c : all) {
            String key = "charge:" + ref + ":" + c.id();
            if (repo.isApplied(key) || keys.contains(key)) {
              continue;
            }
            ExchangeRate rate = rates.require(c.amount().currency(), currency, c.date());
            used.add(rate);
            keys.add(key);
            total = total.plus(rate.convert(c.amount(), ROUND));
          }
          List<CostLayer> layers = new ArrayList<>();
          List<BigDecimal> weights = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            ChargeUnits u = lines.get(i);
            CostLayer layer = shipmentLayer(repo, ref, u, i);
            layers.add(layer);
            weights.add(weight(basis, u, layer, i));
          }
          List<Money> shares = Allocations.split(total, basis, weights);
          List<ChargeAllocation.Share> out = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            ChargeUnits u = lines.get(i);
            Money share = shares.get(i);
            out.add(new ChargeAllocation.Share(u.sku(), u.warehouse(), u.quantity(), share));
            if (share.isZero()) {
              continue;
            }
            boolean fifo = method(repo, u.warehouse()) == CostingMethod.FIFO;
            CostLayer layer = repo.layer(layers.get(i).id()).orElseThrow();
            if (fifo && layer.remaining() == 0) {
              throw new InvalidInputException(
                  "units[" + i + "]", u.sku() + " at " + u.warehouse(), "has no units left to carry the charge");
            }
            repo.updateLayer(layer.withCharge(share, fifo));
            CostPosition p = position(repo, u.sku(), u.warehouse(), currency);
            repo.savePosition(new CostPosition(p.sku(), p.warehouse(), p.quantity(), p.value().plus(share), p.version()));
          }
          for (String key : keys) {
            repo.markApplied(key);
          }
          return new ChargeAllocation(ref, basis, total, used, out);
        });
  }

  private static CostLayer shipmentLayer(FinanceRepository repo, String ref, ChargeUnits u, int i) {
    return repo.layers(u.sku(), u.warehouse(), false).stream()
        .filter(l -> l.source().equals(ref))
        .findFirst()
        .orElseThrow(
            () -> new InvalidInputException(
                "units[" + i + "]", u.sku() + " at " + u.warehouse(), "has no cost layer of shipment " + ref));
  }

  private static BigDecimal weight(AllocationBasis basis, ChargeUnits u, CostLayer layer, int i) {
    switch (basis) {
      case QUANTITY:
        return BigDecimal.valueOf(u.quantity());
      case WEIGHT:
        if (u.weightKg() == null) {
          throw new InvalidInputException("units[" + i + "].weightKg", "null", "is required for basis WEIGHT");
        }
        return u.weightKg();
      case VOLUME:
        if (u.volumeM3() == null) {
          throw new InvalidInputException("units[" + i + "].volumeM3", "null", "is required for basis VOLUME");
        }
        return u.volumeM3();
      case VALUE:
        return layer.purchaseValue().amount()
            .multiply(BigDecimal.valueOf(u.quantity()))
            .divide(BigDecimal.valueOf(layer.quantity()), MathContext.DECIMAL64);
      default:
        throw new IllegalStateException("basis " + basis);
    }
  }

  private CostLayer addLayer(
      FinanceRepository repo,
      String id,
      SkuCode sku,
      WarehouseId warehouse,
      String source,
      Instant at,
      long units,
      @Nullable UnitAmount price,
      @Nullable ExchangeRate rate,
      Money value) {
    Money zero = Money.zero(value.currency());
    CostLayer layer = new CostLayer(
        id, sku, warehouse, source, repo.nextLayerSeq(sku, warehouse), at, units, units, price, rate, value, zero,
        value, 0);
    repo.insertLayer(layer);
    CostPosition p = position(repo, sku, warehouse, value.currency());
    repo.savePosition(
        new CostPosition(sku, warehouse, Math.addExact(p.quantity(), units), p.value().plus(value), p.version()));
    return layer;
  }

  // ---- cost out

  /** The cost of units issued, and how many units had no cost to issue. */
  private record Issue(Money cost, long uncosted) {}

  private Issue issue(FinanceRepository repo, SkuCode sku, WarehouseId warehouse, long quantity, Currency currency) {
    CostPosition p = position(repo, sku, warehouse, currency);
    long costed = Math.min(quantity, p.quantity());
    if (costed == 0) {
      return new Issue(Money.zero(currency), quantity);
    }
    Money cost;
    if (method(repo, warehouse) == CostingMethod.FIFO) {
      cost = Money.zero(currency);
      long need = costed;
      for (CostLayer layer : repo.layers(sku, warehouse, true)) {
        if (need == 0) {
          break;
        }
        long take = Math.min(need, layer.remaining());
        Money value = share(layer.remainingValue(), take, layer.remaining());
        repo.updateLayer(layer.withRemaining(layer.remaining() - take, layer.remainingValue().minus(value)));
        cost = cost.plus(value);
        need -= take;
      }
      costed -= need;
    } else {
      cost = share(p.value(), costed, p.quantity());
    }
    repo.savePosition(new CostPosition(sku, warehouse, p.quantity() - costed, p.value().minus(cost), p.version()));
    return new Issue(cost, quantity - costed);
  }

  /** {@code take} of {@code units} units worth {@code value}: all of it for the last unit. */
  private static Money share(Money value, long take, long units) {
    if (take == units) {
      return value;
    }
    return Money.rounded(
        value.amount().multiply(BigDecimal.valueOf(take)).divide(BigDecimal.valueOf(units), MathContext.DECIMAL128),
        value.currency(),
        ROUND);
  }

  // ---- profit

  @Override
  public OrderProfit recordShipment(OrderId orderId, Money labelCost) {
    Checks.present("orderId", orderId);
    Checks.present("labelCost", labelCost);
    Currency currency = baseCurrency();
    return ctx.tx(
        tx -> {
          FinanceRepository repo = tx.repository(FinanceRepository.class);
          Optional<OrderProfit> done = repo.profit(orderId, ProfitKind.ESTIMATE);
          if (done.isPresent()) {
            return done.get();
          }
          Order order = tx.repository(OrderRepository.class).find(orderId)
              .orElseThrow(() -> new NotFoundException("orderId", orderId));
          if (order.shipments().isEmpty()) {
            throw new InvalidInputException("orderId", orderId, "has no shipment");
          }
          Instant now = ctx.clock().instant();
          LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
          Currency shopCurrency = order.currency();
          ExchangeRate toBase = rates.require(shopCurrency, currency, day);
          ExchangeRate toShop = rates.require(currency, shopCurrency, day);
          Money labelShop;
          Money labelBase;
          if (labelCost.currency().equals(shopCurrency)) {
            labelShop = labelCost;
            labelBase = toBase.convert(labelCost, ROUND);
          } else if (labelCost.currency().equals(currency)) {
            labelBase = labelCost;
            labelShop = toShop.convert(labelCost, ROUND);
          } else {
            throw new InvalidInputException("labelCost", labelCost, "must be in the shop's or the base currency");
          }
          List<OrderLine> orderLines = order.lines();
          int n = orderLines.size();
          long[] shipped = new long[n];
          long[] uncosted = new long[n];
          Money[] costBase = new Money[n];
          for (int i = 0; i < n; i++) {
            costBase[i] = Money.zero(currency);
          }
          for (Shipment s : order.shipments()) {
            for (ShipmentLine sl : s.lines()) {
              int i = indexOf(orderLines, sl.orderLineId());
              long units = sl.quantity().value();
              Issue issue = issue(repo, sl.sku(), s.warehouse(), units, currency);
              shipped[i] += units;
              uncosted[i] += issue.uncosted();
              costBase[i] = costBase[i].plus(issue.cost());
            }
          }
          List<Money> revenue = new ArrayList<>();
          for (OrderLine l : orderLines) {
            revenue.add(l.unitPrice().times(l.quantity().value()).plus(l.shipping()).minus(l.discount()));
          }
          List<BigDecimal> byRevenue = weights(revenue, orderLines);
          List<BigDecimal> byUnits = new ArrayList<>();
          long totalShipped = 0;
          for (int i = 0; i < n; i++) {
            totalShipped += shipped[i];
          }
          for (int i = 0; i < n; i++) {
            byUnits.add(BigDecimal.valueOf(totalShipped > 0 ? shipped[i] : orderLines.get(i).quantity().value()));
          }
          List<Money> labelShopParts = labelShop.allocate(byUnits);
          List<Money> labelBaseParts = labelBase.allocate(byUnits);
          List<ProfitLine> lines = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            OrderLine l = orderLines.get(i);
            Money zeroShop = Money.zero(shopCurrency);
            Money zeroBase = Money.zero(currency);
            ProfitFigures shop = new ProfitFigures(
                revenue.get(i), zeroShop, toShop.convert(costBase[i], ROUND), labelShopParts.get(i));
            ProfitFigures inBase = new ProfitFigures(
                toBase.convert(revenue.get(i), ROUND), zeroBase, costBase[i], labelBaseParts.get(i));
            lines.add(new ProfitLine(order.id(), order.shopId(), ProfitKind.ESTIMATE, l.lineId(), l.sku(), shipped[i],
                uncosted[i], now, shop, inBase, toBase, toShop));
          }
          OrderProfit estimate = withFees(
              new OrderProfit(order.id(), order.shopId(), ProfitKind.ESTIMATE, now, lines),
              ProfitKind.ESTIMATE, order.platformFees(), byRevenue);
          repo.saveProfit(estimate);
          correct(repo, order, estimate);
          return estimate;
        });
  }

  /** Weights to split order-level amounts by: the lines' revenue, or their units if there is none. */
  private static List<BigDecimal> weights(List<Money> revenue, List<OrderLine> lines) {
    List<BigDecimal> out = new ArrayList<>();
    boolean any = revenue.stream().anyMatch(Money::isPositive);
    for (int i = 0; i < lines.size(); i++) {
      out.add(any
          ? revenue.get(i).amount().max(BigDecimal.ZERO)
          : BigDecimal.valueOf(lines.get(i).quantity().value()));
    }
    return out;
  }

  /** {@code profit} as {@code kind} with {@code fees} (shop currency) split over its lines by {@code by}. */
  private static OrderProfit withFees(OrderProfit profit, ProfitKind kind, Money fees, List<BigDecimal> by) {
    ExchangeRate toBase = profit.shopToBase();
    List<Money> shopParts = fees.allocate(by);
    List<Money> baseParts = toBase.convert(fees, ROUND).allocate(by);
    List<ProfitLine> lines = new ArrayList<>();
    for (int i = 0; i < profit.lines().size(); i++) {
      ProfitLine l = profit.lines().get(i);
      ProfitFigures shop = new ProfitFigures(l.shop().revenue(), shopParts.get(i), l.shop().landedCost(),
          l.shop().shipping());
      ProfitFigures inBase = new ProfitFigures(l.base().revenue(), baseParts.get(i), l.base().landedCost(),
          l.base().shipping());
      lines.add(new ProfitLine(l.orderId(), l.shopId(), kind, l.lineId(), l.sku(), l.quantity(), l.uncostedUnits(),
          l.shippedAt(), shop, inBase, l.shopToBase(), l.baseToShop()));
    }
    return new OrderProfit(profit.orderId(), profit.shopId(), kind, profit.shippedAt(), lines);
  }

  /** Stores the actual profit of {@code order} if settlement fees arrived; returns whether it did. */
  private static boolean correct(FinanceRepository repo, Order order, OrderProfit estimate) {
    List<SettlementEvent> fees = repo.settlementEvents(order.shopId(), order.platformOrderId()).stream()
        .filter(e -> e.kind() == SettlementEvent.Kind.FEE)
        .toList();
    if (fees.isEmpty()) {
      return false;
    }
    Money charged = Money.zero(order.currency());
    for (SettlementEvent e : fees) {
      charged = charged.minus(e.amount());
    }
    List<Money> revenue = estimate.lines().stream().map(l -> l.shop().revenue()).toList();
    repo.saveProfit(withFees(estimate, ProfitKind.ACTUAL, charged, weights(revenue, order.lines())));
    return true;
  }

  private static int indexOf(List<OrderLine> lines, String lineId) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).lineId().equals(lineId)) {
        return i;
      }
    }
    throw new NotFoundException("orderLineId", lineId);
  }

  @Override
  public Optional<OrderProfit> profit(OrderId orderId, ProfitKind kind) {
    Checks.present("orderId", orderId);
    Checks.present("kind", kind);
    return ctx.tx(tx -> tx.repository(FinanceRepository.class).profit(orderId, kind));
  }

  @Override
  public Page<ProfitLine> profits(ProfitQuery query, PageRequest page) {
    Checks.present("query", query);
    Checks.present("page", page);
    return ctx.tx(tx -> tx.repository(FinanceRepository.class).profitLines(query, page));
  }

  // ---- settlements

  @Override
  public SettlementResult applySettlement(ShopId shop, List<SettlementEvent> events) {
    Checks.present("shopId", shop);
    List<SettlementEvent> all = List.copyOf(Checks.present("events", events));
    baseCurrency();
    return ctx.tx(
        tx -> {
          if (tx.repository(ShopRepository.class).find(shop).isEmpty()) {
            throw new NotFoundException("shopId", shop);
          }
          FinanceRepository repo = tx.repository(FinanceRepository.class);
          int stored = 0;
          int unmatched = 0;
          Map<String, Integer> orders = new LinkedHashMap<>();
          for (SettlementEvent e : all) {
            if (!repo.insertSettlementEvent(shop, e)) {
              continue;
            }
            stored++;
            if (e.platformOrderId() != null) {
              orders.merge(e.platformOrderId(), 1, Integer::sum);
            } else {
              unmatched++;
            }
          }
          List<OrderId> corrected = new ArrayList<>();
          OrderRepository orderRepo = tx.repository(OrderRepository.class);
          for (Map.Entry<String, Integer> newEvents : orders.entrySet()) {
            Optional<Order> order = orderRepo.findByPlatformOrderId(shop, newEvents.getKey());
            Optional<OrderProfit> estimate =
                order.flatMap(o -> repo.profit(o.id(), ProfitKind.ESTIMATE));
            if (estimate.isPresent() && correct(repo, order.get(), estimate.get())) {
              corrected.add(order.get().id());
            } else {
              unmatched += newEvents.getValue();
            }
          }
          return new SettlementResult(all.size(), stored, corrected, unmatched);
        });
  }

  @Override
  public SettlementResult pullSettlements(ShopId shopId, Instant from, Instant to) {
    Checks.present("shopId", shopId);
    OrderWindow window = new OrderWindow(from, to);
    Shop shop = ctx.tx(tx -> tx.repository(ShopRepository.class).find(shopId))
        .orElseThrow(() -> new NotFoundException("shopId", shopId));
    PlatformConnector connector = connectors.get(shop.platform());
    if (connector == null) {
      throw new ConfigurationException("no connector is registered for " + shop.platform());
    }
    SettlementSource source = connector.capability(SettlementSource.class)
        .orElseThrow(() -> new ConfigurationException("the connector of " + shop.platform() + " reads no settlements"));
    int received = 0;
    int stored = 0;
    int unmatched = 0;
    Set<OrderId> corrected = new LinkedHashSet<>();
    String cursor = null;
    do {
      PlatformPage<SettlementEvent> page = source.settlements(shop, window, cursor);
      SettlementResult r = applySettlement(shopId, page.items());
      received += r.received();
      stored += r.stored();
      unmatched += r.unmatched();
      corrected.addAll(r.corrected());
      cursor = page.next();
    } while (cursor != null);
    return new SettlementResult(received, stored, List.copyOf(corrected), unmatched);
  }

  @Override
  public SettlementResult importSettlementReport(ShopId shop, Reader report) {
    Checks.present("shopId", shop);
    Checks.present("report", report);
    return applySettlement(shop, SettlementReportParser.parse(report));
  }

  // ---- helpers

  private static CostingMethod method(FinanceRepository repo, WarehouseId warehouse) {
    return repo.costingMethod(warehouse).orElse(CostingMethod.MOVING_AVERAGE);
  }

  private static CostPosition position(FinanceRepository repo, SkuCode sku, WarehouseId warehouse, Currency currency) {
    return repo.position(sku, warehouse).orElseGet(() -> new CostPosition(sku, warehouse, 0, Money.zero(currency), 0));
  }
}
