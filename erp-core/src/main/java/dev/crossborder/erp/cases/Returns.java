package dev.crossborder.erp.cases;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.OrderId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Returns (RMA, 退货/退款): authorise → expect at a warehouse → receive → inspect (restock to
 * sellable or defective, split per line) → record the refund against the order. Reached by {@code
 * erp.cases().returns()}. Thread-safe; each command runs in one transaction, so a refused command
 * writes nothing. Each step emits {@code return.changed}.
 */
public interface Returns {

  /**
   * Authorises the return of {@code units} (order line id → units) of {@code order}.
   *
   * @param caseId the return request it answers, or {@code null}
   * @throws dev.crossborder.erp.kernel.InvalidInputException on field {@code units[<line>]} if more
   *     units would come back than the line shipped (counting earlier returns), or if the order has
   *     not shipped
   * @throws dev.crossborder.erp.kernel.NotFoundException for an unknown order or line
   */
  Return authorise(OrderId order, @Nullable CaseId caseId, Map<String, Long> units);

  /** Records that the parcel is expected at {@code warehouse}. */
  Return expect(ReturnId id, WarehouseId warehouse);

  /** Records that the parcel arrived at the expected warehouse. */
  Return receive(ReturnId id);

  /**
   * Records the inspection of every line and moves the stock: per line, a {@code RETURN} movement
   * of + on hand (sellable units) and + defective (defective units) at the warehouse, reference
   * {@code rma:<id>}.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException if a line is missing, unknown, or its
   *     sellable and defective units do not add up to the units returned
   */
  Return inspect(ReturnId id, List<Inspection> inspections);

  /**
   * Records the refund against the order (see {@link Refund}); allowed once the return is
   * inspected, or while it is merely authorised (a refund without the goods coming back).
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException if a partial amount or restocking
   *     fee exceeds the returned units' value, or its currency is not the order's
   */
  Return refund(ReturnId id, RefundRequest request);

  /** The return with {@code id}. */
  Optional<Return> find(ReturnId id);

  /** The returns of {@code order}, oldest first. */
  List<Return> byOrder(OrderId order);

  /** The refunds recorded against {@code order}, oldest first: what order profit subtracts. */
  List<Refund> refunds(OrderId order);
}
