package dev.crossborder.erp.store.memory;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.cases.CaseId;
import dev.crossborder.erp.cases.Return;
import dev.crossborder.erp.cases.ReturnId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CaseRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Cases and returns of one in-memory session. The (shop, platform case id) index is a table of its
 * own with a commit-time uniqueness precondition; updates register a precondition on the version
 * they read. Queries scan the tenant's cases (an inbox holds thousands, not millions).
 */
final class MemoryCaseRepository implements CaseRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryCaseRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public Optional<Case> find(CaseId id) {
    return Optional.ofNullable(s.get(t.cases, requireNonNull(id, "id == null").value()));
  }

  @Override
  public Optional<Case> findByPlatformCaseId(ShopId shop, String platformCaseId) {
    String id = s.get(t.caseIndex, indexKey(shop, platformCaseId));
    return id == null ? Optional.empty() : find(CaseId.of(id));
  }

  @Override
  public void insert(Case c) {
    requireNonNull(c, "case == null");
    String id = c.id().value();
    String key = indexKey(c.shopId(), c.platformCaseId());
    if (s.get(t.caseIndex, key) != null) {
      throw new DuplicateKeyException("platformCaseId", c.platformCaseId());
    }
    if (s.get(t.cases, id) != null) {
      throw new DuplicateKeyException("caseId", id);
    }
    s.put(t.cases, id, c.atVersion(0));
    s.put(t.caseIndex, key, id);
    s.requireAbsentAtCommit(t.caseIndex, key, "case " + c.platformCaseId());
    s.requireAbsentAtCommit(t.cases, id, "case " + id);
  }

  @Override
  public Case update(Case c) {
    requireNonNull(c, "case == null");
    return versioned(t.cases, c.id().value(), c.version(), Case::version, "caseId", "case", c::atVersion);
  }

  @Override
  public List<Case> byOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return s.scan(t.cases, null, null, (k, v) -> order.equals(v.orderId()), Integer.MAX_VALUE).stream()
        .map(Map.Entry::getValue)
        .sorted(Comparator.comparing(Case::openedAt).thenComparing(c -> c.id().value()))
        .toList();
  }

  @Override
  public Page<Case> overdue(Instant now, PageRequest page) {
    requireNonNull(now, "now == null");
    requireNonNull(page, "page == null");
    Keys.OrderTime after = page.after() == null ? null : Cursors.decodeOrder(page.after());
    List<Map.Entry<Keys.OrderTime, Case>> due =
        s.scan(t.cases, null, null, (k, v) -> v.isOverdue(now), Integer.MAX_VALUE).stream()
            .map(e -> Map.entry(new Keys.OrderTime(requireNonNull(e.getValue().dueAt()), e.getKey()), e.getValue()))
            .filter(e -> after == null || e.getKey().compareTo(after) > 0)
            .sorted(Map.Entry.comparingByKey())
            .limit(page.limit() + 1L)
            .toList();
    return Paging.page(due, page, Function.identity(), Cursors::encodeOrder);
  }

  @Override
  public Optional<Return> findReturn(ReturnId id) {
    return Optional.ofNullable(s.get(t.returns, requireNonNull(id, "id == null").value()));
  }

  @Override
  public void insertReturn(Return r) {
    requireNonNull(r, "return == null");
    String id = r.id().value();
    if (s.get(t.returns, id) != null) {
      throw new DuplicateKeyException("returnId", id);
    }
    s.put(t.returns, id, r.atVersion(0));
    s.requireAbsentAtCommit(t.returns, id, "return " + id);
  }

  @Override
  public Return updateReturn(Return r) {
    requireNonNull(r, "return == null");
    return versioned(t.returns, r.id().value(), r.version(), Return::version, "returnId", "return", r::atVersion);
  }

  @Override
  public List<Return> returnsByOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return s.scan(t.returns, null, null, (k, v) -> v.orderId().equals(order), Integer.MAX_VALUE).stream()
        .map(Map.Entry::getValue)
        .sorted(Comparator.comparing(Return::authorisedAt).thenComparing(r -> r.id().value()))
        .toList();
  }

  /** Replaces the row {@code id} read at {@code expected} by {@code next(expected + 1)}. */
  private <V> V versioned(
      Table<String, V> table,
      String id,
      long expected,
      ToLongFunction<V> versionOf,
      String field,
      String what,
      Function<Long, V> next) {
    V stored = s.get(table, id);
    if (stored == null) {
      throw new NotFoundException(field, id);
    }
    if (versionOf.applyAsLong(stored) != expected) {
      throw new ConcurrentUpdateException(what + " " + id + " version " + expected);
    }
    V written = next.apply(expected + 1);
    s.put(table, id, written);
    s.precondition(
        () -> {
          V c = table.committed.get(id);
          return c == null || versionOf.applyAsLong(c) == expected ? null : what + " " + id + " version " + expected;
        });
    return written;
  }

  private static String indexKey(ShopId shop, String platformCaseId) {
    return requireNonNull(shop, "shop == null").value() + "\u0000" + requireNonNull(platformCaseId, "platformCaseId == null");
  }
}
