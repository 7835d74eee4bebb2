package dev.crossborder.erp.platforms.fake;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When {@link FakePlatform} injects one {@link Fault}: either on each eligible call with a
 * probability, drawn from the fake's seeded {@link java.util.Random} (so the same seed and the same
 * sequence of calls give the same faults), or on exactly the next {@code n} eligible calls. A call is
 * eligible when its {@link Operation} is one the plan is {@link #on restricted to} (all by default)
 * and the fault applies to it (page faults apply to {@link Operation#ORDERS} only; a late update
 * applies to {@link FakePlatform#updateOrder} only).
 *
 * <pre>{@code
 * FakePlatform.builder()
 *     .platform(PlatformId.AMAZON)
 *     .seed(42)
 *     .faults(
 *         FaultPlan.withProbability(0.1, Fault.rateLimited(Duration.ofSeconds(2))),
 *         FaultPlan.nextCalls(2, Fault.unavailable()).on(Operation.CONFIRM_SHIPMENT))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the count of a scripted plan is kept by the fake it was given to,
 * so one plan can be handed to several fakes.
 */
public final class FaultPlan {
  private final Fault fault;
  private final double probability;
  private final int calls;
  private final Set<Operation> operations;

  private FaultPlan(Fault fault, double probability, int calls, Set<Operation> operations) {
    this.fault = fault;
    this.probability = probability;
    this.calls = calls;
    this.operations = operations;
  }

  /**
   * Injects {@code fault} on each eligible call with {@code probability}, 0 to 1.
   *
   * @throws InvalidInputException if the probability is outside 0 to 1
   */
  public static FaultPlan withProbability(double probability, Fault fault) {
    requireNonNull(fault, "fault == null");
    if (!(probability >= 0 && probability <= 1)) {
      throw new InvalidInputException("probability", probability, "must be 0 to 1");
    }
    return new FaultPlan(fault, probability, 0, allOperations());
  }

  /** Injects {@code fault} on every eligible call. */
  public static FaultPlan always(Fault fault) {
    return withProbability(1, fault);
  }

  /**
   * Injects {@code fault} on the next {@code calls} eligible calls, then never again.
   *
   * @throws InvalidInputException if {@code calls} is not positive
   */
  public static FaultPlan nextCalls(int calls, Fault fault) {
    requireNonNull(fault, "fault == null");
    if (calls <= 0) {
      throw new InvalidInputException("calls", calls, "must be positive");
    }
    return new FaultPlan(fault, 0, calls, allOperations());
  }

  /**
   * This plan, restricted to {@code operations}.
   *
   * @throws ConfigurationException if none is given, or for a {@link Fault#lateUpdate}, which
   *     happens on {@link FakePlatform#updateOrder} rather than on an operation
   */
  public FaultPlan on(Operation... operations) {
    requireNonNull(operations, "operations == null");
    if (operations.length == 0) {
      throw new ConfigurationException("fault plan needs at least one operation");
    }
    if (fault instanceof Fault.LateUpdate) {
      throw new ConfigurationException("late updates happen on updateOrder, not on an operation");
    }
    EnumSet<Operation> set = EnumSet.noneOf(Operation.class);
    for (Operation operation : operations) {
      set.add(requireNonNull(operation, "operation == null"));
    }
    return new FaultPlan(fault, probability, calls, Collections.unmodifiableSet(set));
  }

  /** The fault this plan injects. */
  public Fault fault() {
    return fault;
  }

  /** The operations this plan is restricted to. */
  public Set<Operation> operations() {
    return operations;
  }

  /** The number of calls a scripted plan fails, or 0 for a plan with a probability. */
  public int calls() {
    return calls;
  }

  /** The probability of a plan with a probability, or 0 for a scripted plan. */
  public double probability() {
    return probability;
  }

  /** Whether the plan may fire on a call of {@code operation} ({@code null}: an order update). */
  boolean eligible(@Nullable Operation operation) {
    if (fault instanceof Fault.LateUpdate) {
      return operation == null;
    }
    if (operation == null || !operations.contains(operation)) {
      return false;
    }
    if (fault instanceof Fault.DuplicatePage || fault instanceof Fault.OutOfOrderPage) {
      return operation == Operation.ORDERS;
    }
    return true;
  }

  private static Set<Operation> allOperations() {
    return Collections.unmodifiableSet(EnumSet.allOf(Operation.class));
  }

  @Override
  public String toString() {
    String when = calls > 0 ? "next " + calls + " calls" : "p=" + probability;
    String on = operations.size() == Operation.values().length ? "all" : Arrays.toString(operations.toArray());
    return "FaultPlan[" + fault + ", " + when + ", on " + on + "]";
  }
}
