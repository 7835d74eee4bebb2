/**
 * Warehouse labels (贴标): SKU unit labels, carton labels, Amazon FNSKU labels and shipping
 * labels as data ({@link dev.crossborder.erp.warehouse.label.LabelSpec}), and the renderers that
 * turn them into printer files: {@link dev.crossborder.erp.warehouse.label.ZplRenderer} (ZPL II
 * for thermal printers) and {@link dev.crossborder.erp.warehouse.label.PdfLabelRenderer} (PDF
 * label sheets and single-label pages, drawn with PDFBox; barcodes encoded by ZXing). A host adds
 * its own renderer by implementing {@link dev.crossborder.erp.warehouse.label.LabelRenderer}. See
 * {@code docs/labels.md}.
 */
@NullMarked
package dev.crossborder.erp.warehouse.label;

import org.jspecify.annotations.NullMarked;
