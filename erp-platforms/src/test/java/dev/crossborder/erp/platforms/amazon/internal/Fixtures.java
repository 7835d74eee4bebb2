package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the Amazon example payloads copied into {@code src/test/resources/amazon/}. */
final class Fixtures {
  private Fixtures() {}

  /** The bytes of fixture {@code name}. */
  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/amazon/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixture {@code name} read as {@code type} with the connector's mapper, as a 200 answer. */
  static <T> T read(String name, String operation, Class<T> type) {
    return AmazonJson.read(operation, 200, bytes(name), type);
  }

  /** Fixture {@code name} as a JSON tree, to compare request bodies. */
  static JsonNode tree(String name) {
    try {
      return AmazonJson.mapper().readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
