package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * How much stock to keep beyond expected demand: a number of days of cover, or a service level's
 * z-score applied to the demand's deviation over the replenishment horizon.
 */
public sealed interface SafetyStock {

  /** {@code days} of expected demand: velocity × days. */
  static SafetyStock daysOfCover(double days) {
    return new DaysOfCover(days);
  }

  /** z × σ × √horizon, where σ is the daily deviation (z = 1.65 for about 95 %). */
  static SafetyStock serviceLevel(double z) {
    return new ServiceLevel(z);
  }

  /**
   * Safety stock as days of cover.
   *
   * @param days days of expected demand, at least 0
   */
  record DaysOfCover(double days) implements SafetyStock {
    /** Validates the days. */
    public DaysOfCover {
      if (!(days >= 0) || Double.isInfinite(days)) {
        throw new InvalidInputException("safetyDays", days, "must be a number of days, at least 0");
      }
    }
  }

  /**
   * Safety stock from a service level.
   *
   * @param z the z-score of the wanted service level, at least 0
   */
  record ServiceLevel(double z) implements SafetyStock {
    /** Validates z. */
    public ServiceLevel {
      if (!(z >= 0) || Double.isInfinite(z)) {
        throw new InvalidInputException("z", z, "must be at least 0");
      }
    }
  }
}
