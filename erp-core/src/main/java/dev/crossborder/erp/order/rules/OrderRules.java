package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.rules.internal.Diff;
import dev.crossborder.erp.order.rules.internal.Engine;
import dev.crossborder.erp.order.rules.internal.MergeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rule pipeline for one {@link RuleSet}: audit/hold, warehouse allocation, split/merge and
 * shipping method, in that order, each explained by its {@link StageTrace}. Pure: it reads the
 * order and the {@link RuleContext} and writes nothing, so routing can call it inside an import
 * and a dry run can call it on a whole backlog. Thread-safe; build once per rule set.
 *
 * <pre>{@code
 * OrderRules rules = OrderRules.of(ruleSet);
 * Decision d = rules.decide(OrderInput.of(order, PlatformId.AMAZON), context);
 * log.info("{}", d.explain());
 * }</pre>
 */
public final class OrderRules {
  private final RuleSet ruleSet;
  private final Engine engine;
  /** The merge index of the last context {@link #decide} saw, so a stream of orders shares one. */
  private volatile ContextIndex lastIndex = new ContextIndex(RuleContext.builder().build());

  /** A context and the merge index over its open orders. */
  private static final class ContextIndex {
    final RuleContext context;
    final MergeIndex merges;

    ContextIndex(RuleContext context) {
      this.context = context;
      this.merges = new MergeIndex(context.openOrders());
    }
  }

  private OrderRules(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    this.engine = new Engine(ruleSet);
  }

  /** The pipeline for {@code ruleSet}. */
  public static OrderRules of(RuleSet ruleSet) {
    return new OrderRules(Objects.requireNonNull(ruleSet, "ruleSet == null"));
  }

  /** The rule set. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * The decision for one order; merge candidates are looked for among the context's open orders.
   *
   * @throws RuleInputException if a rule needs a value the order or context lacks (a SKU weight)
   *     or has in another currency
   */
  public Decision decide(OrderInput order, RuleContext context) {
    ContextIndex index = lastIndex;
    if (index.context != context) {
      index = new ContextIndex(context);
      lastIndex = index;
    }
    return engine.decide(order, context, index.merges);
  }

  /**
   * The decisions for a batch, in order; merge candidates are looked for among the context's open
   * orders and the batch itself.
   *
   * @throws RuleInputException at the first order that cannot be evaluated
   */
  public List<Decision> decideAll(List<OrderInput> orders, RuleContext context) {
    MergeIndex merges = new MergeIndex(context.openOrders(), orders);
    List<Decision> out = new ArrayList<>(orders.size());
    for (OrderInput o : orders) {
      out.add(engine.decide(o, context, merges));
    }
    return out;
  }

  /** What {@code ruleSet} would decide for each of {@code orders}, writing nothing. */
  public static DryRunReport dryRun(RuleSet ruleSet, List<OrderInput> orders, RuleContext context) {
    return run(ruleSet, null, orders, context);
  }

  /**
   * What {@code candidate} would decide for each of {@code orders} and what would change versus
   * {@code baseline} (typically the live version), writing nothing. An order either rule set
   * cannot evaluate gets an error entry; the run goes on.
   */
  public static DryRunReport dryRun(RuleSet candidate, RuleSet baseline, List<OrderInput> orders, RuleContext context) {
    return run(candidate, baseline, orders, context);
  }

  private static DryRunReport run(
      RuleSet candidate, @Nullable RuleSet baseline, List<OrderInput> orders, RuleContext context) {
    Engine next = new Engine(candidate);
    Engine before = baseline == null ? null : new Engine(baseline);
    MergeIndex merges = new MergeIndex(context.openOrders(), orders);
    List<DryRunEntry> entries = new ArrayList<>(orders.size());
    for (OrderInput o : orders) {
      Decision d = null;
      Decision b = null;
      String error = null;
      try {
        d = next.decide(o, context, merges);
        b = before == null ? null : before.decide(o, context, merges);
      } catch (InvalidInputException e) {
        error = (d == null ? "" : "baseline: ") + e.getMessage();
      }
      List<String> changes = d != null && b != null ? Diff.of(b, d) : List.of();
      entries.add(new DryRunEntry(o.order().id(), d, b, error, changes));
    }
    return new DryRunReport(name(candidate), baseline == null ? "" : name(baseline), entries);
  }

  private static String name(RuleSet r) {
    return r.id() + " v" + r.version();
  }
}
