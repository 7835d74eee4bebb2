package dev.crossborder.erp.shipping.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadJobTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final Duration FIRST = Duration.ofMinutes(1);
  private static final Duration MAX = Duration.ofMinutes(10);
  private static final UploadProblem OUTAGE =
      new UploadProblem(UploadProblem.Source.CONNECTOR, "platform", "PlatformUnavailableException", "503");

  private final UploadJob job =
      UploadJob.pending(ShipmentId.of("shp-1"), OrderId.of("ord-1"), ShopId.of("shop-1"), "UPS", "1Z999AA10123456784", T0);

  @Test
  void aNewJobIsDueAtOnceAndAClaimHoldsItUntilTheLeaseEnds() {
    assertThat(job.state()).isEqualTo(UploadState.PENDING);
    assertThat(job.isDue(T0)).isTrue();
    assertThat(job.isDue(T0.minusSeconds(1))).isFalse();

    UploadJob claimed = job.claim(T0, LEASE);

    assertThat(claimed.state()).isEqualTo(UploadState.SENDING);
    assertThat(claimed.leaseUntil()).isEqualTo(T0.plus(LEASE));
    assertThat(claimed.isDue(T0.plus(LEASE).minusSeconds(1))).isFalse();
    assertThat(claimed.isDue(T0.plus(LEASE))).isTrue();
    assertThatThrownBy(() -> claimed.claim(T0.plusSeconds(1), LEASE)).isInstanceOf(IllegalTransitionException.class);
    assertThat(claimed.claim(T0.plus(LEASE), LEASE).leaseUntil()).isEqualTo(T0.plus(LEASE).plus(LEASE));
  }

  @Test
  void failedCallsBackOffExponentiallyUpToTheMaximumAndCountAttempts() {
    Instant now = T0;
    UploadJob j = job;
    List<Duration> expected =
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), MAX, MAX);
    for (int i = 0; i < expected.size(); i++) {
      j = j.claim(now, LEASE).retryLater(now, FIRST, MAX, OUTAGE);
      assertThat(j.state()).isEqualTo(UploadState.PENDING);
      assertThat(j.attempts()).isEqualTo(i + 1);
      assertThat(Duration.between(now, j.nextAttemptAt())).isEqualTo(expected.get(i));
      assertThat(j.problems()).containsExactly(OUTAGE);
      assertThat(j.leaseUntil()).isNull();
      assertThat(j.isDue(j.nextAttemptAt().minusNanos(1))).isFalse();
      now = j.nextAttemptAt();
    }
  }

  @Test
  void aPlatformsRetryAfterReplacesTheBackoffAndStillCountsTheAttempt() {
    UploadJob shorter = job.claim(T0, LEASE).retryLater(T0, FIRST, MAX, Duration.ofSeconds(5), OUTAGE);
    assertThat(shorter.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(shorter.attempts()).isEqualTo(1);

    Instant t1 = shorter.nextAttemptAt();
    UploadJob longer = shorter.claim(t1, LEASE).retryLater(t1, FIRST, MAX, Duration.ofHours(1), OUTAGE);
    assertThat(longer.nextAttemptAt()).isEqualTo(t1.plus(Duration.ofHours(1))); // above MAX: the platform's word
    assertThat(longer.attempts()).isEqualTo(2);

    Instant t2 = longer.nextAttemptAt();
    UploadJob none = longer.claim(t2, LEASE).retryLater(t2, FIRST, MAX, null, OUTAGE);
    assertThat(none.nextAttemptAt()).isEqualTo(t2.plus(Duration.ofMinutes(4))); // third failure: backoff again

    Instant t3 = none.nextAttemptAt();
    assertThat(none.claim(t3, LEASE).retryLater(t3, FIRST, MAX, Duration.ofSeconds(-3), OUTAGE).nextAttemptAt())
        .isEqualTo(t3);
  }

  @Test
  void confirmedIsTerminalAndClearsProblems() {
    UploadJob confirmed = job.claim(T0, LEASE).retryLater(T0, FIRST, MAX, OUTAGE).claim(T0.plus(FIRST), LEASE).confirmed();

    assertThat(confirmed.state()).isEqualTo(UploadState.CONFIRMED);
    assertThat(confirmed.attempts()).isEqualTo(2);
    assertThat(confirmed.problems()).isEmpty();
    assertThat(confirmed.isDue(T0.plus(MAX))).isFalse();
    assertThatThrownBy(() -> confirmed.retry(T0, "UPS", "1Z999AA10123456784"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(confirmed::confirmed).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aRefusalCountsNoAttemptARejectionDoesAndBothWaitForAPersonsRetry() {
    UploadProblem bad = new UploadProblem(UploadProblem.Source.PRE_CHECK, "trackingNumber", "TrackingNumberInvalid", "x");
    UploadJob refused = job.claim(T0, LEASE).refused(List.of(bad));
    UploadJob rejected = job.claim(T0, LEASE).rejected(List.of(bad));

    assertThat(refused.state()).isEqualTo(UploadState.FAILED);
    assertThat(refused.attempts()).isZero();
    assertThat(rejected.attempts()).isEqualTo(1);
    assertThat(refused.isDue(T0.plus(MAX))).isFalse();
    assertThatThrownBy(() -> refused.claim(T0, LEASE)).isInstanceOf(IllegalTransitionException.class);

    UploadJob retried = refused.retry(T0.plusSeconds(60), "UPS", "1Z999AA10123456784");
    assertThat(retried.state()).isEqualTo(UploadState.PENDING);
    assertThat(retried.isDue(T0.plusSeconds(60))).isTrue();
    assertThat(retried.problems()).containsExactly(bad);
  }

  @Test
  void aJobBeingSentCannotBeRetriedAndNeitherAPendingJobBeConfirmedUnclaimed() {
    assertThatThrownBy(() -> job.claim(T0, LEASE).retry(T0, null, null))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(job::confirmed).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> job.rejected(List.of())).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aLeaseOutsideSendingAndNegativeAttemptsAreRefusedByField() {
    assertThatThrownBy(
            () ->
                new UploadJob(
                    job.shipmentId(), job.orderId(), job.shopId(), UploadState.PENDING, null, null, T0, 0, T0,
                    T0, List.of(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("leaseUntil");
    assertThatThrownBy(
            () ->
                new UploadJob(
                    job.shipmentId(), job.orderId(), job.shopId(), UploadState.PENDING, null, null, T0, -1, T0,
                    null, List.of(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("attempts");
  }
}
