package dev.crossborder.erp.warehouse.internal;

import static dev.crossborder.erp.warehouse.internal.WarehouseContext.positive;
import static dev.crossborder.erp.warehouse.internal.WarehouseContext.text;
import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.PurchaseOrderStatus;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.warehouse.inbound.Receipt;
import dev.crossborder.erp.warehouse.inbound.ReceiptId;
import dev.crossborder.erp.warehouse.inbound.ReceiptLine;
import dev.crossborder.erp.warehouse.inbound.ReceiptSource;
import dev.crossborder.erp.warehouse.inbound.ReceiptStatus;
import dev.crossborder.erp.warehouse.inbound.Receiving;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinType;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.store.InboundRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link Receiving} over the warehouse repositories and erp-core's purchasing and inventory. Thread-safe. */
final class StoreReceiving implements Receiving {
  private final WarehouseContext w;

  StoreReceiving(WarehouseContext w) {
    this.w = w;
  }

  @Override
  public Receipt openForPurchaseOrder(ReceiptId id, PurchaseOrderId purchaseOrder, BinCode dock) {
    requireNonNull(id, "id == null");
    requireNonNull(purchaseOrder, "purchaseOrder == null");
    requireNonNull(dock, "dock == null");
    return w.tx(
        tx -> {
          PurchaseOrder po =
              w.erp.purchasing().purchaseOrder(purchaseOrder).orElseThrow(() -> new NotFoundException("purchaseOrderId", purchaseOrder));
          Optional<Receipt> existing = tx.repository(InboundRepository.class).findReceipt(id);
          if (existing.isPresent()) {
            return same(existing.get(), ReceiptSource.PURCHASE_ORDER, po.warehouse(), purchaseOrder, dock);
          }
          if (po.status() != PurchaseOrderStatus.ORDERED && po.status() != PurchaseOrderStatus.PARTIALLY_RECEIVED) {
            throw new InvalidInputException("purchaseOrderId", purchaseOrder, "is " + po.status() + ": only ORDERED or PARTIALLY_RECEIVED orders are received");
          }
          List<ReceiptLine> lines = new ArrayList<>();
          for (PurchaseOrderLine line : po.lines()) {
            if (line.open() > 0) {
              lines.add(ReceiptLine.expecting(line.sku(), line.open()));
            }
          }
          return open(tx, new Receipt(id, po.warehouse(), ReceiptSource.PURCHASE_ORDER, purchaseOrder, "", dock, ReceiptStatus.OPEN, lines, 0));
        });
  }

  @Override
  public Receipt openForAsn(ReceiptId id, WarehouseId warehouse, String asnReference, Map<SkuCode, Long> expected, BinCode dock) {
    requireNonNull(id, "id == null");
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(dock, "dock == null");
    String reference = text("asnReference", asnReference, 100);
    if (expected == null || expected.isEmpty()) {
      throw new InvalidInputException("expected", "{}", "must list at least one SKU");
    }
    List<ReceiptLine> lines = new ArrayList<>();
    expected.forEach((sku, qty) -> lines.add(ReceiptLine.expecting(requireNonNull(sku, "sku == null"), positive("expected[" + sku + "]", qty))));
    return w.tx(
        tx -> {
          Optional<Receipt> existing = tx.repository(InboundRepository.class).findReceipt(id);
          if (existing.isPresent()) {
            return same(existing.get(), ReceiptSource.ASN, warehouse, null, dock);
          }
          for (ReceiptLine line : lines) {
            if (w.erp.catalog().sku(line.sku()).isEmpty()) {
              throw new NotFoundException("expected.sku", line.sku());
            }
          }
          return open(tx, new Receipt(id, warehouse, ReceiptSource.ASN, null, reference, dock, ReceiptStatus.OPEN, lines, 0));
        });
  }

  @Override
  public Receipt openBlind(ReceiptId id, WarehouseId warehouse, String reference, BinCode dock) {
    requireNonNull(id, "id == null");
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(dock, "dock == null");
    String ref = reference == null ? "" : reference.strip();
    return w.tx(
        tx -> {
          Optional<Receipt> existing = tx.repository(InboundRepository.class).findReceipt(id);
          if (existing.isPresent()) {
            return same(existing.get(), ReceiptSource.BLIND, warehouse, null, dock);
          }
          return open(tx, new Receipt(id, warehouse, ReceiptSource.BLIND, null, ref, dock, ReceiptStatus.OPEN, List.of(), 0));
        });
  }

  private static Receipt same(
      Receipt r, ReceiptSource source, WarehouseId warehouse, @Nullable PurchaseOrderId po, BinCode dock) {
    if (r.source() != source || !r.warehouse().equals(warehouse) || !java.util.Objects.equals(r.purchaseOrder(), po) || !r.dock().equals(dock)) {
      throw new InvalidInputException("receiptId", r.id(), "is already used by another receipt");
    }
    return r;
  }

