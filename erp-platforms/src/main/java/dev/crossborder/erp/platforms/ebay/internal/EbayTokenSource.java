package dev.crossborder.erp.platforms.ebay.internal;

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
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
final class EbayTokenSource implements AccessTokenSource {
  /** The scopes of the APIs the connector calls. */
  static final String SCOPES =
      "https://api.ebay.com/oauth/api_scope/sell.inventory https://api.ebay.com/oauth/api_scope/sell.fulfillment";

  /** The credential names every call needs. */
  static final String[] NAMES = {"client_id", "client_secret", "refresh_token"};

  private static final long DEFAULT_LIFETIME_SECONDS = 7200;

  private final ConnectorHttp http;
  private final IdentityApi api;
  private final Function<ShopKey, Credentials> credentials;
  private final InstantSource clock;

  EbayTokenSource(ConnectorHttp http, IdentityApi api, Function<ShopKey, Credentials> credentials, InstantSource clock) {
    this.http = http;
    this.api = api;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch(ShopKey shop) {
    Credentials c = credentials.apply(shop);
    String basic = basic(c.require("client_id"), c.require("client_secret"));
    String scopes = c.find("scopes").map(s -> s.reveal().strip()).orElse(SCOPES);
    CallContext context = CallContext.idempotent(PlatformId.EBAY, shop.shop(), EbayRateLimits.TOKEN);
    OAuthToken token;
    try {
      token = http.execute(api.refresh(basic, "refresh_token", c.require("refresh_token").reveal(), scopes, context));
    } catch (AuthenticationException e) {
      throw refused(AuthenticationException.Reason.INVALID_CLIENT, e.httpStatus().orElse(0));
    } catch (PlatformRequestException e) {
      AuthenticationException.Reason reason = reason(e.platformCode());
      if (reason == null) {
        throw e;
      }
      throw refused(reason, e.httpStatus().orElse(0));
    }
    String value = token.accessToken();
    if (value == null || value.isBlank()) {
      throw new MalformedResponseException(PlatformId.EBAY, EbayRateLimits.TOKEN, "access_token", "is missing", 200, null);
    }
    long lifetime = token.expiresIn() == null ? DEFAULT_LIFETIME_SECONDS : token.expiresIn();
    if (lifetime <= 0) {
      throw new MalformedResponseException(PlatformId.EBAY, EbayRateLimits.TOKEN, "expires_in", "is not positive", 200, null);
    }
    return AccessToken.of(Secret.of(value.strip()), clock.instant().plusSeconds(lifetime));
  }

  private static String basic(Secret clientId, Secret clientSecret) {
    String pair = clientId.reveal().strip() + ":" + clientSecret.reveal().strip();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static AuthenticationException.@Nullable Reason reason(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "invalid_grant" -> AuthenticationException.Reason.REVOKED;
      case "invalid_client", "unauthorized_client" -> AuthenticationException.Reason.INVALID_CLIENT;
      case "invalid_scope" -> AuthenticationException.Reason.FORBIDDEN;
      default -> null;
    };
  }

  private static AuthenticationException refused(AuthenticationException.Reason reason, int status) {
    return new AuthenticationException(PlatformId.EBAY, EbayRateLimits.TOKEN, reason, status, null);
  }
}
