package dev.crossborder.erp.cases;

import dev.crossborder.erp.platform.cases.CaseKind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.shop.PlatformId;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResponseTimeRulesTest {
  private static final ResponseTimeRules RULES = ResponseTimeRules.ofDefaults();
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void amazonMessagesAreDueInTwentyFourHoursAndClaimsInSeventyTwo() {
    Instant at = Instant.parse("2026-11-27T20:00:00Z"); // a Friday
    assertThat(RULES.dueAt(PlatformId.AMAZON, CaseKind.MESSAGE, at, NEW_YORK)).isEqualTo(Instant.parse("2026-11-28T20:00:00Z"));
    assertThat(RULES.dueAt(PlatformId.AMAZON, CaseKind.DISPUTE, at, NEW_YORK)).isEqualTo(Instant.parse("2026-11-30T20:00:00Z"));
  }

  @Test
  void ebayReturnsSkipTheWeekendInTheShopsZone() {
    // Friday 15:00 in New York: three business days later is Wednesday 15:00
    Instant friday = Instant.parse("2026-11-27T20:00:00Z");
    assertThat(RULES.dueAt(PlatformId.EBAY, CaseKind.RETURN_REQUEST, friday, NEW_YORK))
        .isEqualTo(Instant.parse("2026-12-02T20:00:00Z"));
    // Saturday: Monday counts as the first business day
    Instant saturday = Instant.parse("2026-11-28T15:00:00Z");
    assertThat(RULES.dueAt(PlatformId.EBAY, CaseKind.RETURN_REQUEST, saturday, NEW_YORK))
        .isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
  }

  @Test
  void platformsWithoutARuleGetTheFallback() {
    Instant at = Instant.parse("2026-11-24T08:00:00Z");
    assertThat(RULES.dueAt(PlatformId.TEMU, CaseKind.RETURN_REQUEST, at, NEW_YORK)).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
    assertThat(RULES.dueAt(PlatformId.WALMART, CaseKind.MESSAGE, at, NEW_YORK)).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
  }
}
