package dev.crossborder.erp.platforms.http;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The access tokens of every shop, cached in Caffeine until {@code margin} before they expire. At
 * most one fetch per shop is in flight: the first caller that finds no token fetches it on its own
 * thread, outside any cache lock, and concurrent callers wait on the same future. A failed fetch
 * is handed to the waiters and then dropped, so the next call tries again; the future is completed
 * normally with the failure inside, so Caffeine never logs the token source's exception.
 * Thread-safe.
 */
final class AccessTokens {
  private final AccessTokenSource source;
  private final AsyncCache<ShopKey, Fetch> cache;

  AccessTokens(AccessTokenSource source, Duration margin, InstantSource clock) {
    this.source = source;
    long marginNanos = margin.toNanos();
    this.cache =
        Caffeine.newBuilder()
            .ticker(() -> Tags.nanos(clock.instant()))
            .executor(Runnable::run)
            .expireAfter(
                new Expiry<ShopKey, Fetch>() {
                  @Override
                  public long expireAfterCreate(ShopKey key, Fetch fetch, long now) {
                    return freshFor(fetch, now, marginNanos);
                  }

                  @Override
                  public long expireAfterUpdate(ShopKey key, Fetch fetch, long now, long current) {
                    return freshFor(fetch, now, marginNanos);
                  }

                  @Override
                  public long expireAfterRead(ShopKey key, Fetch fetch, long now, long current) {
                    return current;
                  }
                })
            .buildAsync();
  }

  /**
   * How long a token is used: until {@code margin} before it expires, or, for a token that lives
   * shorter than the margin, half its remaining life. A failure is not kept.
   */
  private static long freshFor(Fetch fetch, long now, long marginNanos) {
    if (fetch.token == null) {
      return 0;
    }
    long left = Tags.nanos(fetch.token.expiresAt()) - now;
    if (left <= 0) {
      return 0;
    }
    return left > marginNanos ? left - marginNanos : left / 2;
  }

  /** The shop's current token, fetching it if there is none fresh. */
  AccessToken get(ShopKey shop, CallContext context) throws IOException {
    CompletableFuture<Fetch> mine = new CompletableFuture<>();
    boolean[] fetchHere = {false};
    CompletableFuture<Fetch> current =
        cache.get(
            shop,
            (key, executor) -> {
              fetchHere[0] = true;
              return mine;
            });
    if (fetchHere[0]) {
      Fetch fetch;
      try {
        AccessToken token = source.fetch(shop);
        fetch = token == null ? new Fetch(null, new IllegalStateException("token source returned null")) : new Fetch(token, null);
      } catch (RuntimeException | Error e) {
        fetch = new Fetch(null, e);
      }
      mine.complete(fetch);
      if (fetch.token == null) {
        cache.asMap().remove(shop, mine);
      }
    }
    Fetch fetch;
    try {
      fetch = current.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for an access token");
    } catch (ExecutionException e) {
      fetch = new Fetch(null, e.getCause());
    }
    if (fetch.token != null) {
      return fetch.token;
    }
    Throwable failure = fetch.failure;
    if (failure instanceof ConnectorException connectorFailure) {
      throw new ConnectorIOException(connectorFailure);
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new ConnectorIOException(
        new PlatformUnavailableException(
            context.platform(),
            context.operation(),
            "access token unavailable (" + (failure == null ? "unknown" : failure.getClass().getSimpleName()) + ")",
            0,
            failure));
  }

  /** Forgets {@code used} if it is still the shop's token (a concurrent refresh is kept). */
  void invalidate(ShopKey shop, AccessToken used) {
    cache.asMap().computeIfPresent(shop, (key, future) -> {
      Fetch fetch = future.getNow(null);
      return fetch != null && fetch.token == used ? null : future;
    });
  }

  /** Forgets the shop's token, whatever it is. */
  void invalidate(ShopKey shop) {
    cache.synchronous().invalidate(shop);
  }

  /** The outcome of one fetch: a token or what went wrong. */
  private record Fetch(@Nullable AccessToken token, @Nullable Throwable failure) {}
}
