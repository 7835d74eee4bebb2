package dev.crossborder.erp.warehouse.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.store.StoreException;

/** JSON documents of the warehouse aggregates, with erp-core's Jackson setup. Thread-safe. */
final class WarehouseDocuments {
  private static final ObjectMapper JSON = ErpJson.newMapper();

  private WarehouseDocuments() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored " + type.getSimpleName() + " is not readable", e);
    }
  }
}
