package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.store.FencingException;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The lease repository of one in-memory session. */
final class MemoryLeaseRepository implements LeaseRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryLeaseRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public Optional<Lease> tryAcquire(String name, String owner, Instant now, Instant expiresAt) {
    Lease current = s.get(t.leases, name);
    long token;
    if (current == null) {
      token = 1;
    } else if (current.owner().equals(owner) && current.expiresAt().isAfter(now)) {
      token = current.token();
    } else if (!current.expiresAt().isAfter(now)) {
      token = current.token() + 1;
    } else {
      return Optional.empty();
    }
    Lease next = new Lease(name, owner, token, expiresAt);
    s.put(t.leases, name, next);
    s.precondition(() -> Objects.equals(t.leases.committed.get(name), current) ? null : "lease " + name);
    return Optional.of(next);
  }

  @Override
  public boolean release(String name, String owner) {
    Lease current = s.get(t.leases, name);
    if (current == null || !current.owner().equals(owner) || current.expiresAt().equals(Instant.EPOCH)) {
      return false;
    }
    s.put(t.leases, name, new Lease(name, owner, current.token(), Instant.EPOCH));
    s.precondition(() -> Objects.equals(t.leases.committed.get(name), current) ? null : "lease " + name);
    return true;
  }

  @Override
  public void fence(Lease lease) {
    String name = lease.name();
    long token = lease.token();
    Lease current = s.get(t.leases, name);
    if (current == null || current.token() != token) {
      throw new FencingException(name, token, current == null ? "absent" : "token " + current.token());
    }
    s.precondition(
        () -> {
          Lease committed = t.leases.committed.get(name);
          return committed != null && committed.token() == token ? null : "lease " + name;
        });
  }

  @Override
  public Optional<Lease> find(String name) {
    return Optional.ofNullable(s.get(t.leases, name));
  }
}
