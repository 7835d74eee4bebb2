package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import java.util.List;

/**
 * Turns label specs into one printable document. A host adds a format (EPL, TSPL, an image) by
 * implementing this interface.
 *
 * <p>An implementation must be thread-safe (renderers are shared), print each spec {@link
 * LabelSpec#copies()} times in the given order (labels come out in pick or receiving order), and
 * refuse a spec it cannot print faithfully (a barcode too wide, text its font lacks) with an
 * {@link dev.crossborder.erp.kernel.InvalidInputException} naming the field ({@code
 * labels[3].textLines[0]}) before producing anything, rather than printing a label that will
 * not scan.
 */
public interface LabelRenderer {

  /** The format of the documents this renderer produces. */
  LabelFormat format();

  /**
   * Renders the labels, in order, each as many times as its copies say.
   *
   * @param labels at least one spec
   * @return the document to send to the printer
   * @throws dev.crossborder.erp.kernel.InvalidInputException when a spec cannot be printed,
   *     naming {@code labels[i].} and the spec's field
   */
  LabelDocument render(List<LabelSpec> labels);
}
