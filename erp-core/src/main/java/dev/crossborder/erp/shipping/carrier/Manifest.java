package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.time.Instant;
import java.util.List;

/**
 * The carrier's record of a handover: the parcels it took, under its manifest id. After it, the
 * labels can no longer be voided. Immutable and thread-safe.
 *
 * @param manifestId the carrier's id of the manifest
 * @param idempotencyKey the key of the {@link ManifestRequest}
 * @param trackingNumbers the labels handed over, in the request's order
 * @param createdAt when the carrier closed the manifest
 */
public record Manifest(String manifestId, String idempotencyKey, List<String> trackingNumbers, Instant createdAt) {

  /** Validates and copies. */
  public Manifest {
    Fields.code("manifestId", manifestId);
    Fields.key("idempotencyKey", idempotencyKey);
    Fields.present("trackingNumbers", trackingNumbers);
    if (trackingNumbers.isEmpty()) {
      throw new InvalidInputException("trackingNumbers", "[]", "must not be empty");
    }
    trackingNumbers = List.copyOf(trackingNumbers);
    Fields.present("createdAt", createdAt);
  }
}
