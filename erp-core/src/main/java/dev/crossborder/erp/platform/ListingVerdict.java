package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a platform said about a listing submission or deletion. An {@code ACCEPTED} verdict may
 * still carry warnings; a {@code REJECTED} one carries at least one error. Amazon, for one, answers
 * HTTP 200 with {@code status: INVALID}: that is a rejection, not a success.
 *
 * @param sellerSku the seller SKU
 * @param status accepted or rejected
 * @param platformListingId the platform's id of the listing, if it reported one
 * @param submissionId the platform's id of this submission, if it reported one
 * @param issues the issues it reported
 */
public record ListingVerdict(
    String sellerSku,
    Status status,
    @Nullable String platformListingId,
    @Nullable String submissionId,
    List<PlatformIssue> issues) {

  /** Validates and copies. */
  public ListingVerdict {
    sellerSku = Checks.text("sellerSku", sellerSku, 200);
    Checks.present("status", status);
    issues = List.copyOf(issues);
  }

  /** Whether the platform took the submission. */
  public enum Status {
    /** Taken (processing may continue on the platform's side). */
    ACCEPTED,
    /** Refused; see the issues. */
    REJECTED
  }
}
