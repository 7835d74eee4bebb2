package dev.crossborder.erp.warehouse;

import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Locale;

/**
 * An erp-core stock command (an adjustment, a receipt, a move to defective) was refused because its
 * warehouse is bin-managed: there on hand and defective move only through erp-warehouse, so that the
 * bins always add up to the ledger. The message says which command to use instead: a cycle count
 * ({@code Bins.count}) for an adjustment, {@code Receiving} for a receipt or a QC failure. The
 * field is {@code warehouse}. Nothing was written.
 */
public class BinManagedWarehouseException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final MovementType movement;

  /** Creates the error for a refused {@code movement} at {@code warehouse}. */
  public BinManagedWarehouseException(WarehouseId warehouse, MovementType movement) {
    super("warehouse", warehouse, "is bin-managed: " + instead(movement));
    this.movement = movement;
  }

  /** The kind of movement that was refused. */
  public MovementType movement() {
    return movement;
  }

  private static String instead(MovementType movement) {
    return switch (movement) {
      case ADJUSTMENT -> "correct stock with a cycle count of the bin (Bins.count), not an inventory adjustment";
      case RECEIPT -> "receive through erp-warehouse Receiving (scan and inspect), not inventory or purchasing receive";
      case DEFECTIVE -> "mark units defective through QC in erp-warehouse Receiving";
      default -> "move " + movement.name().toLowerCase(Locale.ROOT) + " stock through erp-warehouse";
    };
  }
}
