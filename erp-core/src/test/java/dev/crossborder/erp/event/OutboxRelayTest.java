package dev.crossborder.erp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.DeadLetter;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.StoreException;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {
  static final TenantId TENANT = TenantId.of("t1");
  static final SkuCode MUG = SkuCode.of("MUG-RED");
  static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  static final Duration BACKOFF = Duration.ofSeconds(10);
  static final RelayPolicy POLICY =
      RelayPolicy.ofDefaults().withMaxAttempts(3).withBackoff(BACKOFF, Duration.ofMinutes(5));

  final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
  final InMemoryStore store = new InMemoryStore();
  final List<ExecutorService> executors = new ArrayList<>();

  @AfterEach
  void tearDown() throws InterruptedException {
    for (ExecutorService executor : executors) {
      executor.shutdownNow();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  // ---- after commit, at least once, once each when listeners succeed, in order

  @Test
  void deliversAnEventOnlyAfterItsTransactionCommits() throws Exception {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY, Map.of("billing", billing));
    seedCatalog(erp, billing);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService writer = executor(Executors.newSingleThreadExecutor());

    Future<?> open =
        writer.submit(
            () ->
                store.useTransaction(
                    TENANT,
                    tx -> {
                      erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
                      written.countDown();
                      await(commit);
                    }));
    assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(erp.drainOutbox()).isZero();
    assertThat(billing.events).isEmpty();

    commit.countDown();
    open.get(30, TimeUnit.SECONDS);
    assertThat(erp.drainOutbox()).isEqualTo(1);
    assertThat(billing.events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventTypes.STOCK_MOVED);
      assertThat(e.aggregateId()).isEqualTo("MUG-RED@CN-SZ");
    });
  }

  @Test
  void aTransactionThatThrowsEmitsNothing() {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY, Map.of("billing", billing));
    seedCatalog(erp, billing);

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    TENANT,
                    tx -> {
                      erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
                      erp.inventory()
                          .saveWarehouse(
                              new Warehouse(
                                  WarehouseId.of("US-LA"), "LA", "US", WarehouseKind.OWN, ZoneId.of("UTC")));
                      throw new IllegalStateException("host step after the commands failed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> erp.inventory().adjust("adj-1", MUG, SZ, -1, "lost"))
        .isInstanceOf(InsufficientStockException.class);

    assertThat(erp.drainOutbox()).isZero();
    assertThat(billing.events).isEmpty();
    assertThat(billing.calls).isEmpty();
    assertThat(erp.inventory().level(MUG, SZ)).isEqualTo(StockLevel.empty(MUG, SZ));
    assertThat(erp.inventory().warehouse(WarehouseId.of("US-LA"))).isEmpty();
  }

  @Test
  void deliversEveryEventOnceToEveryListenerInCommitOrder() {
    Recorder billing = new Recorder();
    Recorder audit = new Recorder();
    Erp erp = erp("a", POLICY.withBatchSize(2), listeners("billing", billing, "audit", audit));
    List<DomainEvent> published = new ArrayList<>();
    for (String id : List.of("A1", "B1", "A2", "B2", "A3")) {
      published.add(publish(id.substring(0, 1), id));
    }

    assertThat(erp.drainOutbox()).isEqualTo(10);
    assertThat(erp.drainOutbox()).isZero();

    assertThat(billing.events).containsExactlyElementsOf(published);
    assertThat(audit.events).containsExactlyElementsOf(published);
    assertThat(billing.calls).containsExactly("A1", "B1", "A2", "B2", "A3");

    publish("B", "B3");
    assertThat(erp.drainOutbox()).isEqualTo(2);
    assertThat(erp.drainOutbox()).isZero();
    assertThat(billing.ids()).containsExactly("A1", "B1", "A2", "B2", "A3", "B3");
    assertThat(audit.ids()).containsExactly("A1", "B1", "A2", "B2", "A3", "B3");
  }

  @Test
  void deliversTheEventsOfRealCommandsWithTheirPayload() {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY, Map.of("billing", billing));

    seedCatalog(erp);
    erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");
    erp.drainOutbox();

    assertThat(billing.events)
        .extracting(DomainEvent::type)
        .containsExactly(EventTypes.PRODUCT_CREATED, EventTypes.WAREHOUSE_SAVED, EventTypes.STOCK_MOVED);
    assertThat(billing.events).allSatisfy(e -> {
      assertThat(e.tenant()).isEqualTo(TENANT);
      assertThat(e.occurredAt()).isEqualTo(clock.instant());
    });
    assertThat(billing.events.get(2).payload())
        .contains("\"movementId\":\"receipt:rcv-1\"", "\"type\":\"RECEIPT\"", "\"reference\":\"PO-1\"");
  }

  // ---- failing listeners: backoff, holding back one aggregate, dead letters

  @Test
  void aListenerThatThrowsDoesNotUndoTheCommand() {
    Recorder billing = new Recorder();
    Recorder audit = new Recorder();
    Erp erp = erp("a", POLICY, listeners("billing", billing, "audit", audit));
    seedCatalog(erp, billing, audit);
    billing.down.set(true);

    StockLevel level = erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(5), "PO-1");

    assertThat(erp.drainOutbox()).as("only audit succeeded").isEqualTo(1);
    assertThat(level.onHand()).isEqualTo(5);
    assertThat(erp.inventory().level(MUG, SZ).onHand()).isEqualTo(5);
    assertThat(billing.calls).hasSize(1);
    assertThat(billing.events).isEmpty();
    assertThat(audit.events).hasSize(1);

    billing.down.set(false);
    clock.advance(BACKOFF);
    assertThat(erp.drainOutbox()).isEqualTo(1);
    assertThat(billing.events).containsExactlyElementsOf(audit.events);
  }

  @Test
  void retriesAFailedEventOnlyAfterItsBackoffDoublingEachTime() {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY.withMaxAttempts(5), Map.of("billing", billing));
    billing.down.set(true);
    publish("A", "A1");

    erp.drainOutbox();
    assertThat(billing.calls).hasSize(1);
    erp.drainOutbox();
    clock.advance(BACKOFF.minusMillis(1));
    erp.drainOutbox();
    assertThat(billing.calls).as("not before the first backoff").hasSize(1);

    clock.advance(Duration.ofMillis(1));
    erp.drainOutbox();
    assertThat(billing.calls).as("at the first backoff").hasSize(2);

    clock.advance(BACKOFF.multipliedBy(2).minusMillis(1));
    erp.drainOutbox();
    assertThat(billing.calls).as("the second backoff is twice the first").hasSize(2);
    clock.advance(Duration.ofMillis(1));
    erp.drainOutbox();
    assertThat(billing.calls).hasSize(3);

    billing.down.set(false);
    clock.advance(BACKOFF.multipliedBy(4));
    assertThat(erp.drainOutbox()).isEqualTo(1);
    assertThat(erp.drainOutbox()).isZero();
    assertThat(billing.calls).containsExactly("A1", "A1", "A1", "A1");
    assertThat(billing.ids()).containsExactly("A1");
    assertThat(erp.events().deadLetters("billing", 10)).isEmpty();
  }

  @Test
  void holdsBackLaterEventsOfTheFailingAggregateWhileOtherAggregatesAndListenersFlow() {
    Recorder billing = new Recorder();
    Recorder audit = new Recorder();
    Erp erp = erp("a", POLICY, listeners("billing", billing, "audit", audit));
    billing.failingAggregates.add("A");
    for (String id : List.of("A1", "B1", "A2", "C1", "A3")) {
      publish(id.substring(0, 1), id);
    }

    erp.drainOutbox();

    assertThat(billing.ids()).containsExactly("B1", "C1");
    assertThat(billing.calls).as("A2 and A3 wait behind A1").containsExactly("A1", "B1", "C1");
    assertThat(audit.ids()).containsExactly("A1", "B1", "A2", "C1", "A3");

    publish("B", "B2");
    erp.drainOutbox();
    assertThat(billing.ids()).containsExactly("B1", "C1", "B2");
    assertThat(audit.ids()).endsWith("B2");

    billing.failingAggregates.clear();
    erp.drainOutbox();
    assertThat(billing.ids()).as("A1's retry is not due yet").containsExactly("B1", "C1", "B2");

    clock.advance(BACKOFF);
    erp.drainOutbox();
    assertThat(billing.ids()).containsExactly("B1", "C1", "B2", "A1", "A2", "A3");
    assertThat(erp.drainOutbox()).isZero();
  }

  @Test
  void otherAggregatesFlowEvenWhenTheFailingAggregateFillsAWholeBatch() {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY.withBatchSize(2), Map.of("billing", billing));
    billing.failingAggregates.add("A");
    for (String id : List.of("A1", "A2", "A3", "B1", "A4", "C1")) {
      publish(id.substring(0, 1), id);
    }

    erp.drainOutbox();

    assertThat(billing.ids()).containsExactly("B1", "C1");
    assertThat(billing.calls).containsExactly("A1", "B1", "C1");

    billing.failingAggregates.clear();
    clock.advance(BACKOFF);
    erp.drainOutbox();
    assertThat(billing.ids()).containsExactly("B1", "C1", "A1", "A2", "A3", "A4");
  }

  @Test
  void deadLettersAnEventAfterMaxAttemptsAndThenLetsItsAggregateFlow() {
    Recorder billing = new Recorder();
    Recorder audit = new Recorder();
    Erp erp = erp("a", POLICY, listeners("billing", billing, "audit", audit));
    billing.failingEvents.add("A1");
    publish("A", "A1");
    publish("A", "A2");

    erp.drainOutbox();
    clock.advance(BACKOFF);
    erp.drainOutbox();
    assertThat(erp.events().deadLetters("billing", 10)).isEmpty();
    clock.advance(BACKOFF.multipliedBy(2));
    erp.drainOutbox();

    assertThat(billing.calls).startsWith("A1", "A1", "A1");
    List<DeadLetter> dead = erp.events().deadLetters("billing", 10);
    assertThat(dead).singleElement().satisfies(d -> {
      assertThat(d.listener()).isEqualTo("billing");
      assertThat(d.event().id()).isEqualTo(EventId.of("A1"));
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.lastError()).startsWith(IOException.class.getName());
      assertThat(d.position()).isPositive();
    });
    assertThat(erp.events().deadLetters("audit", 10)).isEmpty();
    assertThat(audit.ids()).containsExactly("A1", "A2");

    erp.drainOutbox();
    assertThat(billing.ids()).as("A2 no longer waits").containsExactly("A2");
    publish("A", "A3");
    clock.advance(Duration.ofHours(1));
    erp.drainOutbox();
    assertThat(billing.ids()).containsExactly("A2", "A3");
    assertThat(billing.calls).as("a dead letter is not retried").containsExactly("A1", "A1", "A1", "A2", "A3");
    assertThat(erp.events().deadLetters("billing", 10)).hasSize(1);
  }

  @Test
  void deliversTheLaterEventsOfAnAggregateInTheRoundThatDeadLettersItsHead() {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY.withMaxAttempts(1), Map.of("billing", billing));
    billing.failingEvents.add("A1");
    publish("A", "A1");
    publish("A", "A2");

    erp.drainOutbox();

    assertThat(erp.events().deadLetters("billing", 10)).extracting(d -> d.event().id().value())
        .containsExactly("A1");
    assertThat(billing.ids()).as("drain delivers every event that is due").containsExactly("A2");
  }

  @Test
  void refusesADeadLetterLimitOutOfRange() {
    Erp erp = erp("a", POLICY, Map.of("billing", new Recorder()));

    for (int limit : List.of(0, 1001)) {
      assertThatThrownBy(() -> erp.events().deadLetters("billing", limit))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("limit");
                assertThat(e.value()).isEqualTo(Integer.toString(limit));
              });
    }
  }

  // ---- pruning

  @Test
  void prunesOnlyEventsOlderThanRetentionThatEveryListenerReceived() {
    Duration backoff = Duration.ofDays(3);
    RelayPolicy policy =
        POLICY.withMaxAttempts(2).withBackoff(backoff, backoff).withRetention(Duration.ofDays(1));
    Recorder billing = new Recorder();
    Recorder audit = new Recorder();
    Erp erp = erp("a", policy, listeners("billing", billing, "audit", audit));
    billing.failingAggregates.add("Z");
    billing.failingAggregates.add("Y");
    publish("Z", "DEAD");
    erp.drainOutbox();
    clock.advance(backoff);
    erp.drainOutbox();
    assertThat(erp.events().deadLetters("billing", 10)).hasSize(1);
    publish("X", "OLD");
    publish("Y", "RETRYING");
    erp.drainOutbox();
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    publish("X", "RECENT");
    erp.drainOutbox();
    assertThat(audit.ids()).containsExactly("DEAD", "OLD", "RETRYING", "RECENT");
    assertThat(billing.ids()).containsExactly("OLD", "RECENT");

    assertThat(erp.events().prune()).as("only OLD").isEqualTo(1);
    assertThat(erp.events().prune()).isZero();

    assertThat(erp.events().deadLetters("billing", 10)).extracting(d -> d.event().id().value())
        .containsExactly("DEAD");
    billing.failingAggregates.clear();
    clock.advance(backoff);
    erp.drainOutbox();
    assertThat(billing.ids()).containsExactly("OLD", "RECENT", "RETRYING");
    assertThat(audit.ids()).hasSize(4);
    Recorder late = new Recorder();
    erp("a", policy, Map.of("late", late)).drainOutbox();
    assertThat(late.ids()).as("what the outbox still holds").containsExactly("DEAD", "RETRYING", "RECENT");
  }

  @Test
  void keepsAnEventExactlyAsOldAsTheRetention() {
    Recorder billing = new Recorder();
    Erp erp = erp("a", POLICY.withRetention(Duration.ofDays(7)), Map.of("billing", billing));
    publish("A", "A1");
    erp.drainOutbox();

    clock.advance(Duration.ofDays(7));
    assertThat(erp.events().prune()).isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(erp.events().prune()).isEqualTo(1);
  }

  // ---- one relay at a time, under a lease

  @Test
  void onlyTheLeaseHolderDeliversAndAnotherTakesOverWhenTheLeaseLapses() {
    Duration lease = POLICY.leaseDuration();
    Recorder onA = new Recorder();
    Recorder onB = new Recorder();
    Erp a = erp("a", POLICY, Map.of("billing", onA));
    Erp b = erp("b", POLICY, Map.of("billing", onB));
    publish("A", "E1");
    publish("B", "E2");

    assertThat(a.drainOutbox()).isEqualTo(2);
    publish("A", "E3");
    assertThat(b.drainOutbox()).isZero();
    assertThat(onB.calls).isEmpty();

    clock.advance(lease.minusMillis(1));
    assertThat(b.drainOutbox()).isZero();
    assertThat(a.drainOutbox()).as("a renews its lease").isEqualTo(1);
    clock.advance(lease.minusMillis(1));
    assertThat(b.drainOutbox()).isZero();
    assertThat(relayLease().owner()).isEqualTo("a");

    clock.advance(Duration.ofMillis(1));
    publish("B", "E4");
    assertThat(b.drainOutbox()).as("a's lease lapsed").isEqualTo(1);
    assertThat(a.drainOutbox()).isZero();

    assertThat(onA.ids()).containsExactly("E1", "E2", "E3");
    assertThat(onB.ids()).as("progress is kept per listener name").containsExactly("E4");
    Lease held = relayLease();
    assertThat(held.owner()).isEqualTo("b");
    assertThat(held.token()).isEqualTo(2);
    assertThat(held.expiresAt()).isEqualTo(clock.instant().plus(lease));
  }

  @Test
  void concurrentDrainsOfTwoInstancesDeliverEachEventOnce() throws Exception {
    Recorder billing = new Recorder();
    Erp a = erp("a", POLICY.withBatchSize(7), Map.of("billing", billing));
    Erp b = erp("b", POLICY.withBatchSize(7), Map.of("billing", billing));
    int events = 300;
    ExecutorService pool = executor(Executors.newFixedThreadPool(5));
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean producing = new AtomicBoolean(true);
    Collection<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    List<Future<?>> drainers = new ArrayList<>();
    for (Erp erp : List.of(a, a, b, b)) {
      drainers.add(
          pool.submit(
              () -> {
                start.await();
                while (producing.get()) {
                  try {
                    erp.drainOutbox();
                  } catch (Throwable e) {
                    unexpected.add(e);
                  }
                }
                return null;
              }));
    }
    Future<?> producer =
        pool.submit(
            () -> {
              start.await();
              for (int i = 0; i < events; i++) {
                publish("agg-" + (i % 5), "E" + i);
              }
              return null;
            });

    start.countDown();
    producer.get(60, TimeUnit.SECONDS);
    producing.set(false);
    for (Future<?> drainer : drainers) {
      drainer.get(60, TimeUnit.SECONDS);
    }
    a.drainOutbox();
    b.drainOutbox();

    assertThat(unexpected).isEmpty();
    assertThat(billing.ids()).hasSize(events).doesNotHaveDuplicates();
    assertThat(billing.calls).hasSize(events);
    for (int agg = 0; agg < 5; agg++) {
      String aggregate = "agg-" + agg;
      List<Integer> order =
          billing.events.stream()
              .filter(e -> e.aggregateId().equals(aggregate))
              .map(e -> Integer.parseInt(e.id().value().substring(1)))
              .toList();
      assertThat(order).as(aggregate).isSorted();
    }
  }

  // ---- draining in the background

  @Test
  void deliversInTheBackgroundUntilClosed() throws Exception {
    CountDownLatch delivered = new CountDownLatch(4);
    Erp erp = erp("a", POLICY, Map.of("billing", e -> delivered.countDown()));
    ScheduledThreadPoolExecutor scheduler = scheduler();
    publish("A", "E1");
    publish("B", "E2");
    publish("A", "E3");

    try (AutoCloseable handle = erp.events().start(scheduler, Duration.ofMillis(5))) {
      publish("C", "E4");
      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(scheduler.getQueue()).as("closing cancels the schedule").isEmpty();
    assertThat(erp.drainOutbox()).isZero();
  }

  @Test
  void deliversInTheBackgroundWithASubMillisecondInterval() throws Exception {
    CountDownLatch delivered = new CountDownLatch(1);
    Erp erp = erp("a", POLICY, Map.of("billing", e -> delivered.countDown()));
    publish("A", "E1");

    try (AutoCloseable handle = erp.events().start(scheduler(), Duration.ofNanos(250_000))) {
      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void keepsRelayingInTheBackgroundAfterAFailingRound() throws Exception {
    FlakyStore flaky = new FlakyStore(store);
    CountDownLatch delivered = new CountDownLatch(1);
    Erp erp =
        Erp.builder()
            .tenant(TENANT)
            .clock(clock)
            .store(flaky)
            .instanceId("a")
            .relayPolicy(POLICY)
            .listener("billing", e -> delivered.countDown())
            .build();
    publish("A", "E1");
    flaky.failNext.set(2);

    try (AutoCloseable handle = erp.events().start(scheduler(), Duration.ofMillis(1))) {
      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(flaky.failNext.get()).as("rounds failed before one delivered").isNotPositive();
  }

  @Test
  void refusesANonPositiveInterval() {
    Erp erp = erp("a", POLICY, Map.of("billing", new Recorder()));
    ScheduledThreadPoolExecutor scheduler = scheduler();

    for (Duration interval : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
      assertThatThrownBy(() -> erp.events().start(scheduler, interval))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("interval"));
    }
    assertThat(scheduler.getQueue()).isEmpty();
  }

  @Test
  void drainsNothingWithoutListeners() {
    Erp erp = erp("a", POLICY, Map.of());
    publish("A", "E1");

    assertThat(erp.drainOutbox()).isZero();
  }

  // ---- helpers

  /** A listener that records what it is called with and fails on demand. */
  static final class Recorder implements EventListener {
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Set<String> failingAggregates = ConcurrentHashMap.newKeySet();
    final Set<String> failingEvents = ConcurrentHashMap.newKeySet();
    final AtomicBoolean down = new AtomicBoolean();

    @Override
    public void onEvent(DomainEvent event) throws Exception {
      calls.add(event.id().value());
      if (down.get()
          || failingAggregates.contains(event.aggregateId())
          || failingEvents.contains(event.id().value())) {
        throw new IOException("broker unavailable");
      }
      events.add(event);
    }

    List<String> ids() {
      return events.stream().map(e -> e.id().value()).toList();
    }
  }

  /** A store whose next {@link #failNext} top-level transactions fail as a lost connection would. */
  static final class FlakyStore implements Store {
    final Store delegate;
    final AtomicInteger failNext = new AtomicInteger();

    FlakyStore(Store delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionCallback<T> callback) {
      if (failNext.getAndDecrement() > 0) {
        throw new StoreException("connection lost", null);
      }
      return delegate.inTransaction(tenant, callback);
    }
  }

  private Erp erp(String instanceId, RelayPolicy policy, Map<String, EventListener> listeners) {
    Erp.Builder builder =
        Erp.builder().tenant(TENANT).clock(clock).store(store).instanceId(instanceId).relayPolicy(policy);
    listeners.forEach(builder::listener);
    return builder.build();
  }

  private static Map<String, EventListener> listeners(
      String first, EventListener one, String second, EventListener two) {
    Map<String, EventListener> map = new LinkedHashMap<>();
    map.put(first, one);
    map.put(second, two);
    return map;
  }

  /** Commits one event of aggregate {@code test/aggregateId} with the id {@code id}. */
  private DomainEvent publish(String aggregateId, String id) {
    DomainEvent event =
        new DomainEvent(
            EventId.of(id), TENANT, "test", aggregateId, "test.happened", clock.instant(), "{\"n\":1}");
    store.useTransaction(TENANT, tx -> tx.repository(OutboxRepository.class).append(event));
    return event;
  }

  /** Creates the SKU and warehouse the inventory commands use, delivers their events and forgets them. */
  private void seedCatalog(Erp erp, Recorder... recorders) {
    erp.catalog()
        .create(
            Product.builder()
                .id("P1")
                .title("Mug")
                .addSku(Sku.builder().code(MUG).productId(ProductId.of("P1")).name("Red mug").build())
                .build());
    erp.inventory()
        .saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.drainOutbox();
    for (Recorder recorder : recorders) {
      recorder.events.clear();
      recorder.calls.clear();
    }
  }

  private Lease relayLease() {
    return store.inTransaction(TENANT, tx -> tx.repository(LeaseRepository.class).find("outbox-relay"))
        .orElseThrow();
  }

  private ScheduledThreadPoolExecutor scheduler() {
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    scheduler.setRemoveOnCancelPolicy(true);
    executor(scheduler);
    return scheduler;
  }

  private <E extends ExecutorService> E executor(E executor) {
    executors.add(executor);
    return executor;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
