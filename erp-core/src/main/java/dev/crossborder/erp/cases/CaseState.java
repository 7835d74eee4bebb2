package dev.crossborder.erp.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The inbox state of a {@link Case}.
 *
 * <pre>
 * OPEN → AWAITING_SELLER | AWAITING_BUYER | RESOLVED | ESCALATED
 * AWAITING_SELLER → AWAITING_BUYER | RESOLVED | ESCALATED
 * AWAITING_BUYER → AWAITING_SELLER | RESOLVED | ESCALATED
 * ESCALATED → AWAITING_SELLER | AWAITING_BUYER | RESOLVED
 * RESOLVED (terminal; a later buyer message on the platform opens a new case there)
 * </pre>
 *
 * A case is <em>waiting on the seller</em> in {@code OPEN} and {@code AWAITING_SELLER}, and
 * <em>overdue</em> when it is waiting on the seller past its due time.
 */
public enum CaseState {
  /** New: nobody has acted on it yet. */
  OPEN,
  /** The buyer or the platform wrote last: the seller must answer. */
  AWAITING_SELLER,
  /** The seller answered: waiting for the buyer. */
  AWAITING_BUYER,
  /** Closed (answered, cancelled, refunded, refused, withdrawn). Terminal. */
  RESOLVED,
  /** Handed to the platform's arbitration or to a supervisor. */
  ESCALATED;

  /** Whether the state machine allows a change from this state to {@code next}. */
  public boolean canChangeTo(CaseState next) {
    return next != this && successors().contains(next);
  }

  /** Whether the seller owes an answer in this state. */
  public boolean isWaitingOnSeller() {
    return this == OPEN || this == AWAITING_SELLER;
  }

  private Set<CaseState> successors() {
    switch (this) {
      case OPEN:
        return EnumSet.of(AWAITING_SELLER, AWAITING_BUYER, RESOLVED, ESCALATED);
      case AWAITING_SELLER:
        return EnumSet.of(AWAITING_BUYER, RESOLVED, ESCALATED);
      case AWAITING_BUYER:
        return EnumSet.of(AWAITING_SELLER, RESOLVED, ESCALATED);
      case ESCALATED:
        return EnumSet.of(AWAITING_SELLER, AWAITING_BUYER, RESOLVED);
      default:
        return EnumSet.noneOf(CaseState.class);
    }
  }
}
