package dev.crossborder.erp.store.jdbc.internal;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cases in {@code erp_case} and returns in {@code erp_return}, each a JSON document beside the
 * columns its queries and unique keys need. Documents are read and written as personal data (case
 * threads hold buyer text), so SQL failures on them never quote it. Updates are conditional on
 * the version read. Bound to one session; not thread-safe.
 */
final class JdbcCaseRepository implements CaseRepository {
  private static final String OVERDUE = "overdue-cases";

  private final JdbcSession s;

  JdbcCaseRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<Case> find(CaseId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "case", "SELECT doc, version FROM erp_case WHERE tenant_id = ? AND id = ?", this::readCase, s.tenantId(), id.value());
  }

  @Override
  public Optional<Case> findByPlatformCaseId(ShopId shop, String platformCaseId) {
    requireNonNull(shop, "shop == null");
    requireNonNull(platformCaseId, "platformCaseId == null");
    return s.queryOne(
        "case",
        "SELECT doc, version FROM erp_case WHERE tenant_id = ? AND shop_id = ? AND platform_case_id = ?",
        this::readCase,
        s.tenantId(),
        shop.value(),
        platformCaseId);
  }

  @Override
  public void insert(Case c) {
    requireNonNull(c, "case == null");
    Case stored = c.atVersion(0);
    boolean inserted =
        s.insertIfAbsent(
            "case",
            "INSERT INTO erp_case (tenant_id, id, shop_id, platform_case_id, order_id, state, waiting, due_at,"
                + " opened_at, version, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            c.id().value(),
            c.shopId().value(),
            c.platformCaseId(),
            orderColumn(c.orderId()),
            c.state().name(),
            c.state().isWaitingOnSeller(),
            JdbcSession.nullableInstant(c.dueAt()),
            c.openedAt(),
            0L,
            s.personal(() -> s.documents().write(stored, "case", true)));
    if (inserted) {
      return;
    }
    if (findByPlatformCaseId(c.shopId(), c.platformCaseId()).isPresent()) {
      throw new DuplicateKeyException("platformCaseId", c.platformCaseId());
    }
    throw new DuplicateKeyException("caseId", c.id().value());
  }

  @Override
  public Case update(Case c) {
    requireNonNull(c, "case == null");
    long expected = c.version();
    Case next = c.atVersion(expected + 1);
    int rows =
        s.update(
            "case",
            "UPDATE erp_case SET order_id = ?, state = ?, waiting = ?, due_at = ?, version = version + 1, doc = ?"
                + " WHERE tenant_id = ? AND id = ? AND version = ?",
            orderColumn(c.orderId()),
            c.state().name(),
            c.state().isWaitingOnSeller(),
            JdbcSession.nullableInstant(c.dueAt()),
            s.personal(() -> s.documents().write(next, "case", true)),
            s.tenantId(),
            c.id().value(),
            expected);
    if (rows > 0) {
      return next;
    }
    if (find(c.id()).isEmpty()) {
      throw new NotFoundException("caseId", c.id());
    }
    throw new ConcurrentUpdateException("case " + c.id() + " version " + expected);
  }

  @Override
  public List<Case> byOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return s.query(
        "case",
        "SELECT doc, version FROM erp_case WHERE tenant_id = ? AND order_id = ? ORDER BY opened_at, id",
        this::readCase,
        s.tenantId(),
        order.value());
  }

  @Override
  public Page<Case> overdue(Instant now, PageRequest page) {
    requireNonNull(now, "now == null");
    requireNonNull(page, "page == null");
    StringBuilder sql =
        new StringBuilder(
            "SELECT doc, version FROM erp_case WHERE tenant_id = ? AND waiting = TRUE AND due_at <= ?");
    List<Object> args = new java.util.ArrayList<>(List.of(s.tenantId(), now));
    if (page.after() != null) {
      Keyset.TimeAndId after = Keyset.decodeTimeAndId(OVERDUE, page.after());
      sql.append(" AND (due_at, id) > (?, ?)");
      args.add(after.at());
      args.add(after.id());
    }
    sql.append(" ORDER BY due_at, id LIMIT ?");
    args.add(page.limit() + 1);
    List<Case> rows = s.query("case", sql.toString(), this::readCase, args.toArray());
    return Keyset.page(
        rows, page, c -> c, c -> Keyset.encodeTimeAndId(OVERDUE, requireNonNull(c.dueAt()), c.id().value()));
  }

  @Override
  public Optional<Return> findReturn(ReturnId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "return", "SELECT doc, version FROM erp_return WHERE tenant_id = ? AND id = ?", this::readReturn, s.tenantId(),
        id.value());
  }

  @Override
  public void insertReturn(Return r) {
    requireNonNull(r, "return == null");
    boolean inserted =
        s.insertIfAbsent(
            "return",
            "INSERT INTO erp_return (tenant_id, id, order_id, authorised_at, version, doc) VALUES (?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            r.id().value(),
            r.orderId().value(),
            r.authorisedAt(),
            0L,
            s.documents().write(r.atVersion(0), "return", false));
    if (!inserted) {
      throw new DuplicateKeyException("returnId", r.id().value());
    }
  }

  @Override
  public Return updateReturn(Return r) {
    requireNonNull(r, "return == null");
    long expected = r.version();
    Return next = r.atVersion(expected + 1);
    int rows =
        s.update(
            "return",
            "UPDATE erp_return SET version = version + 1, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?",
            s.documents().write(next, "return", false),
            s.tenantId(),
            r.id().value(),
            expected);
    if (rows > 0) {
      return next;
    }
    if (findReturn(r.id()).isEmpty()) {
      throw new NotFoundException("returnId", r.id());
    }
    throw new ConcurrentUpdateException("return " + r.id() + " version " + expected);
  }

  @Override
  public List<Return> returnsByOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return s.query(
        "return",
        "SELECT doc, version FROM erp_return WHERE tenant_id = ? AND order_id = ? ORDER BY authorised_at, id",
        this::readReturn,
        s.tenantId(),
        order.value());
  }

  private Case readCase(ResultSet rs) throws SQLException {
    String doc = rs.getString("doc");
    long version = rs.getLong("version");
    return s.personal(() -> s.documents().read(doc, Case.class, "case", true)).atVersion(version);
  }

  private Return readReturn(ResultSet rs) throws SQLException {
    return s.documents().read(rs.getString("doc"), Return.class, "return", false).atVersion(rs.getLong("version"));
  }

  private static Object orderColumn(@Nullable OrderId order) {
    return JdbcSession.nullableText(order == null ? null : order.value());
  }
}
