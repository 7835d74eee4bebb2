package dev.crossborder.erp.listing;

/** How a computed price is rounded to a listable amount. Every style but {@link #NONE} rounds up. */
public enum Rounding {
  /** To the currency's minor unit, half up (12.3449 → 12.34, 12.345 → 12.35). */
  NONE,
  /** Up to a whole unit (12.01 → 13.00; 12.00 stays). */
  WHOLE,
  /**
   * Up to the next price ending in .99 (12.30 → 12.99, 12.99 stays, 13.00 → 13.99); in a currency
   * without minor units, up to the next amount ending in 99 (JPY 1234 → 1299), and in one with a
   * single decimal up to the next amount ending in 9.9.
   */
  NINETY_NINE
}
