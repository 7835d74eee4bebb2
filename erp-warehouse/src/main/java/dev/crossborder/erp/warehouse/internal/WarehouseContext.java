package dev.crossborder.erp.warehouse.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventId;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.store.BinStockRepository;
import dev.crossborder.erp.warehouse.store.InboundRepository;
import dev.crossborder.erp.warehouse.store.LayoutRepository;
import dev.crossborder.erp.warehouse.store.internal.WarehouseRepositories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the warehouse services share: the {@link Erp} they extend, transactions, idempotent
 * commands, events, bin stock changes with capacity checks, and SKU lookups by barcode. Thread-safe.
 */
final class WarehouseContext {
  private static final int MAX_KEY = 120;
  private static final ObjectMapper JSON = ErpJson.newMapper();

  final Erp erp;

  WarehouseContext(Erp erp) {
    this.erp = requireNonNull(erp, "erp == null");
  }

  <T> T tx(Store.TransactionCallback<T> callback) {
    return erp.store().inTransaction(erp.tenant(), callback);
  }

  /**
   * Runs a command once per idempotency key, in its own transaction (or the caller's): the first
   * time {@code run} does the work and returns the result and its record; a repeat with the same
   * {@code description} gets {@code replay} of the recorded text, and another command's key is
   * refused on {@code key}.
   */
  <T> T command(
      String key,
      String description,
      Function<StoreTransaction, Outcome<T>> run,
      BiFunction<StoreTransaction, String, T> replay) {
    String k = key(key);
    return tx(tx -> once(tx, k, description, run, replay));
  }

  private <T> T once(
      StoreTransaction tx,
      String k,
      String description,
      Function<StoreTransaction, Outcome<T>> run,
      BiFunction<StoreTransaction, String, T> replay) {
    InboundRepository commands = tx.repository(InboundRepository.class);
    Optional<String> recorded = commands.command(k);
    if (recorded.isPresent()) {
      String text = recorded.get();
      int cut = text.indexOf('\n');
      String was = cut < 0 ? text : text.substring(0, cut);
      if (!was.equals(description)) {
        throw new InvalidInputException("key", k, "was already used for another command");
      }
      return replay.apply(tx, cut < 0 ? "" : text.substring(cut + 1));
    }
    Outcome<T> outcome = run.apply(tx);
    commands.recordCommand(k, description + "\n" + outcome.record());
    return outcome.result();
  }

  /** A command's result and the text recorded for its replays. */
  record Outcome<T>(T result, String record) {}

  static String key(String key) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY) {
      throw new InvalidInputException("key", String.valueOf(key), "must be 1 to " + MAX_KEY + " characters");
    }
    return key;
  }

  /** A short stable id derived from {@code parts}: 32 hex characters of their SHA-256. */
  static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  /** Writes a domain event to the outbox of {@code tx}; its id is derived from the command's key. */
  void emit(StoreTransaction tx, String aggregateType, String aggregateId, String type, String key, Map<String, ?> payload) {
    String body;
    try {
      body = JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event payload of " + type + " is not serialisable", e);
    }
    tx.repository(OutboxRepository.class)
        .append(
            new DomainEvent(
                EventId.of("wh-" + digest(type, aggregateId, key)),
                erp.tenant(),
                aggregateType,
                aggregateId,
                type,
                erp.clock().instant(),
                body));
  }

  // ---- layouts and bins

  WarehouseLayout layout(StoreTransaction tx, WarehouseId warehouse) {
    return tx.repository(LayoutRepository.class)
        .find(warehouse)
        .orElseThrow(() -> new InvalidInputException("warehouse", warehouse, "is not bin-managed: define its layout first"));
  }

  /** Units one unit of {@code sku} takes by the catalog, rounded up; 0 if the catalog has no dimensions. */
  long unitVolume(SkuCode sku) {
    return erp.catalog()
        .sku(sku)
        .flatMap(Sku::dimensions)
        .map(d -> d.volumeCm3().setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE).longValueExact())
        .orElse(0L);
  }

  /** Units in {@code bin} and the volume they take. */
  long[] occupancy(StoreTransaction tx, WarehouseId warehouse, BinCode bin) {
    long units = 0;
    long volume = 0;
    for (BinStock s : tx.repository(BinStockRepository.class).inBin(warehouse, bin)) {
      units += s.quantity();
      volume += s.quantity() * unitVolume(s.sku());
    }
    return new long[] {units, volume};
  }

  /** Refuses, on {@code field}, more units of {@code sku} than {@code bin} has room for. */
  void requireRoom(StoreTransaction tx, WarehouseId warehouse, Bin bin, SkuCode sku, long quantity, String field) {
    if (bin.capacity().units() == 0 && bin.capacity().volumeCm3() == 0) {
      return;
    }
    long[] used = occupancy(tx, warehouse, bin.code());
    long free = bin.capacity().free(used[0], used[1], unitVolume(sku));
    if (quantity > free) {
      throw new InvalidInputException(field, quantity, "exceeds the free capacity " + free + " of bin " + bin.code());
    }
  }

  /** Adds units to a bin (its room checked by the caller). */
  void putInto(StoreTransaction tx, WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long quantity) {
    tx.repository(BinStockRepository.class).add(warehouse, bin, sku, lot, quantity);
  }

  /** Takes units from a bin; too few there is refused on {@code field}. */
  void takeFrom(StoreTransaction tx, WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long quantity, String field) {
    BinStockRepository stock = tx.repository(BinStockRepository.class);
    if (!stock.add(warehouse, bin, sku, lot, -quantity)) {
      throw new InvalidInputException(
          field, quantity, "exceeds the " + stock.quantity(warehouse, bin, sku, lot) + " units of " + sku + " in bin " + bin);
    }
  }

  /** Runs erp-core stock commands of a warehouse command past the bin-managed guard. */
  <T> T ledger(StoreTransaction tx, Supplier<T> work) {
    return WarehouseRepositories.guard(tx).allow(work);
  }

  /**
   * The SKU that {@code scanned} names: a SKU code, or the barcode of one of {@code candidates}
   * (the SKUs a receipt or task expects); unknown is refused on {@code field}.
   */
  SkuCode resolve(String scanned, Iterable<SkuCode> candidates, String field) {
    if (scanned == null || scanned.isBlank()) {
      throw new InvalidInputException(field, String.valueOf(scanned), "is required");
    }
    String s = scanned.strip();
    for (SkuCode c : candidates) {
      if (c.value().equals(s)) {
        return c;
      }
      Optional<String> barcode = erp.catalog().sku(c).flatMap(Sku::barcode);
      if (barcode.isPresent() && barcode.get().equals(s)) {
        return c;
      }
    }
    try {
      SkuCode code = SkuCode.of(s);
      if (erp.catalog().sku(code).isPresent()) {
        return code;
      }
    } catch (InvalidInputException notACode) {
      // falls through to "unknown"
    }
    throw new InvalidInputException(field, s, "matches no known SKU code or barcode");
  }

  static long positive(String field, long value) {
    if (value < 1) {
      throw new InvalidInputException(field, value, "must be 1 or more");
    }
    return value;
  }

  static String lot(String lot) {
    if (lot == null) {
      throw new InvalidInputException("lot", "null", "is required (\"\" where lots are not used)");
    }
    String l = lot.strip();
    if (l.length() > 64) {
      throw new InvalidInputException("lot", l, "is longer than 64 characters");
    }
    return l;
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, String.valueOf(value), "is required");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new InvalidInputException(field, v, "is longer than " + max + " characters");
    }
    return v;
  }
}
