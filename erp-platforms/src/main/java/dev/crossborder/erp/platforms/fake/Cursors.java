package dev.crossborder.erp.platforms.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fake's cursors: a list of text fields, each Base64url-encoded and joined by dots, so a
 * cursor is plain ASCII that survives being stored and read back as text, and holds no state of
 * the fake instance that issued it.
 */
final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Cursors() {}

  static String encode(List<String> fields) {
    StringBuilder text = new StringBuilder();
    for (String field : fields) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(ENCODER.encodeToString(field.getBytes(StandardCharsets.UTF_8)));
    }
    return text.toString();
  }

  /** The fields of {@code cursor}, or {@code null} if it is not one of the fake's cursors. */
  static @Nullable List<String> decode(String cursor, int fieldCount) {
    String[] parts = cursor.split("\\.", -1);
    if (parts.length != fieldCount) {
      return null;
    }
    List<String> fields = new ArrayList<>(parts.length);
    try {
      for (String part : parts) {
        fields.add(new String(DECODER.decode(part), StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return fields;
  }
}