  private Receipt open(StoreTransaction tx, Receipt receipt) {
    WarehouseLayout layout = w.layout(tx, receipt.warehouse());
    Bin dock = layout.requireBin(receipt.dock(), "dock");
    if (dock.type() != BinType.RECEIVING && dock.type() != BinType.QC) {
      throw new InvalidInputException("dock", dock.code(), "is a " + dock.type() + " bin: receipts go to a RECEIVING or QC bin");
    }
    tx.repository(InboundRepository.class).insertReceipt(receipt);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("receipt", receipt.id().value());
    payload.put("warehouse", receipt.warehouse());
    payload.put("source", receipt.source());
    if (receipt.purchaseOrder() != null) {
      payload.put("purchaseOrder", receipt.purchaseOrder());
    }
    w.emit(tx, "receipt", receipt.id().value(), "warehouse.receipt.opened", "open", payload);
    return tx.repository(InboundRepository.class).findReceipt(receipt.id()).orElseThrow();
  }

  @Override
  public Receipt scan(String key, ReceiptId receipt, String barcode, long quantity) {
    requireNonNull(receipt, "receipt == null");
    long q = positive("quantity", quantity);
    String description = "scan|" + receipt + "|" + barcode + "|" + q;
    return w.command(
        key,
        description,
        tx -> {
          InboundRepository repo = tx.repository(InboundRepository.class);
          Receipt r = requireOpen(repo, receipt);
          SkuCode sku = w.resolve(barcode, r.lines().stream().map(ReceiptLine::sku).toList(), "barcode");
          Optional<ReceiptLine> line = r.line(sku);
          if (line.isEmpty() && r.source() != ReceiptSource.BLIND) {
            throw new InvalidInputException("barcode", barcode, "is " + sku + ", which the " + sourceName(r) + " does not list");
          }
          ReceiptLine current = line.orElse(ReceiptLine.expecting(sku, 0));
          requireExpected(r, current, q);
          ReceiptLine next =
              new ReceiptLine(sku, current.expected(), current.counted() + q, current.passed(), current.failed(), current.failureReasons());
          Receipt updated = repo.updateReceipt(r.withLine(next));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("receipt", receipt.value());
          payload.put("sku", sku);
          payload.put("quantity", q);
          w.emit(tx, "receipt", receipt.value(), "warehouse.receipt.scanned", key, payload);
          return new WarehouseContext.Outcome<>(updated, "");
        },
        (tx, recorded) -> tx.repository(InboundRepository.class).findReceipt(receipt).orElseThrow());
  }

  /** Refuses counting beyond what the purchase order or ASN still expects, unless allowed. */
  private void requireExpected(Receipt r, ReceiptLine line, long quantity) {
    if (r.source() == ReceiptSource.BLIND) {
      return;
    }
    if (r.source() == ReceiptSource.ASN) {
      if (line.counted() + quantity > line.expected()) {
        throw new InvalidInputException(
            "quantity", quantity, "exceeds the " + (line.expected() - line.counted()) + " units of " + line.sku() + " the ASN still expects");
      }
      return;
    }
    PurchaseOrderId poId = requireNonNull(r.purchaseOrder());
    PurchaseOrder po = w.erp.purchasing().purchaseOrder(poId).orElseThrow(() -> new NotFoundException("purchaseOrderId", poId));
    PurchaseOrderLine poLine = po.line(line.sku()).orElseThrow(() -> new InvalidInputException("barcode", line.sku(), "is not on the purchase order"));
    long open = poLine.open() - line.awaitingQc();
    if (quantity > open) {
      boolean allowed = w.erp.purchasing().supplier(po.supplier()).map(Supplier::allowsOverReceipt).orElse(false);
      if (!allowed) {
        throw new InvalidInputException(
            "quantity", quantity, "exceeds the open quantity " + Math.max(0, open) + " of " + line.sku() + " on " + poId);
      }
    }
  }

  @Override
  public Receipt inspect(String key, ReceiptId receipt, SkuCode sku, long passed, long failed, String reason) {
    requireNonNull(receipt, "receipt == null");
    requireNonNull(sku, "sku == null");
    if (passed < 0) {
      throw new InvalidInputException("passed", passed, "must not be negative");
    }
    if (failed < 0) {
      throw new InvalidInputException("failed", failed, "must not be negative");
    }
    if (passed + failed < 1) {
      throw new InvalidInputException("passed", passed, "and failed must add up to 1 or more");
    }
    String why = failed > 0 ? text("reason", reason, 500) : (reason == null ? "" : reason.strip());
    String description = "inspect|" + receipt + "|" + sku + "|" + passed + "|" + failed + "|" + why;
    return w.command(
        key,
        description,
        tx -> {
          InboundRepository repo = tx.repository(InboundRepository.class);
          return new WarehouseContext.Outcome<>(inspectOnce(tx, repo, key, receipt, sku, passed, failed, why), "");
        },
        (tx, recorded) -> tx.repository(InboundRepository.class).findReceipt(receipt).orElseThrow());
  }

