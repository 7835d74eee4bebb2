package dev.crossborder.erp.store;

import java.time.Instant;
import java.util.Optional;

/** Leases of the transaction's tenant. */
public interface LeaseRepository {

  /**
   * Takes or renews the lease {@code name} for {@code owner} until {@code expiresAt}, in one
   * conditional statement: succeeds if nobody holds it, if it lapsed at or before {@code now}, or if
   * {@code owner} holds it already. Renewing a lease the owner still holds keeps the fencing token;
   * taking a lease that is new, lapsed or released (even by its former owner) increments it, so a
   * token is never handed out twice.
   *
   * @return the lease as now held, or empty if another owner holds it
   */
  Optional<Lease> tryAcquire(String name, String owner, Instant now, Instant expiresAt);

  /**
   * Gives the lease up if {@code owner} holds it, by letting it lapse at once (the row and its token
   * stay, so tokens keep growing); returns whether it did (so {@code false} for a lease already
   * released).
   */
  boolean release(String name, String owner);

  /**
   * The fencing check of a write guarded by {@code lease}: passes if the lease {@code lease.name()}
   * is still stored with {@code lease.token()}, and keeps it so until the transaction ends (the JDBC
   * store locks the row; the in-memory store re-checks the token at commit), so a takeover cannot
   * slip in between the check and the guarded write.
   *
   * @throws FencingException if the lease does not exist or carries another token
   */
  void fence(Lease lease);

  /** The lease {@code name} as stored, held or lapsed. */
  Optional<Lease> find(String name);
}
