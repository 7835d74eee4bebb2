package dev.crossborder.erp.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventId;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.OutboxEntry;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the contract kit cannot see from outside: ledger and outbox positions follow commit order
 * even when two transactions that touch one aggregate without conflicting commit in the reverse
 * order of their writes (the StoreContract kit covers everything else, from erp-testkit).
 */
class InMemoryStoreTest {
  private static final TenantId TENANT = TenantId.of("t");
  private static final SkuCode SKU = SkuCode.of("MUG");
  private static final WarehouseId WH = WarehouseId.of("SZ");
  private static final Instant AT = Instant.parse("2026-11-24T00:00:00Z");

  private final InMemoryStore store = new InMemoryStore();

  private static Movement receipt(String id) {
    return new Movement(id, SKU, WH, MovementType.RECEIPT, new StockDelta(1, 0, 0, 0, 0), "PO", "", AT);
  }

  private static DomainEvent event(String id) {
    return new DomainEvent(EventId.of(id), TENANT, "stock", "MUG@SZ", "stock.moved", AT, "{}");
  }

  @Test
  void positionsFollowCommitOrderNotWriteOrder() throws Exception {
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondCommitted = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                store.useTransaction(
                    TENANT,
                    tx -> {
                      tx.repository(InventoryRepository.class).apply(receipt("first"));
                      tx.repository(OutboxRepository.class).append(event("first"));
                      firstWrote.countDown();
                      await(secondCommitted);
                    }));
    await(firstWrote);
    store.useTransaction(
        TENANT,
        tx -> {
          tx.repository(InventoryRepository.class).apply(receipt("second"));
          tx.repository(OutboxRepository.class).append(event("second"));
        });
    secondCommitted.countDown();
    first.get(10, TimeUnit.SECONDS);

    List<String> ledger =
        store.inTransaction(
            TENANT,
            tx -> tx.repository(InventoryRepository.class).movements(SKU, WH, PageRequest.first(10)).items().stream()
                .map(Movement::id)
                .toList());
    List<OutboxEntry> outbox = store.inTransaction(TENANT, tx -> tx.repository(OutboxRepository.class).pending("l", 10));

    assertThat(ledger).containsExactly("second", "first");
    assertThat(outbox).extracting(e -> e.event().id().value()).containsExactly("second", "first");
    assertThat(outbox.get(0).position()).isLessThan(outbox.get(1).position()).isLessThan(MemorySession.PROVISIONAL);
  }

  @Test
  void aTransactionSeesItsOwnUncommittedMovementsAfterTheCommittedOnes() {
    store.useTransaction(TENANT, tx -> tx.repository(InventoryRepository.class).apply(receipt("committed")));

    List<String> seen =
        store.inTransaction(
            TENANT,
            tx -> {
              InventoryRepository repo = tx.repository(InventoryRepository.class);
              repo.apply(receipt("own-1"));
              repo.apply(receipt("own-2"));
              var firstPage = repo.movements(SKU, WH, PageRequest.first(2));
              var secondPage = repo.movements(SKU, WH, PageRequest.first(2).next(firstPage));
              return Stream.concat(firstPage.items().stream(), secondPage.items().stream())
                  .map(Movement::id)
                  .toList();
            });

    assertThat(seen).containsExactly("committed", "own-1", "own-2");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
