package dev.crossborder.erp.cases;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.OrderId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A return (RMA, 退货) of units of one order: authorised, expected at a warehouse, received,
 * inspected into sellable and defective stock, refunded. The ledger movements it causes carry
 * {@code rma:<id>} as their reference. Immutable; {@link #version()} is the optimistic version.
 *
 * @param id the return's id
 * @param orderId the order the units were sold on
 * @param caseId the return request case it answers, or {@code null}
 * @param state the step reached
 * @param lines the order lines coming back, with their inspection counts
 * @param warehouse where the parcel is expected, or {@code null} before {@code EXPECTED}
 * @param refund the refund recorded, or {@code null} before {@code REFUNDED}
 * @param authorisedAt when it was authorised
 * @param version the optimistic version
 */
public record Return(
    ReturnId id,
    OrderId orderId,
    @Nullable CaseId caseId,
    ReturnState state,
    List<ReturnLine> lines,
    @Nullable WarehouseId warehouse,
    @Nullable Refund refund,
    Instant authorisedAt,
    long version) {

  /** Validates every field. */
  public Return {
    Checks.present("returnId", id);
    Checks.present("orderId", orderId);
    Checks.present("state", state);
    lines = List.copyOf(Checks.notEmpty("lines", lines));
    Checks.present("authorisedAt", authorisedAt);
    Checks.nonNegative("version", version);
  }

  /** The total units returned. */
  public long units() {
    return lines.stream().mapToLong(ReturnLine::quantity).sum();
  }

  /** This return moved to {@code next}, which must follow {@code expected}. */
  public Return advance(ReturnState expected, ReturnState next) {
    if (state != expected) {
      throw new IllegalTransitionException("state", state, next);
    }
    return new Return(id, orderId, caseId, next, lines, warehouse, refund, authorisedAt, version);
  }

  /** This return with other fields replaced. */
  public Return with(List<ReturnLine> newLines, @Nullable WarehouseId at, @Nullable Refund newRefund) {
    return new Return(id, orderId, caseId, state, newLines, at, newRefund, authorisedAt, version);
  }

  /** This return at {@code nextVersion}. */
  public Return atVersion(long nextVersion) {
    return new Return(id, orderId, caseId, state, lines, warehouse, refund, authorisedAt, nextVersion);
  }
}
