package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.Secret;
import dev.crossborder.erp.shop.PlatformId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * An {@link AccessTokenSource} on an OAuth token endpoint (Login with Amazon, eBay OAuth, Walmart's
 * Token API). Each fetch reads the shop's credentials afresh (so a rotated secret takes effect on
 * the next refresh), runs the subclass's {@link #grant} through the token endpoint's {@link
 * ConnectorHttp}, turns a refusal into an {@link AuthenticationException} without quoting the
 * answer (an unauthenticated answer is {@code INVALID_CLIENT}; an error code is what {@link
 * #refusal} says), and checks the answer's {@code access_token} and {@code expires_in} before they
 * become an {@link AccessToken}. Thread-safe if the subclass's {@code grant} and {@code refusal}
 * are.
 *
 * @param <A> the Retrofit interface of the token endpoint
 */
public abstract class OAuthTokenSource<A> implements AccessTokenSource {
  private final PlatformId platform;
  private final String operation;
  private final Duration defaultLifetime;
  private final ConnectorHttp http;
  private final A api;
  private final Function<ShopKey, Credentials> credentials;
  private final InstantSource clock;

  /**
   * A source of {@code platform}'s tokens.
   *
   * @param platform the platform, for the calls' context and errors
   * @param operation the token endpoint's operation (its rate limit and log name)
   * @param defaultLifetime a token's lifetime when the answer has no {@code expires_in}
   * @param http the token endpoint's HTTP layer
   * @param api the token endpoint
   * @param credentials the credentials of a shop
   * @param clock what a token's expiry counts from
   */
  protected OAuthTokenSource(
      PlatformId platform,
      String operation,
      Duration defaultLifetime,
      ConnectorHttp http,
      A api,
      Function<ShopKey, Credentials> credentials,
      InstantSource clock) {
    this.platform = requireNonNull(platform, "platform == null");
    this.operation = requireNonNull(operation, "operation == null");
    this.defaultLifetime = requireNonNull(defaultLifetime, "defaultLifetime == null");
    this.http = requireNonNull(http, "http == null");
    this.api = requireNonNull(api, "api == null");
    this.credentials = requireNonNull(credentials, "credentials == null");
    this.clock = requireNonNull(clock, "clock == null");
  }

  /** A token endpoint's answer as its wire record reads it; its {@code toString()} must hide the token. */
  public interface Answer {
    /** The {@code access_token}, or {@code null} if the answer has none. */
    @Nullable String accessToken();

    /** The {@code expires_in} seconds, or {@code null} if the answer has none. */
    @Nullable Long expiresIn();
  }

  /**
   * The grant request of a shop, tagged with {@code context}.
   *
   * @param api the token endpoint
   * @param credentials the shop's credentials, read for this fetch
   * @param context the call's context
   * @throws dev.crossborder.erp.kernel.ConfigurationException if a credential is missing
   */
  protected abstract Call<? extends Answer> grant(A api, Credentials credentials, CallContext context);

  /**
   * The reason of the endpoint's error code {@code code} (such as {@code invalid_grant}), or
   * {@code null} for a code that is no refusal of the credentials (the error is then thrown as it
   * is).
   */
  protected abstract AuthenticationException.@Nullable Reason refusal(String code);

  @Override
  public final AccessToken fetch(ShopKey shop) {
    Credentials c = credentials.apply(shop);
    CallContext context = CallContext.idempotent(platform, shop.shop(), operation);
    Answer answer;
    try {
      answer = http.execute(grant(api, c, context));
    } catch (AuthenticationException e) {
      throw refused(AuthenticationException.Reason.INVALID_CLIENT, e.httpStatus().orElse(0));
    } catch (PlatformRequestException e) {
      AuthenticationException.Reason reason = refusal(e.platformCode());
      if (reason == null) {
        throw e;
      }
      throw refused(reason, e.httpStatus().orElse(0));
    }
    String value = answer.accessToken();
    if (value == null || value.isBlank()) {
      throw new MalformedResponseException(platform, operation, "access_token", "is missing", 200, null);
    }
    Long expiresIn = answer.expiresIn();
    long lifetime = expiresIn == null ? defaultLifetime.toSeconds() : expiresIn;
    if (lifetime <= 0) {
      throw new MalformedResponseException(platform, operation, "expires_in", "is not positive", 200, null);
    }
    return AccessToken.of(Secret.of(value.strip()), clock.instant().plusSeconds(lifetime));
  }

  /** The HTTP Basic {@code Authorization} value of a client id and secret, each stripped. */
  protected static String basic(Secret clientId, Secret clientSecret) {
    String pair = clientId.reveal().strip() + ":" + clientSecret.reveal().strip();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private AuthenticationException refused(AuthenticationException.Reason reason, int status) {
    return new AuthenticationException(platform, operation, reason, status, null);
  }
}
