package dev.crossborder.erp.platforms.walmart.internal;

import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.Secret;
import dev.crossborder.erp.platforms.http.AccessToken;
import dev.crossborder.erp.platforms.http.AccessTokenSource;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.shop.PlatformId;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Base64;
import java.util.function.Function;

/**
 * Walmart's Token API, client-credentials grant: {@code POST /v3/token} with {@code
 * grant_type=client_credentials} and the shop's {@code client_id}:{@code client_secret} as Basic
 * authorization (read from the credentials provider at each refresh, so a rotated secret takes
 * effect on the next one). Tokens live {@code expires_in} seconds (900, about 15 minutes); the
 * shared layer caches them per shop and replaces them a minute before they expire, and after a 401
 * refreshes once and repeats once.
 *
 * <p>A 401 or 403 of the token endpoint, or a 400 whose code says the client is unauthorised or
 * invalid, is an {@link AuthenticationException} with reason {@code INVALID_CLIENT} (Walmart has no
 * refresh token to revoke). Thread-safe.
 */
final class WalmartTokenSource implements AccessTokenSource {
  static final String OPERATION = "tokenAPI";
  static final String[] NAMES = {"client_id", "client_secret"};
  private static final long DEFAULT_LIFETIME_SECONDS = 900;

  private final ConnectorHttp http;
  private final WalmartApi api;
  private final Function<ShopKey, Credentials> credentials;
  private final InstantSource clock;

  WalmartTokenSource(ConnectorHttp http, WalmartApi api, Function<ShopKey, Credentials> credentials, InstantSource clock) {
    this.http = http;
    this.api = api;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch(ShopKey shop) {
    Credentials c = credentials.apply(shop);
    String pair = c.require("client_id").reveal().strip() + ":" + c.require("client_secret").reveal().strip();
    String basic = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    CallContext context = CallContext.idempotent(PlatformId.WALMART, shop.shop(), OPERATION);
    WalmartWire.Token token;
    try {
      token = http.execute(api.token(basic, "client_credentials", context));
    } catch (AuthenticationException e) {
      throw invalidClient(e.httpStatus().orElse(0));
    } catch (PlatformRequestException e) {
      if (refusesClient(e.platformCode())) {
        throw invalidClient(e.httpStatus().orElse(0));
      }
      throw e;
    }
    String value = token.accessToken();
    if (value == null || value.isBlank()) {
      throw new MalformedResponseException(PlatformId.WALMART, OPERATION, "access_token", "is missing", 200, null);
    }
    long lifetime = token.expiresIn() == null ? DEFAULT_LIFETIME_SECONDS : token.expiresIn();
    if (lifetime <= 0) {
      throw new MalformedResponseException(PlatformId.WALMART, OPERATION, "expires_in", "is not positive", 200, null);
    }
    return AccessToken.of(Secret.of(value.strip()), clock.instant().plusSeconds(lifetime));
  }

  private static boolean refusesClient(String code) {
    String c = code.toUpperCase(java.util.Locale.ROOT);
    return c.contains("UNAUTHORIZED") || c.contains("INVALID_CLIENT") || c.contains("INVALID_CREDENTIALS");
  }

  private static AuthenticationException invalidClient(int status) {
    return new AuthenticationException(PlatformId.WALMART, OPERATION, AuthenticationException.Reason.INVALID_CLIENT, status, null);
  }
}
