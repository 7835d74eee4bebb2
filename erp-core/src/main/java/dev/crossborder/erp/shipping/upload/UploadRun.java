package dev.crossborder.erp.shipping.upload;

/**
 * What one {@link TrackingUploads#runDue()} did.
 *
 * @param confirmed jobs the platform accepted (or already held)
 * @param failed jobs refused by the pre-check or rejected by the platform, now {@code FAILED}
 * @param retrying jobs whose call failed, due again later
 * @param skipped due jobs another runner claimed first
 */
public record UploadRun(int confirmed, int failed, int retrying, int skipped) {

  /** How many jobs this run sent or refused. */
  public int handled() {
    return confirmed + failed + retrying;
  }
}
