package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.rules.Alternative;
import dev.crossborder.erp.order.rules.Decision;
import dev.crossborder.erp.order.rules.FiredRule;
import dev.crossborder.erp.order.rules.OrderFacts;
import dev.crossborder.erp.order.rules.OrderInput;
import dev.crossborder.erp.order.rules.Outcome;
import dev.crossborder.erp.order.rules.Plan;
import dev.crossborder.erp.order.rules.PlanLine;
import dev.crossborder.erp.order.rules.PlannedShipment;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleInputException;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.order.rules.ShippingRow;
import dev.crossborder.erp.order.rules.Stage;
import dev.crossborder.erp.order.rules.StageTrace;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs a rule set's four stages over one order. Stateless apart from the rule set; thread-safe.
 * Rules are evaluated in place: conditions are prebuilt objects, and only fired rules and the
 * warehouse ranking allocate trace entries.
 */
public final class Engine {
  private static final Act.PickWarehouse DEFAULT_STRATEGY = new Act.PickWarehouse(Act.Strategy.STOCK, List.of());

  private final RuleSet ruleSet;

  /** An engine for {@code ruleSet}. */
  public Engine(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  /** Decides {@code input} in {@code context}, looking for merge candidates in {@code merges}. */
  public Decision decide(OrderInput input, RuleContext context, MergeIndex merges) {
    OrderFacts facts = new OrderFacts(input, context);
    List<StageTrace> trace = new ArrayList<>(4);
    List<String> holds = audit(facts, trace);
    OrderId id = input.order().id();
    if (!holds.isEmpty()) {
      return new Decision(id, ruleSet.id(), ruleSet.version(), trace,
          new Plan(Outcome.HELD, holds, List.of(), List.of(), List.of()));
    }
    Allocation allocation = allocate(facts, trace);
    Routing routing = splitMerge(facts, allocation, merges, trace);
    List<PlannedShipment> shipments = ship(facts, routing.shipments, trace);
    Outcome outcome = shipments.isEmpty() ? Outcome.AWAITING_STOCK
        : shipments.size() == 1 && routing.backordered.isEmpty() ? Outcome.ALLOCATED : Outcome.SPLIT;
    return new Decision(id, ruleSet.id(), ruleSet.version(), trace,
        new Plan(outcome, List.of(), shipments, routing.backordered, routing.mergeWith));
  }

  private static FiredRule fired(Rule rule, OrderFacts facts) {
    Map<String, String> inputs = new HashMap<>(4);
    rule.condition().readInputs(facts, inputs);
    return new FiredRule(rule.id(), rule.version(), rule.action().describe(), inputs);
  }

  // ---- audit

  private List<String> audit(OrderFacts facts, List<StageTrace> trace) {
    List<String> holds = new ArrayList<>(0);
    List<FiredRule> fired = new ArrayList<>(1);
    List<String> notMatched = new ArrayList<>(0);
    for (Rule rule : ruleSet.rules(Stage.AUDIT)) {
      if (!rule.condition().test(facts)) {
        notMatched.add(rule.id());
        continue;
      }
      fired.add(fired(rule, facts));
      if (rule.action() instanceof Act.Hold hold) {
        holds.add(hold.reason());
      } else if (rule.action() instanceof Act.Blacklist blacklist) {
        holds.add(Plan.BLACKLIST_PREFIX + blacklist.reason());
      }
      if (!rule.continues()) {
        break;
      }
    }
    String outcome = !holds.isEmpty() ? "held: " + String.join("; ", holds)
        : fired.isEmpty() ? "passed: no audit rule matched" : "approved";
    trace.add(new StageTrace(Stage.AUDIT, fired, notMatched, List.of(), outcome));
    return holds;
  }

  // ---- warehouse allocation

  private static final class Allocation {
    final List<Warehouse> ranking;
    final @Nullable Warehouse chosen;

    Allocation(List<Warehouse> ranking, @Nullable Warehouse chosen) {
      this.ranking = ranking;
      this.chosen = chosen;
    }
  }

  private Allocation allocate(OrderFacts facts, List<StageTrace> trace) {
    List<FiredRule> fired = new ArrayList<>(1);
    List<String> notMatched = new ArrayList<>(0);
    List<Alternative> alternatives = new ArrayList<>();
    Allocation first = null;
    for (Rule rule : ruleSet.rules(Stage.WAREHOUSE)) {
      if (!rule.condition().test(facts)) {
        notMatched.add(rule.id());
        continue;
      }
      fired.add(fired(rule, facts));
      Allocation a = rank(facts, (Act.PickWarehouse) rule.action(), alternatives);
      if (first == null) {
        first = a;
      }
      if (a.chosen != null) {
        trace.add(new StageTrace(Stage.WAREHOUSE, fired, notMatched, alternatives,
            a.chosen.id() + " covers every line (" + rule.action().describe() + ")"));
        return a;
      }
      if (!rule.continues()) {
        break;
      }
    }
    String prefix = "";
    if (first == null) {
      prefix = "no warehouse rule matched, default: context order; ";
      first = rank(facts, DEFAULT_STRATEGY, alternatives);
      if (first.chosen != null) {
        trace.add(new StageTrace(Stage.WAREHOUSE, fired, notMatched, alternatives,
            prefix + first.chosen.id() + " covers every line"));
        return first;
      }
    }
    trace.add(new StageTrace(Stage.WAREHOUSE, fired, notMatched, alternatives,
        prefix + "no single warehouse covers every line"));
    return first;
  }

  /** Ranks the context's warehouses by {@code action}'s strategy and picks the first covering one. */
  private static Allocation rank(OrderFacts facts, Act.PickWarehouse action, List<Alternative> alternatives) {
    RuleContext ctx = facts.context();
    String country = facts.country();
    List<Warehouse> ranking = new ArrayList<>(ctx.warehouses().size());
    Map<WarehouseId, Comparable<?>> keys = new HashMap<>();
    switch (action.strategy()) {
      case PRIORITY:
        for (WarehouseId id : action.priority()) {
          Optional<Warehouse> w = ctx.warehouse(id);
          if (w.isPresent()) {
            ranking.add(w.get());
            keys.put(id, ranking.size());
          } else {
            alternatives.add(new Alternative(id.toString(), "not in the context's warehouses"));
          }
        }
        for (Warehouse w : ctx.warehouses()) {
          if (!action.priority().contains(w.id())) {
            alternatives.add(new Alternative(w.id().toString(), "not in the priority list"));
          }
        }
        break;
      case STOCK:
        ranking.addAll(ctx.warehouses());
        for (int i = 0; i < ranking.size(); i++) {
          keys.put(ranking.get(i).id(), i + 1);
        }
        break;
      case NEAREST:
        for (Warehouse w : ctx.warehouses()) {
          Optional<Long> km = ctx.distance(country, w.id());
          if (km.isPresent()) {
            ranking.add(w);
            keys.put(w.id(), km.get());
          } else {
            alternatives.add(new Alternative(w.id().toString(), "no distance to " + country + " in the table"));
          }
        }
        ranking.sort((a, b) -> Long.compare((Long) keys.get(a.id()), (Long) keys.get(b.id())));
        break;
      default:
        for (Warehouse w : ctx.warehouses()) {
          Optional<Money> cost = ctx.cost(w.id(), country);
          if (cost.isPresent()) {
            ranking.add(w);
            keys.put(w.id(), cost.get());
          } else {
            alternatives.add(new Alternative(w.id().toString(), "no cost to " + country + " in the table"));
          }
        }
        ranking.sort((a, b) -> ((Money) keys.get(a.id())).compareTo((Money) keys.get(b.id())));
        break;
    }
    Warehouse chosen = null;
    List<Alternative> ranked = new ArrayList<>(ranking.size());
    for (Warehouse w : ranking) {
      String missing = missing(facts, w.id());
      if (chosen == null && missing.isEmpty()) {
        chosen = w;
      } else if (!missing.isEmpty()) {
        ranked.add(new Alternative(w.id().toString(), "missing " + missing));
      } else {
        ranked.add(new Alternative(w.id().toString(), rankedLower(action.strategy(), keys.get(w.id()), keys.get(chosen.id()))));
      }
    }
    alternatives.addAll(0, ranked);
    return new Allocation(ranking, chosen);
  }

  private static String rankedLower(Act.Strategy strategy, Object loser, Object winner) {
    switch (strategy) {
      case PRIORITY:
        return "lower in the priority list (#" + loser + " vs #" + winner + ")";
      case STOCK:
        return "later in the warehouse order (#" + loser + " vs #" + winner + ")";
      case NEAREST:
        return "farther: " + loser + " km vs " + winner + " km";
      default:
        return "costlier: " + loser + " vs " + winner;
    }
  }

  /** What {@code warehouse} lacks for the whole order, such as {@code 2 × SKU-A}; empty if nothing. */
  private static String missing(OrderFacts facts, WarehouseId warehouse) {
    StringBuilder sb = null;
    for (Map.Entry<SkuCode, Long> e : facts.unitsBySku().entrySet()) {
      long lacking = e.getValue() - facts.context().available(e.getKey(), warehouse);
      if (lacking > 0) {
        sb = sb == null ? new StringBuilder() : sb.append(", ");
        sb.append(lacking).append(" × ").append(e.getKey());
      }
    }
    return sb == null ? "" : sb.toString();
  }

  // ---- split / merge

  private static final class Routing {
    final List<PlannedShipment> shipments;
    final List<PlanLine> backordered;
    final List<OrderId> mergeWith;

    Routing(List<PlannedShipment> shipments, List<PlanLine> backordered, List<OrderId> mergeWith) {
      this.shipments = shipments;
      this.backordered = backordered;
      this.mergeWith = mergeWith;
    }
  }

  private Routing splitMerge(OrderFacts facts, Allocation allocation, MergeIndex merges, List<StageTrace> trace) {
    List<FiredRule> fired = new ArrayList<>(1);
    List<String> notMatched = new ArrayList<>(0);
    List<Alternative> alternatives = new ArrayList<>(0);
    List<OrderId> mergeWith = new ArrayList<>(0);
    List<String> outcome = new ArrayList<>(2);
    Rule routingRule = null;
    for (Rule rule : ruleSet.rules(Stage.SPLIT_MERGE)) {
      boolean isMerge = rule.action() instanceof Act.Merge;
      if (!isMerge && (routingRule != null || allocation.chosen != null)) {
        continue;
      }
      if (!rule.condition().test(facts)) {
        notMatched.add(rule.id());
        continue;
      }
      fired.add(fired(rule, facts));
      if (rule.action() instanceof Act.Merge merge) {
        outcome.add(mergeCandidates(facts, merge.window(), merges, mergeWith, alternatives));
      } else {
        routingRule = rule;
        if (!rule.continues()) {
          break;
        }
      }
    }
    Routing routing;
    Order order = facts.order();
    if (allocation.chosen != null) {
      routing = new Routing(List.of(new PlannedShipment(allocation.chosen.id(), planLines(order.lines()), null)),
          List.of(), mergeWith);
      outcome.add(0, "no split needed: " + allocation.chosen.id() + " covers every line");
    } else if (routingRule != null && routingRule.action() instanceof Act.Split) {
      routing = split(facts, allocation.ranking, mergeWith);
      outcome.add(0, routing.shipments.isEmpty() ? "split found no stock: every line backordered"
          : "split into " + routing.shipments.size() + " shipment(s), " + routing.backordered.size() + " line(s) backordered");
    } else {
      routing = new Routing(List.of(), planLines(order.lines()), mergeWith);
      outcome.add(0, routingRule == null ? "no split rule matched, default: backorder" : "backorder");
    }
    trace.add(new StageTrace(Stage.SPLIT_MERGE, fired, notMatched, alternatives, String.join("; ", outcome)));
    return routing;
  }

  private static List<PlanLine> planLines(List<OrderLine> lines) {
    List<PlanLine> out = new ArrayList<>(lines.size());
    for (OrderLine l : lines) {
      out.add(new PlanLine(l.lineId(), l.sku(), l.quantity().value()));
    }
    return out;
  }

  /** Each whole line from the first ranked warehouse with enough left; lines none has are backordered. */
  private static Routing split(OrderFacts facts, List<Warehouse> ranking, List<OrderId> mergeWith) {
    Map<WarehouseId, List<PlanLine>> byWarehouse = new LinkedHashMap<>();
    Map<String, Long> used = new HashMap<>();
    List<PlanLine> backordered = new ArrayList<>(0);
    for (OrderLine line : facts.order().lines()) {
      long qty = line.quantity().value();
      WarehouseId from = null;
      for (Warehouse w : ranking) {
        String key = line.sku().value() + '\u0000' + w.id().value();
        long left = facts.context().available(line.sku(), w.id()) - used.getOrDefault(key, 0L);
        if (left >= qty) {
          used.merge(key, qty, Long::sum);
          from = w.id();
          break;
        }
      }
      PlanLine planned = new PlanLine(line.lineId(), line.sku(), qty);
      if (from == null) {
        backordered.add(planned);
      } else {
        byWarehouse.computeIfAbsent(from, k -> new ArrayList<>()).add(planned);
      }
    }
    List<PlannedShipment> shipments = new ArrayList<>(byWarehouse.size());
    for (Warehouse w : ranking) {
      List<PlanLine> lines = byWarehouse.get(w.id());
      if (lines != null) {
        shipments.add(new PlannedShipment(w.id(), lines, null));
      }
    }
    return new Routing(shipments, backordered, mergeWith);
  }

  private static String mergeCandidates(
      OrderFacts facts, Duration window, MergeIndex merges, List<OrderId> mergeWith, List<Alternative> alternatives) {
    OrderInput self = facts.input();
    if (facts.context().forbidsMerge(self.platform())) {
      return "merge: " + self.platform() + " forbids merging";
    }
    if (self.buyerKey().isEmpty() || self.addressKey().isEmpty()) {
      return "merge: buyer or address key unknown";
    }
    for (OrderInput other : merges.sameBuyerAndAddress(self)) {
      Order o = other.order();
      if (o.id().equals(self.order().id()) || mergeWith.contains(o.id())) {
        continue;
      }
      Duration apart = Duration.between(o.purchasedAt(), self.order().purchasedAt()).abs();
      String why = !o.shopId().equals(self.order().shopId()) ? "another shop"
          : !isOpen(o.status()) ? "status " + o.status()
          : apart.compareTo(window) > 0 ? "placed " + apart + " apart, window " + window
          : null;
      if (why == null) {
        mergeWith.add(o.id());
      } else {
        alternatives.add(new Alternative("merge " + o.id(), why));
      }
    }
    return "merge: " + (mergeWith.isEmpty() ? "no candidate" : mergeWith.size() + " candidate(s)");
  }

  private static boolean isOpen(OrderStatus s) {
    return s == OrderStatus.NEW || s == OrderStatus.ON_HOLD || s == OrderStatus.AWAITING_STOCK
        || s == OrderStatus.ALLOCATED;
  }

  // ---- shipping

  private List<PlannedShipment> ship(OrderFacts facts, List<PlannedShipment> shipments, List<StageTrace> trace) {
    if (shipments.isEmpty()) {
      trace.add(new StageTrace(Stage.SHIPPING, List.of(), List.of(), List.of(), "nothing to ship"));
      return shipments;
    }
    List<FiredRule> fired = new ArrayList<>(1);
    List<String> notMatched = new ArrayList<>(0);
    List<Alternative> alternatives = new ArrayList<>(0);
    for (Rule rule : ruleSet.rules(Stage.SHIPPING)) {
      if (!rule.condition().test(facts)) {
        notMatched.add(rule.id());
        continue;
      }
      fired.add(fired(rule, facts));
      List<PlannedShipment> out = new ArrayList<>(shipments.size());
      for (PlannedShipment s : shipments) {
        String method = method(facts, rule, s, alternatives);
        if (method == null) {
          break;
        }
        out.add(s.withMethod(method));
      }
      if (out.size() == shipments.size()) {
        trace.add(new StageTrace(Stage.SHIPPING, fired, notMatched, alternatives, "methods by " + rule.id()));
        return out;
      }
    }
    trace.add(new StageTrace(Stage.SHIPPING, fired, notMatched, alternatives, "no shipping rule gave a method"));
    return shipments;
  }

  private static @Nullable String method(OrderFacts facts, Rule rule, PlannedShipment s, List<Alternative> alternatives) {
    if (rule.action() instanceof Act.ShipWith with) {
      return with.method();
    }
    List<ShippingRow> rows = ((Act.ShipByTable) rule.action()).table().rows();
    Order order = facts.order();
    BigDecimal grams = BigDecimal.ZERO;
    Money value = Money.zero(order.currency());
    for (PlanLine pl : s.lines()) {
      grams = grams.add(facts.unitGrams(pl.sku()).multiply(BigDecimal.valueOf(pl.quantity())));
      value = value.plus(order.line(pl.lineId()).orElseThrow().total());
    }
    String country = facts.country();
    for (int i = 0; i < rows.size(); i++) {
      ShippingRow row = rows.get(i);
      String why = rowMismatch(row, country, grams, value, i);
      if (why == null) {
        return row.method();
      }
      alternatives.add(new Alternative(rule.id() + " row " + (i + 1) + " (" + row.method() + ") for " + s.warehouse(), why));
    }
    alternatives.add(new Alternative(rule.id(), "no row for the " + s.warehouse() + " shipment"));
    return null;
  }

  private static @Nullable String rowMismatch(ShippingRow row, String country, BigDecimal grams, Money value, int i) {
    if (!row.country().equals("*") && !row.country().equals(country)) {
      return "country " + country + " ≠ " + row.country();
    }
    if (row.maxWeight() != null && grams.compareTo(row.maxWeight().grams()) > 0) {
      return "weight " + grams.stripTrailingZeros().toPlainString() + " g > " + row.maxWeight();
    }
    Money max = row.maxValue();
    if (max != null) {
      if (!max.currency().equals(value.currency())) {
        throw new RuleInputException("rows[" + i + "].maxValue.currency",
            "rule " + max.currency() + " vs order " + value.currency(), "differs from the order's currency");
      }
      if (value.compareTo(max) > 0) {
        return "value " + value + " > " + max;
      }
    }
    return null;
  }
}
