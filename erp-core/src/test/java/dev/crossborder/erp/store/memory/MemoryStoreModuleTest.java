package dev.crossborder.erp.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Store;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Another module's repositories in the in-memory store get erp-core's transaction semantics: private
 * writes until commit, rollback, conflicts at commit (and a retry), one table set per tenant.
 */
class MemoryStoreModuleTest {
  private static final TenantId A = TenantId.of("a");
  private static final TenantId B = TenantId.of("b");

  /** A module's repository: one counter per name. */
  interface Counters {
    long get(String name);

    void add(String name, long delta);
  }

  static final class CounterModule implements MemoryStoreModule<MemoryTable<String, Long>> {
    @Override
    public String name() {
      return "counters";
    }

    @Override
    public Set<Class<?>> repositoryTypes() {
      return Set.of(Counters.class);
    }

    @Override
    public MemoryTable<String, Long> newTables() {
      return new MemoryTable<>();
    }

    @Override
    public Object repository(Class<?> type, MemoryTransaction tx, MemoryTable<String, Long> table) {
      return new Counters() {
        @Override
        public long get(String name) {
          Long v = tx.get(table, name);
          return v == null ? 0 : v;
        }

        @Override
        public void add(String name, long delta) {
          @Nullable Long seen = tx.get(table, name);
          tx.requireAtCommit(table, name, c -> java.util.Objects.equals(c, seen), "counter " + name);
          tx.put(table, name, (seen == null ? 0 : seen) + delta);
        }
      };
    }
  }

  private final Store store = InMemoryStore.builder().module(new CounterModule()).build();

  @Test
  void writesArePrivateUntilCommitAndRollBackWithTheTransaction() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch read = new CountDownLatch(1);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () ->
                store.useTransaction(
                    A,
                    tx -> {
                      tx.repository(Counters.class).add("x", 5);
                      assertThat(tx.repository(Counters.class).get("x")).isEqualTo(5);
                      written.countDown();
                      await(read);
                    }));
    await(written);
    assertThat(counter(store, A, "x")).isZero();
    read.countDown();
    writer.get(10, TimeUnit.SECONDS);
    assertThat(counter(store, A, "x")).isEqualTo(5);

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    A,
                    tx -> {
                      tx.repository(Counters.class).add("x", 1);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(counter(store, A, "x")).isEqualTo(5);
    assertThat(counter(store, B, "x")).isZero();
  }

  @Test
  void aConditionBrokenByAnotherCommitIsRetried() {
    AtomicInteger attempts = new AtomicInteger();
    store.useTransaction(
        A,
        tx -> {
          tx.repository(Counters.class).add("y", 1);
          if (attempts.incrementAndGet() == 1) {
            // Another transaction (another thread in real life) commits first.
            CompletableFuture.runAsync(() -> store.useTransaction(A, other -> other.repository(Counters.class).add("y", 10)))
                .join();
          }
        });
    assertThat(attempts).hasValue(2);
    assertThat(counter(store, A, "y")).isEqualTo(11);
  }

  @Test
  void unknownTypesAreOptionalAndRegistrationIsChecked() {
    java.util.Optional<Runnable> none = store.inTransaction(A, tx -> tx.optionalRepository(Runnable.class));
    java.util.Optional<Counters> some = store.inTransaction(A, tx -> tx.optionalRepository(Counters.class));
    assertThat(none).isEmpty();
    assertThat(some).isPresent();
    assertThatThrownBy(() -> store.useTransaction(A, tx -> tx.repository(Runnable.class)))
        .isInstanceOf(ConfigurationException.class);
    CounterModule module = new CounterModule();
    assertThatThrownBy(() -> InMemoryStore.builder().module(module).module(module))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> InMemoryStore.builder().module(module).module(new CounterModule()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("comes from both");
    MemoryStoreModule<Object> shadowing =
        new MemoryStoreModule<>() {
          @Override
          public String name() {
            return "shadow";
          }

          @Override
          public Set<Class<?>> repositoryTypes() {
            return Set.of(OrderRepository.class);
          }

          @Override
          public Object newTables() {
            return new Object();
          }

          @Override
          public Object repository(Class<?> type, MemoryTransaction tx, Object tables) {
            throw new AssertionError();
          }
        };
    assertThatThrownBy(() -> InMemoryStore.builder().module(shadowing).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("may not replace");
  }

  @Test
  void aStaleConditionFailsTheCommitWhenRetriesRunOut() {
    Store once = InMemoryStore.builder().maxAttempts(1).module(new CounterModule()).build();
    assertThatThrownBy(
            () ->
                once.useTransaction(
                    A,
                    tx -> {
                      tx.repository(Counters.class).add("z", 1);
                      CompletableFuture.runAsync(() -> once.useTransaction(A, o -> o.repository(Counters.class).add("z", 1))).join();
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(counter(once, A, "z")).isEqualTo(1);
  }

  private static long counter(Store store, TenantId tenant, String name) {
    Long value = store.inTransaction(tenant, tx -> tx.repository(Counters.class).get(name));
    return value;
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
