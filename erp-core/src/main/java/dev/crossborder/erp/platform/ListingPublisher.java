package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;

/** Creates, replaces and deletes a shop's listings. */
public interface ListingPublisher extends Capability {

  /**
   * Creates or replaces the listing {@code submission.sellerSku()} of {@code shop}. A rejection by
   * the platform is a {@link ListingVerdict} with status {@code REJECTED}, not an exception.
   *
   * @throws ConnectorException if the call itself fails after the connector's retries
   */
  ListingVerdict put(Shop shop, ListingSubmission submission);

  /**
   * Deletes the listing {@code sellerSku} of {@code shop}; deleting one that does not exist is
   * accepted.
   *
   * @throws ConnectorException if the call itself fails after the connector's retries
   */
  ListingVerdict delete(Shop shop, String sellerSku);
}
