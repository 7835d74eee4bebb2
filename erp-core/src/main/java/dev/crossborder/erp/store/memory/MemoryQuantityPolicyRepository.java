package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.QuantityPolicyRepository;
import java.util.Optional;

/** The quantity policies of one in-memory session, one per shop (last write wins). */
final class MemoryQuantityPolicyRepository implements QuantityPolicyRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryQuantityPolicyRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void save(ShopId shop, QuantityPolicy policy) {
    s.put(t.quantityPolicies, shop.value(), policy);
  }

  @Override
  public Optional<QuantityPolicy> find(ShopId shop) {
    return Optional.ofNullable(s.get(t.quantityPolicies, shop.value()));
  }
}
