package dev.crossborder.erp.shipping.carrier;

/**
 * The file format of a label document: what a printer or a viewer needs to print it. Immutable
 * and thread-safe.
 */
public enum LabelFormat {
  /** A PDF document (office printers, and thermal printers through their driver). */
  PDF("application/pdf"),
  /** ZPL II commands for Zebra-compatible thermal printers, sent raw to the printer. */
  ZPL("application/x-zpl"),
  /** A PNG image. */
  PNG("image/png");

  private final String mediaType;

  LabelFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type of the format, for example {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }
}
