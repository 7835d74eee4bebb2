package dev.crossborder.erp.platforms.ebay.internal;

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
 * eBay OAuth, refresh-token grant: exchanges the shop's {@code refresh_token} for a user access
 * token (about two hours), authenticating the application with HTTP Basic {@code
 * client_id:client_secret} and asking for the connector's scopes (or the shop's {@code scopes}
 * credential). Credentials are read at each refresh, so a rotated secret takes effect on the next
 * one. {@code invalid_grant} is {@link AuthenticationException.Reason#REVOKED REVOKED}; {@code
 * invalid_client}, {@code unauthorized_client} and a 401 from the token endpoint are {@link
 * AuthenticationException.Reason#INVALID_CLIENT INVALID_CLIENT}; {@code invalid_scope} is {@link
 * AuthenticationException.Reason#FORBIDDEN FORBIDDEN}. Thread-safe.
 */
final class EbayTokenSource extends OAuthTokenSource<IdentityApi> {
  /** The scopes of the APIs the connector calls. */
  static final String SCOPES =
      "https://api.ebay.com/oauth/api_scope/sell.inventory https://api.ebay.com/oauth/api_scope/sell.fulfillment";

  /** The credential names every call needs. */
  static final String[] NAMES = {"client_id", "client_secret", "refresh_token"};

  EbayTokenSource(ConnectorHttp http, IdentityApi api, Function<ShopKey, Credentials> credentials, InstantSource clock) {
    super(PlatformId.EBAY, EbayRateLimits.TOKEN, Duration.ofSeconds(7200), http, api, credentials, clock);
  }

  @Override
  protected Call<OAuthToken> grant(IdentityApi api, Credentials c, CallContext context) {
    String basic = basic(c.require("client_id"), c.require("client_secret"));
    String scopes = c.find("scopes").map(s -> s.reveal().strip()).orElse(SCOPES);
    return api.refresh(basic, "refresh_token", c.require("refresh_token").reveal(), scopes, context);
  }

  @Override
  protected AuthenticationException.@Nullable Reason refusal(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "invalid_grant" -> AuthenticationException.Reason.REVOKED;
      case "invalid_client", "unauthorized_client" -> AuthenticationException.Reason.INVALID_CLIENT;
      case "invalid_scope" -> AuthenticationException.Reason.FORBIDDEN;
      default -> null;
    };
  }
}
