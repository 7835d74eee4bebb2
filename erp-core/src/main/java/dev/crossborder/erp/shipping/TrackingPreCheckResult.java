package dev.crossborder.erp.shipping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TrackingPreCheck} found: every problem, blocking or not, and the tracking-number
 * check it ran. An upload step refuses when {@link #passed()} is {@code false} and may log the
 * non-blocking problems. Immutable and thread-safe.
 *
 * @param problems the findings, carrier code first
 * @param numberCheck the tracking-number check (always present, {@code NotCheckable} when the
 *     carrier has no known format)
 */
public record TrackingPreCheckResult(List<TrackingProblem> problems, TrackingNumberCheck numberCheck) {

  /** Copies. */
  public TrackingPreCheckResult {
    problems = List.copyOf(problems);
    Objects.requireNonNull(numberCheck, "numberCheck == null");
  }

  /** {@code true} when no problem is blocking: the upload may go ahead. */
  public boolean passed() {
    return problems.stream().noneMatch(TrackingProblem::blocking);
  }

  /** The problems an upload step refuses on. */
  public List<TrackingProblem> blockingProblems() {
    return problems.stream().filter(TrackingProblem::blocking).toList();
  }

  /** The first blocking problem about {@code field}, if any. */
  public Optional<TrackingProblem> blockingProblem(String field) {
    return problems.stream().filter(p -> p.blocking() && p.field().equals(field)).findFirst();
  }
}
