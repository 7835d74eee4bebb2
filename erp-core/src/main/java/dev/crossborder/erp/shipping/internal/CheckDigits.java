package dev.crossborder.erp.shipping.internal;

/**
 * The published check-digit algorithms of tracking numbers. Each method takes the characters the
 * check covers (the caller has already matched the shape, so they are digits or, for UPS, digits
 * and upper-case letters) and returns the expected check digit. Stateless and thread-safe.
 */
public final class CheckDigits {
  private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
  private static final int[] FEDEX_WEIGHTS = {1, 3, 7};

  private CheckDigits() {}

  /**
   * The GS1-style mod 10 of USPS IMpb, FedEx Ground and SSCC numbers: from the rightmost covered
   * digit leftwards the weights are 3, 1, 3, 1...; the check digit brings the sum to a multiple of
   * ten.
   */
  public static int mod10Weights31(CharSequence digits) {
    int sum = 0;
    for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
      sum += digit(digits.charAt(i)) * (position % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * UPS {@code 1Z}: over the 15 characters after {@code 1Z}, letters count as {@code (ASCII - 63)
   * mod 10} (A=2 ... I=0, J=1 ... Z=7); characters in even positions (2nd, 4th...) count double;
   * the check digit brings the sum to a multiple of ten.
   */
  public static int ups(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      int value = Character.isDigit(c) ? digit(c) : (c - 63) % 10;
      sum += i % 2 == 0 ? value : 2 * value;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * FedEx Express mod 11: from the rightmost covered digit leftwards the weights are 1, 3, 7, 1, 3,
   * 7...; the check digit is the sum modulo 11, with 10 written as 0.
   */
  public static int fedexMod11(CharSequence digits) {
    int sum = 0;
    for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
      sum += digit(digits.charAt(i)) * FEDEX_WEIGHTS[position % 3];
    }
    return sum % 11 % 10;
  }

  /** DHL Express air waybill: the serial (at most 18 digits) taken as a number, modulo 7. */
  public static int mod7(CharSequence digits) {
    return (int) (Long.parseLong(digits.toString()) % 7);
  }

  /**
   * UPU S10: the eight serial digits weighted 8, 6, 4, 2, 3, 5, 9, 7; the check digit is 11 minus
   * the sum modulo 11, with 10 written as 0 and 11 as 5.
   */
  public static int s10(CharSequence serial) {
    if (serial.length() != S10_WEIGHTS.length) {
      throw new IllegalArgumentException("an S10 serial has 8 digits, not " + serial.length());
    }
    int sum = 0;
    for (int i = 0; i < S10_WEIGHTS.length; i++) {
      sum += digit(serial.charAt(i)) * S10_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
  }

  private static int digit(char c) {
    if (c < '0' || c > '9') {
      throw new IllegalArgumentException("not a digit: " + c);
    }
    return c - '0';
  }
}
