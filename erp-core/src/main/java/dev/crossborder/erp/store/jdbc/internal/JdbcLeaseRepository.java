package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.store.FencingException;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Leases in {@code erp_lease}. Taking or renewing is one conditional UPDATE that succeeds only when
 * the caller holds the lease or it has lapsed, and that increments the fencing token unless the
 * holder renews before expiry; a lease that does not exist yet is inserted with token 1. Releasing
 * keeps owner and token and sets the expiry to the epoch, so the next taker, whoever it is, gets a
 * higher token. Bound to one session; not thread-safe.
 */
final class JdbcLeaseRepository implements LeaseRepository {
  private static final int MAX_NAME = 200;

  private final JdbcSession s;

  JdbcLeaseRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<Lease> tryAcquire(String name, String owner, Instant now, Instant expiresAt) {
    checkName("name", name);
    checkName("owner", owner);
    requireNonNull(now, "now == null");
    requireNonNull(expiresAt, "expiresAt == null");
    int rows =
        s.update(
            "lease",
            "UPDATE erp_lease SET token = CASE WHEN owner = ? AND expires_at > ? THEN token ELSE"
                + " token + 1 END, owner = ?, expires_at = ? WHERE tenant_id = ? AND name = ? AND"
                + " (owner = ? OR expires_at <= ?)",
            owner,
            now,
            owner,
            expiresAt,
            s.tenantId(),
            name,
            owner,
            now);
    if (rows > 0) {
      return find(name);
    }
    boolean inserted =
        s.insertIfAbsent(
            "lease",
            "INSERT INTO erp_lease (tenant_id, name, owner, token, expires_at) VALUES (?, ?, ?, ?,"
                + " ?)",
            s.tenantId(),
            name,
            owner,
            1L,
            expiresAt);
    return inserted
        ? Optional.of(new Lease(name, owner, 1, JdbcSession.stored(expiresAt)))
        : Optional.empty();
  }

  @Override
  public boolean release(String name, String owner) {
    checkName("name", name);
    checkName("owner", owner);
    return s.update(
            "lease",
            "UPDATE erp_lease SET expires_at = ?"
                + " WHERE tenant_id = ? AND name = ? AND owner = ? AND expires_at > ?",
            Instant.EPOCH,
            s.tenantId(),
            name,
            owner,
            Instant.EPOCH)
        > 0;
  }

  @Override
  public void fence(Lease lease) {
    Optional<Long> token =
        s.queryOne(
            "lease fence",
            "SELECT token FROM erp_lease WHERE tenant_id = ? AND name = ? FOR UPDATE",
            rs -> rs.getLong("token"),
            s.tenantId(),
            lease.name());
    if (token.isEmpty() || token.get() != lease.token()) {
      throw new FencingException(
          lease.name(), lease.token(), token.map(t -> "token " + t).orElse("absent"));
    }
  }

  @Override
  public Optional<Lease> find(String name) {
    checkName("name", name);
    return s.queryOne(
        "lease",
        "SELECT name, owner, token, expires_at FROM erp_lease WHERE tenant_id = ? AND name = ?",
        rs ->
            new Lease(
                rs.getString("name"),
                rs.getString("owner"),
                rs.getLong("token"),
                JdbcSession.instant(rs, "expires_at")),
        s.tenantId(),
        name);
  }

  private static void checkName(String field, String value) {
    requireNonNull(value, field + " == null");
    if (value.isEmpty() || value.length() > MAX_NAME) {
      throw new InvalidInputException(field, value, "must be 1 to " + MAX_NAME + " characters");
    }
  }
}
