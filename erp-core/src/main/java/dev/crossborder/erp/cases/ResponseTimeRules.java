package dev.crossborder.erp.cases;

import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.PlatformCase;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.PlatformId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * How long a seller has to answer a case, per platform and case kind: a duration, or a number of
 * business days (Monday to Friday in the shop's time zone; a day that starts on a weekend counts
 * from the same time on the next Monday). A due time the platform itself gives ({@link
 * PlatformCase#respondBy()}) always wins over these rules. Immutable and thread-safe.
 *
 * <p>{@link #ofDefaults()} holds the platforms' published rules (see {@code docs/cases.md} for
 * the table and its sources): Amazon buyer messages and cancellation requests 24 hours, A-to-z
 * claims 72 hours, return requests 2 business days; eBay return requests and cases 3 business days,
 * cancellation requests 3 days, messages 24 hours; Walmart messages 48 hours; everything else 24
 * hours.
 */
public final class ResponseTimeRules {
  private final Map<Key, Rule> rules;
  private final Duration fallback;

  private ResponseTimeRules(Map<Key, Rule> rules, Duration fallback) {
    this.rules = Map.copyOf(rules);
    this.fallback = fallback;
  }

  /** The platforms' published rules, with 24 hours for anything they do not name. */
  public static ResponseTimeRules ofDefaults() {
    return builder()
        .hours(PlatformId.AMAZON, CaseKind.MESSAGE, 24)
        .hours(PlatformId.AMAZON, CaseKind.CANCELLATION_REQUEST, 24)
        .hours(PlatformId.AMAZON, CaseKind.DISPUTE, 72)
        .businessDays(PlatformId.AMAZON, CaseKind.RETURN_REQUEST, 2)
        .hours(PlatformId.EBAY, CaseKind.MESSAGE, 24)
        .businessDays(PlatformId.EBAY, CaseKind.RETURN_REQUEST, 3)
        .businessDays(PlatformId.EBAY, CaseKind.DISPUTE, 3)
        .hours(PlatformId.EBAY, CaseKind.CANCELLATION_REQUEST, 72)
        .hours(PlatformId.WALMART, CaseKind.MESSAGE, 48)
        .build();
  }

  /** A builder with no rules and a 24-hour fallback. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * When an answer to a case of {@code kind} on {@code platform} that started waiting at {@code
   * from} is due, counting business days in {@code zone}.
   */
  public Instant dueAt(PlatformId platform, CaseKind kind, Instant from, ZoneId zone) {
    requireNonNull(platform, "platform == null");
    requireNonNull(kind, "kind == null");
    requireNonNull(from, "from == null");
    requireNonNull(zone, "zone == null");
    Rule rule = rules.get(new Key(platform, kind));
    if (rule == null) {
      return from.plus(fallback);
    }
    if (rule.businessDays == 0) {
      return from.plus(rule.duration);
    }
    ZonedDateTime at = from.atZone(zone);
    int counted = 0;
    while (counted < rule.businessDays) {
      at = at.plusDays(1);
      if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return at.toInstant();
  }

  private record Key(PlatformId platform, CaseKind kind) {}

  private record Rule(Duration duration, int businessDays) {}

  /** Builds {@link ResponseTimeRules}. Not thread-safe; a rule given twice replaces the first. */
  public static final class Builder {
    private final Map<Key, Rule> rules = new HashMap<>();
    private Duration fallback = Duration.ofHours(24);

    private Builder() {}

    /** Answers to {@code kind} on {@code platform} are due {@code hours} after the case waits. */
    public Builder hours(PlatformId platform, CaseKind kind, long hours) {
      rules.put(key(platform, kind), new Rule(Duration.ofHours(Checks.positive("hours", hours)), 0));
      return this;
    }

    /** Answers are due {@code days} business days (Monday to Friday, shop's zone) later. */
    public Builder businessDays(PlatformId platform, CaseKind kind, int days) {
      rules.put(key(platform, kind), new Rule(Duration.ZERO, (int) Checks.positive("days", days)));
      return this;
    }

    /** The time allowed where no rule applies (default 24 hours). */
    public Builder fallback(Duration fallback) {
      requireNonNull(fallback, "fallback == null");
      if (fallback.isNegative() || fallback.isZero()) {
        throw new InvalidInputException("fallback", fallback, "must be positive");
      }
      this.fallback = fallback;
      return this;
    }

    /** Builds the rules. */
    public ResponseTimeRules build() {
      return new ResponseTimeRules(rules, fallback);
    }

    private static Key key(PlatformId platform, CaseKind kind) {
      return new Key(requireNonNull(platform, "platform == null"), requireNonNull(kind, "kind == null"));
    }
  }
}
