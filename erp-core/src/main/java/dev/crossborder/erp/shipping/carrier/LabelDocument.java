package dev.crossborder.erp.shipping.carrier;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Arrays;

/**
 * A printable label document: its bytes and their {@link LabelFormat}. The bytes are copied in
 * and out, so the value is immutable and thread-safe; equality compares the bytes.
 *
 * @param format the file format
 * @param content the document's bytes, never empty
 */
public record LabelDocument(LabelFormat format, byte[] content) {

  /** Validates and copies; refuses an empty document on field {@code content}. */
  public LabelDocument {
    requireNonNull(format, "format == null");
    requireNonNull(content, "content == null");
    if (content.length == 0) {
      throw new InvalidInputException("content", "0 bytes", "must not be empty");
    }
    content = content.clone();
  }

  /** A copy of the document's bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The document's size in bytes. */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelDocument d && d.format == format && Arrays.equals(d.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * format.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "LabelDocument[" + format + ", " + content.length + " bytes]";
  }
}
