package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;

/**
 * One service a carrier offers for a {@link RateRequest}, with its price and promised transit
 * time. Immutable and thread-safe.
 *
 * @param serviceCode the carrier's code for the service, as {@link LabelRequest#serviceCode()}
 *     takes it
 * @param serviceName the service's name, for people
 * @param price what the label costs
 * @param transitDays the promised transit time in whole days, at least 1
 */
public record RateQuote(String serviceCode, String serviceName, Money price, int transitDays) {

  /** Validates; a refusal names the field. */
  public RateQuote {
    Fields.code("serviceCode", serviceCode);
    Fields.present("serviceName", serviceName);
    Fields.present("price", price);
    if (price.amount().signum() < 0) {
      throw new InvalidInputException("price", price, "must not be negative");
    }
    if (transitDays < 1) {
      throw new InvalidInputException("transitDays", transitDays, "must be at least 1");
    }
  }
}
