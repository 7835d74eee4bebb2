package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.List;

/**
 * One problem a platform reported about a listing, a quantity update or a shipment confirmation:
 * its code, message, severity and the attributes it concerns.
 *
 * @param code the platform's issue code
 * @param message the platform's message
 * @param severity how serious it is
 * @param attributes the platform attribute names it concerns, possibly none
 */
public record PlatformIssue(String code, String message, Severity severity, List<String> attributes) {

  /** Validates and copies. */
  public PlatformIssue {
    code = Checks.text("code", code, 200);
    message = Checks.text("message", message, 2000);
    Checks.present("severity", severity);
    attributes = List.copyOf(attributes);
  }

  /** How serious an issue is. */
  public enum Severity {
    /** The listing cannot go live until it is fixed. */
    ERROR,
    /** The listing is live but degraded (suppressed attribute, missing recommended data). */
    WARNING,
    /** For information. */
    INFO
  }
}
