package dev.crossborder.erp.cases.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.cases.CaseId;
import dev.crossborder.erp.cases.Inspection;
import dev.crossborder.erp.cases.Refund;
import dev.crossborder.erp.cases.RefundKind;
import dev.crossborder.erp.cases.RefundRequest;
import dev.crossborder.erp.cases.Return;
import dev.crossborder.erp.cases.ReturnId;
import dev.crossborder.erp.cases.ReturnLine;
import dev.crossborder.erp.cases.ReturnState;
import dev.crossborder.erp.cases.Returns;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.internal.StoreInventory;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.store.CaseRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.WarehouseRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** {@link Returns} over the store's {@link CaseRepository}; stock moves through the ledger. Thread-safe. */
final class StoreReturns implements Returns {
  private static final Set<OrderStatus> SHIPPED =
      EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CONFIRMED, OrderStatus.EXTERNALLY_FULFILLED);

  private final ErpContext ctx;
  private final StoreInventory inventory;

  StoreReturns(ErpContext ctx, StoreInventory inventory) {
    this.ctx = ctx;
    this.inventory = inventory;
  }

  @Override
  public Return authorise(OrderId orderId, @Nullable CaseId caseId, Map<String, Long> units) {
    requireNonNull(orderId, "order == null");
    Checks.present("units", units);
    if (units.isEmpty()) {
      throw new InvalidInputException("units", "{}", "must not be empty");
    }
    Map<String, Long> sorted = new TreeMap<>(units);
    return ctx.tx(
        tx -> {
          Order order = orderOf(tx, orderId);
          if (!SHIPPED.contains(order.status())) {
            throw new InvalidInputException("orderId", orderId, "has not shipped (" + order.status() + "): nothing can come back");
          }
          CaseRepository repo = tx.repository(CaseRepository.class);
          Map<String, Long> returned = new HashMap<>();
          for (Return earlier : repo.returnsByOrder(orderId)) {
            if (earlier.state() != ReturnState.CANCELLED) {
              for (ReturnLine line : earlier.lines()) {
                returned.merge(line.orderLineId(), line.quantity(), Long::sum);
              }
            }
          }
          List<ReturnLine> lines = new ArrayList<>();
          for (Map.Entry<String, Long> e : sorted.entrySet()) {
            String field = "units[" + e.getKey() + "]";
            long quantity = Checks.positive(field, Checks.present(field, e.getValue()));
            OrderLine line = order.line(e.getKey()).orElseThrow(() -> new NotFoundException("units", e.getKey()));
            long already = returned.getOrDefault(line.lineId(), 0L);
            long left = line.quantity().value() - already;
            if (quantity > left) {
              throw new InvalidInputException(
                  field, quantity,
                  "exceeds the units shipped on the line (" + line.quantity().value() + " shipped, " + already + " already returned)");
            }
            lines.add(new ReturnLine(line.lineId(), line.sku(), quantity, 0, 0));
          }
          Return r =
              new Return(ReturnId.of(ctx.ids().nextId()), orderId, caseId, ReturnState.AUTHORISED, lines, null, null,
                  ctx.clock().instant(), 0);
          repo.insertReturn(r);
          ctx.emit(tx, "return", r.id().value(), CaseEvents.RETURN_CHANGED, CaseEvents.of(r));
          return r;
        });
  }

  @Override
  public Return expect(ReturnId id, WarehouseId warehouse) {
    requireNonNull(warehouse, "warehouse == null");
    return step(
        id,
        (tx, r) -> {
          if (tx.repository(WarehouseRepository.class).find(warehouse).isEmpty()) {
            throw new NotFoundException("warehouse", warehouse);
          }
          return r.advance(ReturnState.AUTHORISED, ReturnState.EXPECTED).with(r.lines(), warehouse, null);
        });
  }

  @Override
  public Return receive(ReturnId id) {
    return step(id, (tx, r) -> r.advance(ReturnState.EXPECTED, ReturnState.RECEIVED));
  }

  @Override
  public Return inspect(ReturnId id, List<Inspection> inspections) {
    Checks.notEmpty("inspections", inspections);
    return step(
        id,
        (tx, r) -> {
          Return next = r.advance(ReturnState.RECEIVED, ReturnState.INSPECTED);
          WarehouseId warehouse = requireNonNull(r.warehouse(), "an expected return has a warehouse");
          Map<String, Inspection> byLine = new HashMap<>();
          for (int i = 0; i < inspections.size(); i++) {
            Inspection in = inspections.get(i);
            String field = "inspections[" + i + "]";
            if (byLine.put(in.orderLineId(), in) != null) {
              throw new InvalidInputException(field + ".orderLineId", in.orderLineId(), "is inspected twice");
            }
            if (r.lines().stream().noneMatch(l -> l.orderLineId().equals(in.orderLineId()))) {
              throw new InvalidInputException(field + ".orderLineId", in.orderLineId(), "is not a line of return " + r.id());
            }
          }
          List<ReturnLine> lines = new ArrayList<>();
          for (ReturnLine line : r.lines()) {
            Inspection in = byLine.get(line.orderLineId());
            if (in == null) {
              throw new InvalidInputException("inspections", line.orderLineId(), "misses a line of the return");
            }
            if (in.sellable() + in.defective() != line.quantity()) {
              throw new InvalidInputException(
                  "inspections[" + line.orderLineId() + "]", in.sellable() + "+" + in.defective(),
                  "must add up to the " + line.quantity() + " units returned");
            }
            inventory.recordReturn(
                tx, "rma:" + r.id() + "/" + line.orderLineId(), line.sku(), warehouse, in.sellable(), in.defective(),
                "rma:" + r.id());
            lines.add(new ReturnLine(line.orderLineId(), line.sku(), line.quantity(), in.sellable(), in.defective()));
          }
          return next.with(lines, warehouse, null);
        });
  }

  @Override
  public Return refund(ReturnId id, RefundRequest request) {
    Checks.present("request", request);
    return step(
        id,
        (tx, r) -> {
          if (r.state() != ReturnState.INSPECTED && r.state() != ReturnState.AUTHORISED) {
            throw new IllegalTransitionException("state", r.state(), ReturnState.REFUNDED);
          }
          Order order = orderOf(tx, r.orderId());
          Money gross = grossOf(order, r);
          Money fee = Money.zero(order.currency());
          Money amount = gross;
          if (request.kind() == RefundKind.PARTIAL) {
            amount = sameCurrency(order, requireNonNull(request.amount()));
            if (amount.isGreaterThan(gross)) {
              throw new InvalidInputException("amount", amount, "exceeds the returned units' value " + gross);
            }
          } else if (request.kind() == RefundKind.RESTOCKING_FEE) {
            fee = sameCurrency(order, requireNonNull(request.restockingFee()));
            if (!fee.isLessThan(gross)) {
              throw new InvalidInputException("restockingFee", fee, "must be below the returned units' value " + gross);
            }
            amount = gross.minus(fee);
          }
          Refund refund = new Refund(r.id(), r.orderId(), request.kind(), gross, fee, amount, ctx.clock().instant());
          return r.advance(r.state(), ReturnState.REFUNDED).with(r.lines(), r.warehouse(), refund);
        });
  }

  /** Per returned line: unit price × units, plus the line's tax and shipping less discount pro rata. */
  private static Money grossOf(Order order, Return r) {
    Money gross = Money.zero(order.currency());
    for (ReturnLine returned : r.lines()) {
      OrderLine line = order.line(returned.orderLineId()).orElseThrow(() -> new NotFoundException("orderLineId", returned.orderLineId()));
      BigDecimal share = BigDecimal.valueOf(returned.quantity()).divide(BigDecimal.valueOf(line.quantity().value()), 10, RoundingMode.HALF_EVEN);
      Money extras = line.tax().plus(line.shipping()).minus(line.discount());
      gross = gross.plus(line.unitPrice().times(returned.quantity())).plus(extras.times(share, RoundingMode.HALF_EVEN));
    }
    return gross;
  }

  private static Money sameCurrency(Order order, Money amount) {
    if (!amount.currency().equals(order.currency())) {
      throw new CurrencyMismatchException(order.currency(), amount.currency());
    }
    return amount;
  }

  @Override
  public Optional<Return> find(ReturnId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(CaseRepository.class).findReturn(id));
  }

  @Override
  public List<Return> byOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return ctx.tx(tx -> tx.repository(CaseRepository.class).returnsByOrder(order));
  }

  @Override
  public List<Refund> refunds(OrderId order) {
    return byOrder(order).stream().map(Return::refund).filter(java.util.Objects::nonNull).toList();
  }

  private Return step(ReturnId id, BiFunction<StoreTransaction, Return, Return> change) {
    requireNonNull(id, "id == null");
    return ctx.tx(
        tx -> {
          CaseRepository repo = tx.repository(CaseRepository.class);
          Return r = repo.findReturn(id).orElseThrow(() -> new NotFoundException("returnId", id));
          Return saved = repo.updateReturn(change.apply(tx, r));
          ctx.emit(tx, "return", saved.id().value(), CaseEvents.RETURN_CHANGED, CaseEvents.of(saved));
          return saved;
        });
  }

  private static Order orderOf(StoreTransaction tx, OrderId id) {
    return tx.repository(OrderRepository.class).find(id).orElseThrow(() -> new NotFoundException("orderId", id));
  }
}