  private Receipt inspectOnce(
      StoreTransaction tx, InboundRepository repo, String key, ReceiptId receipt, SkuCode sku, long passed, long failed, String why) {
    Receipt r = requireOpen(repo, receipt);
    ReceiptLine line = r.line(sku).orElseThrow(() -> new NotFoundException("sku", sku));
    long units = passed + failed;
    if (units > line.awaitingQc()) {
      throw new InvalidInputException("passed", units, "plus failed exceeds the " + line.awaitingQc() + " counted units of " + sku + " awaiting QC");
    }
    WarehouseLayout layout = w.layout(tx, r.warehouse());
    Bin dock = layout.requireBin(r.dock(), "dock");
    w.requireRoom(tx, r.warehouse(), dock, sku, passed, "passed");
    Bin defective = null;
    if (failed > 0) {
      defective = layout.bins(BinType.DEFECTIVE).stream().findFirst()
          .orElseThrow(() -> new InvalidInputException("failed", failed, "needs a DEFECTIVE bin in the layout of " + r.warehouse()));
      w.requireRoom(tx, r.warehouse(), defective, sku, failed, "failed");
    }
    String ledgerKey = "wh-qc-" + WarehouseContext.digest(receipt.value(), key);
    String reference = "receipt " + receipt;
    w.ledger(
        tx,
        () -> {
          if (r.source() == ReceiptSource.PURCHASE_ORDER) {
            PurchaseOrderId poId = requireNonNull(r.purchaseOrder());
            w.erp.purchasing().receive(poId, "wh" + WarehouseContext.digest(receipt.value(), key),
                List.of(dev.crossborder.erp.purchasing.ReceiptLine.of(sku, units)));
          } else {
            w.erp.inventory().receive(ledgerKey, sku, r.warehouse(), Quantity.of(units), reference, false);
          }
          if (failed > 0) {
            w.erp.inventory().markDefective(ledgerKey, sku, r.warehouse(), Quantity.of(failed), "QC failed, " + reference + ": " + why);
          }
          return null;
        });
    if (passed > 0) {
      w.putInto(tx, r.warehouse(), dock.code(), sku, "", passed);
    }
    if (defective != null) {
      w.putInto(tx, r.warehouse(), defective.code(), sku, "", failed);
    }
    List<String> reasons = new ArrayList<>(line.failureReasons());
    if (failed > 0) {
      reasons.add(why);
    }
    ReceiptLine next = new ReceiptLine(sku, line.expected(), line.counted(), line.passed() + passed, line.failed() + failed, reasons);
    Receipt updated = repo.updateReceipt(r.withLine(next));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("receipt", receipt.value());
    payload.put("sku", sku);
    payload.put("passed", passed);
    payload.put("failed", failed);
    w.emit(tx, "receipt", receipt.value(), "warehouse.receipt.inspected", key, payload);
    return updated;
  }

  @Override
  public Receipt close(ReceiptId receipt) {
    requireNonNull(receipt, "receipt == null");
    return w.tx(
        tx -> {
          InboundRepository repo = tx.repository(InboundRepository.class);
          Receipt r = repo.findReceipt(receipt).orElseThrow(() -> new NotFoundException("receiptId", receipt));
          if (r.status() == ReceiptStatus.CLOSED) {
            return r;
          }
          long waiting = r.lines().stream().mapToLong(ReceiptLine::awaitingQc).sum();
          if (waiting > 0) {
            throw new InvalidInputException("receiptId", receipt, "has " + waiting + " counted units awaiting QC");
          }
          Receipt closed = repo.updateReceipt(r.withStatus(ReceiptStatus.CLOSED));
          w.emit(tx, "receipt", receipt.value(), "warehouse.receipt.closed", "close", Map.of("receipt", receipt.value()));
          return closed;
        });
  }

  @Override
  public Optional<Receipt> receipt(ReceiptId id) {
    requireNonNull(id, "id == null");
    return w.tx(tx -> tx.repository(InboundRepository.class).findReceipt(id));
  }

  private static Receipt requireOpen(InboundRepository repo, ReceiptId id) {
    Receipt r = repo.findReceipt(id).orElseThrow(() -> new NotFoundException("receiptId", id));
    if (r.status() != ReceiptStatus.OPEN) {
      throw new InvalidInputException("receiptId", id, "is CLOSED");
    }
    return r;
  }

  private static String sourceName(Receipt r) {
    return r.source() == ReceiptSource.PURCHASE_ORDER ? "purchase order" : "ASN";
  }
}
