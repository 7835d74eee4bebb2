package dev.crossborder.erp.platforms.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  @Test
  void threadsArrivingTogetherGetDistinctPlacesOneIntervalApart() throws Exception {
    TokenBucket bucket = new TokenBucket(RateLimit.of(4, 1));
    long now = 1_000_000_000_000L;
    ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (int i = 0; i < 25; i++) {
                  waits.add(bucket.reserve(now));
                }
              });
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    List<Long> expected = new ArrayList<>();
    for (long i = 0; i < 200; i++) {
      expected.add(i * 250_000_000L);
    }
    assertThat(waits).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aSlowRateIsKeptExactly() {
    TokenBucket bucket = new TokenBucket(RateLimit.of(0.0167, 20));

    for (int i = 0; i < 20; i++) {
      assertThat(bucket.reserve(0)).isZero();
    }
    assertThat(bucket.reserve(0)).isEqualTo(Math.round(1e9 / 0.0167));
  }
}
