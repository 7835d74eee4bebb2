package dev.crossborder.erp.listing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.ShopId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import of a shop's platform listings found: the listings paired with a local SKU (and
 * how), and those left unpaired with the reason. Nothing is paired by guess: an unpaired listing
 * waits for an explicit mapping.
 *
 * @param shop the shop
 * @param read how many platform listings were read
 * @param paired the listings paired (newly or already)
 * @param unpaired the listings that could not be paired
 */
public record PairingReport(ShopId shop, int read, List<Paired> paired, List<Unpaired> unpaired) {

  /** Copies. */
  public PairingReport {
    Checks.present("shop", shop);
    paired = List.copyOf(paired);
    unpaired = List.copyOf(unpaired);
  }

  /**
   * A paired listing.
   *
   * @param sellerSku the platform's seller SKU
   * @param sku the local SKU
   * @param method how they were paired
   */
  public record Paired(String sellerSku, SkuCode sku, PairingMethod method) {}

  /**
   * A listing left unpaired.
   *
   * @param sellerSku the platform's seller SKU
   * @param platformListingId the platform's id, if any
   * @param reason why: no SKU, mapping or barcode matched, or a barcode matched several SKUs
   * @param candidates the SKUs an ambiguous barcode matched, else empty
   */
  public record Unpaired(String sellerSku, @Nullable String platformListingId, String reason, List<SkuCode> candidates) {

    /** Copies. */
    public Unpaired {
      candidates = List.copyOf(candidates);
    }
  }
}
