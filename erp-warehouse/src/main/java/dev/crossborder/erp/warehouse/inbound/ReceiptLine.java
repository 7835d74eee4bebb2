package dev.crossborder.erp.warehouse.inbound;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.List;

/**
 * One SKU of a receipt: how many were expected (0 on a blind receipt or for an unexpected SKU),
 * counted by scans, and inspected as passed or failed, with the QC failure reasons. Immutable.
 *
 * @param sku the SKU
 * @param expected units expected by the ASN (for a purchase order: its open quantity when the
 *     receipt was opened)
 * @param counted units counted so far
 * @param passed units that passed QC (now sellable)
 * @param failed units that failed QC (now defective)
 * @param failureReasons the reasons given for failed units, in order
 */
public record ReceiptLine(SkuCode sku, long expected, long counted, long passed, long failed, List<String> failureReasons) {

  /** Validates the quantities. */
  public ReceiptLine {
    if (sku == null) {
      throw new InvalidInputException("sku", "null", "is required");
    }
    if (expected < 0 || counted < 0 || passed < 0 || failed < 0 || passed + failed > counted) {
      throw new InvalidInputException(
          "lines[" + sku + "]", expected + "/" + counted + "/" + passed + "/" + failed, "has inconsistent quantities");
    }
    failureReasons = List.copyOf(failureReasons);
  }

  /** An expected line, nothing counted yet. */
  public static ReceiptLine expecting(SkuCode sku, long expected) {
    return new ReceiptLine(sku, expected, 0, 0, 0, List.of());
  }

  /** Units counted but not yet inspected. */
  public long awaitingQc() {
    return counted - passed - failed;
  }
}
