package dev.crossborder.erp.platforms.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The active fault plans of one {@link FakePlatform} and the seeded random they draw from. Every
 * decision is taken under this object's lock, so a given seed and a given sequence of calls always
 * give the same faults; concurrent callers are serialised here only for the draw.
 */
final class FaultInjector {
  private final Random random;
  private final List<Active> active = new ArrayList<>();

  FaultInjector(long seed, List<FaultPlan> plans) {
    this.random = new Random(seed);
    add(plans);
  }

  synchronized void add(List<FaultPlan> plans) {
    for (FaultPlan plan : plans) {
      active.add(new Active(plan, plan.calls()));
    }
  }

  synchronized void clear() {
    active.clear();
  }

  /**
   * The faults that fire on one call of {@code operation} ({@code null}: an order update), in the
   * order the plans were given. Every eligible plan draws or counts once per call.
   */
  synchronized List<Fault> draw(@Nullable Operation operation, boolean pageAfterFirst) {
    List<Fault> fired = new ArrayList<>(1);
    for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
      Active a = it.next();
      if (!a.plan.eligible(operation)) {
        continue;
      }
      if (a.plan.fault() instanceof Fault.DuplicatePage && !pageAfterFirst) {
        continue;
      }
      if (a.plan.calls() > 0) {
        fired.add(a.plan.fault());
        if (--a.remaining == 0) {
          it.remove();
        }
      } else if (random.nextDouble() < a.plan.probability()) {
        fired.add(a.plan.fault());
      }
    }
    return fired;
  }

  /** Shuffles {@code items} by the seeded random, so that they are surely out of their order. */
  synchronized <T> void shuffle(List<T> items) {
    if (items.size() < 2) {
      return;
    }
    List<T> original = new ArrayList<>(items);
    Collections.shuffle(items, random);
    if (items.equals(original)) {
      Collections.reverse(items);
    }
  }

  @Override
  public synchronized String toString() {
    List<FaultPlan> plans = new ArrayList<>();
    for (Active a : active) {
      plans.add(a.plan);
    }
    return plans.toString();
  }

  private static final class Active {
    final FaultPlan plan;
    int remaining;

    Active(FaultPlan plan, int remaining) {
      this.plan = plan;
      this.remaining = remaining;
    }
  }
}
