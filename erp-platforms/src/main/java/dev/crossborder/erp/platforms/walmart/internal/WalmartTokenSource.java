package dev.crossborder.erp.platforms.walmart.internal;

import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.OAuthTokenSource;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.shop.PlatformId;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

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
final class WalmartTokenSource extends OAuthTokenSource<WalmartApi> {
  static final String OPERATION = "tokenAPI";
  static final String[] NAMES = {"client_id", "client_secret"};

  WalmartTokenSource(ConnectorHttp http, WalmartApi api, Function<ShopKey, Credentials> credentials, InstantSource clock) {
    super(PlatformId.WALMART, OPERATION, Duration.ofSeconds(900), http, api, credentials, clock);
  }

  @Override
  protected Call<WalmartWire.Token> grant(WalmartApi api, Credentials c, CallContext context) {
    return api.token(basic(c.require("client_id"), c.require("client_secret")), "client_credentials", context);
  }

  @Override
  protected AuthenticationException.@Nullable Reason refusal(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    boolean refusesClient =
        c.contains("UNAUTHORIZED") || c.contains("INVALID_CLIENT") || c.contains("INVALID_CREDENTIALS");
    return refusesClient ? AuthenticationException.Reason.INVALID_CLIENT : null;
  }
}
