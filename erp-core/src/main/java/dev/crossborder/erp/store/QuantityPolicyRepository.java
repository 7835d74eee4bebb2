package dev.crossborder.erp.store;

import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.shop.ShopId;
import java.util.Optional;

/**
 * The stock-push quantity policy of each shop of the transaction's tenant: configuration that every
 * {@code Erp} instance sharing the store reads, so that all of them push the same quantities.
 */
public interface QuantityPolicyRepository {

  /** Stores {@code policy} as the policy of {@code shop}, replacing any earlier one. */
  void save(ShopId shop, QuantityPolicy policy);

  /** The policy stored for {@code shop}, if any. */
  Optional<QuantityPolicy> find(ShopId shop);
}
