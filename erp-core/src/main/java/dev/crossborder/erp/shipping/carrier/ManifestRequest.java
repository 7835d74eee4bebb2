package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request to hand parcels over to the carrier under one manifest (交运单 / end-of-day close).
 * Immutable and thread-safe.
 *
 * @param idempotencyKey identifies the handover: the same key again, with the same numbers, gives
 *     the same manifest
 * @param trackingNumbers the labels handed over, at least one, no duplicates
 */
public record ManifestRequest(String idempotencyKey, List<String> trackingNumbers) {

  /** Validates and copies; a refusal names the field ({@code trackingNumbers[2]}). */
  public ManifestRequest {
    Fields.key("idempotencyKey", idempotencyKey);
    Fields.present("trackingNumbers", trackingNumbers);
    if (trackingNumbers.isEmpty()) {
      throw new InvalidInputException("trackingNumbers", "[]", "must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < trackingNumbers.size(); i++) {
      String number = Fields.code("trackingNumbers[" + i + "]", trackingNumbers.get(i));
      if (!seen.add(number)) {
        throw new InvalidInputException("trackingNumbers[" + i + "]", number, "is listed twice");
      }
    }
    trackingNumbers = List.copyOf(trackingNumbers);
  }
}
