package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.warehouse.inbound.Receipt;
import dev.crossborder.erp.warehouse.inbound.ReceiptId;
import dev.crossborder.erp.warehouse.putaway.PutAwayTask;
import dev.crossborder.erp.warehouse.putaway.PutAwayTaskId;
import java.util.Optional;

/**
 * Receipts, put-away tasks and the idempotency keys of warehouse commands, bound to one transaction
 * of one tenant. Not thread-safe. Receipts and tasks carry optimistic versions: an insert stores
 * version 0 (a taken id is a {@code DuplicateKeyException}), an update expects the stored version
 * (else a {@code ConcurrentUpdateException}) and returns the next.
 */
public interface InboundRepository {

  /** Inserts a new receipt at version 0. */
  void insertReceipt(Receipt receipt);

  /** Replaces the receipt read at {@code receipt.version()}. */
  Receipt updateReceipt(Receipt receipt);

  /** The receipt {@code id}. */
  Optional<Receipt> findReceipt(ReceiptId id);

  /** Inserts a new task at version 0. */
  void insertTask(PutAwayTask task);

  /** Replaces the task read at {@code task.version()}. */
  PutAwayTask updateTask(PutAwayTask task);

  /** The task {@code id}. */
  Optional<PutAwayTask> findTask(PutAwayTaskId id);

  /** What the warehouse command with idempotency key {@code key} recorded, if it ran. */
  Optional<String> command(String key);

  /**
   * Records that the command with idempotency key {@code key} ran, with {@code record} (what it was
   * and what it returned). A key already recorded, by this or a concurrent transaction, is a {@code
   * ConcurrentUpdateException}: the retried command then finds the record and changes nothing.
   */
  void recordCommand(String key, String record);
}
