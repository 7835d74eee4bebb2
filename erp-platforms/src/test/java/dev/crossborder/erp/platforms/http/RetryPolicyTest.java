package dev.crossborder.erp.platforms.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void backsOffExponentiallyUpToTheMaximumWithoutJitter() {
    RetryPolicy policy =
        RetryPolicy.builder().baseDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(10)).jitter(0).build();

    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.backoff(500)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void jitterShortensWithinItsFractionRepeatablyForASeed() {
    RetryPolicy a = RetryPolicy.builder().jitter(0.5).random(new Random(7)).build();
    RetryPolicy b = RetryPolicy.builder().jitter(0.5).random(new Random(7)).build();

    for (int retry = 1; retry <= 6; retry++) {
      Duration delay = a.backoff(retry);
      Duration full = Duration.ofSeconds(Math.min(30, 1L << (retry - 1)));
      assertThat(delay).isBetween(full.dividedBy(2), full);
      assertThat(b.backoff(retry)).isEqualTo(delay);
    }
  }

  @Test
  void refusesASettingGivenTwiceAndNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(2).maxAttempts(3))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxAttempts was already set");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(Duration.ofMillis(1)).build())
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.ofDefaults().maxAttempts()).isEqualTo(4);
  }
}
