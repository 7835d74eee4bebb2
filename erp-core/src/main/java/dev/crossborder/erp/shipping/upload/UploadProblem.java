package dev.crossborder.erp.shipping.upload;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.shipping.TrackingProblem;

/**
 * Why an upload attempt did not confirm. Messages never hold buyer data or secrets.
 *
 * @param source who found the problem
 * @param field the field it concerns ({@code carrierCode}, {@code trackingNumber}, {@code
 *     shipment}, or the platform's attribute), or {@code platform} for a failed call
 * @param code a stable code: the pre-check problem's type name, the platform's issue code, or the
 *     connector exception's type name
 * @param message a readable explanation
 */
public record UploadProblem(Source source, String field, String code, String message) {

  /** Validates. */
  public UploadProblem {
    Checks.present("source", source);
    field = Checks.text("field", field, 100);
    code = Checks.text("code", code, 100);
    message = Checks.text("message", message.length() > 1000 ? message.substring(0, 1000) : message, 1000);
  }

  /** A blocking problem of the local pre-check. */
  public static UploadProblem of(TrackingProblem problem) {
    return new UploadProblem(
        Source.PRE_CHECK, problem.field(), problem.getClass().getSimpleName(), problem.message());
  }

  /** An issue the platform answered with when it rejected the confirmation. */
  public static UploadProblem of(PlatformIssue issue) {
    String field = issue.attributes().isEmpty() ? "platform" : issue.attributes().get(0);
    return new UploadProblem(Source.PLATFORM, field, issue.code(), issue.message());
  }

  /** Who found a problem. */
  public enum Source {
    /** The shipment has no labelled parcel: nothing to upload. */
    SHIPMENT,
    /** The local pre-check of carrier code and tracking number. */
    PRE_CHECK,
    /** The platform refused the confirmation. */
    PLATFORM,
    /** The call failed (rate limit, outage, timeout, lost answer); it is retried. */
    CONNECTOR
  }
}
