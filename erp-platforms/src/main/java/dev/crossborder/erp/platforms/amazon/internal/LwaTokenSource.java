package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.Secret;
import dev.crossborder.erp.platforms.http.AccessToken;
import dev.crossborder.erp.platforms.http.AccessTokenSource;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.time.InstantSource;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Login with Amazon, refresh-token grant: exchanges the shop's {@code refresh_token}, {@code
 * client_id} and {@code client_secret} (read from the credentials provider at each refresh, so a
 * rotated secret takes effect on the next one) for an access token. {@code invalid_grant} is a
 * {@link AuthenticationException.Reason#REVOKED REVOKED} authorization; {@code invalid_client},
 * {@code unauthorized_client} and a 401 from the token endpoint are {@link
 * AuthenticationException.Reason#INVALID_CLIENT INVALID_CLIENT}. A token the SP-API refuses again
 * right after a refresh is {@code FORBIDDEN} on a 403 (the application lacks the role) and {@code
 * EXPIRED} on a 401. Thread-safe.
 */
final class LwaTokenSource implements AccessTokenSource {
  static final String OPERATION = "lwaRefreshToken";
  private static final long DEFAULT_LIFETIME_SECONDS = 3600;

  private final ConnectorHttp http;
  private final LwaApi api;
  private final Function<ShopKey, Credentials> credentials;
  private final InstantSource clock;

  LwaTokenSource(ConnectorHttp http, LwaApi api, Function<ShopKey, Credentials> credentials, InstantSource clock) {
    this.http = http;
    this.api = api;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** The credential names read, for the connector's early check. */
  static final String[] NAMES = {"client_id", "client_secret", "refresh_token"};

  @Override
  public AccessToken fetch(ShopKey shop) {
    Credentials c = credentials.apply(shop);
    Secret clientId = c.require("client_id");
    Secret clientSecret = c.require("client_secret");
    Secret refreshToken = c.require("refresh_token");
    CallContext context = CallContext.idempotent(PlatformId.AMAZON, shop.shop(), OPERATION);
    LwaWire.Token token;
    try {
      token = http.execute(
          api.refresh("refresh_token", refreshToken.reveal(), clientId.reveal(), clientSecret.reveal(), context));
    } catch (AuthenticationException e) {
      throw refused(AuthenticationException.Reason.INVALID_CLIENT, e);
    } catch (PlatformRequestException e) {
      AuthenticationException.Reason reason = reason(e.platformCode());
      if (reason == null) {
        throw e;
      }
      throw refused(reason, e);
    }
    String value = token.accessToken();
    if (value == null || value.isBlank()) {
      throw new MalformedResponseException(PlatformId.AMAZON, OPERATION, "access_token", "is missing", 200, null);
    }
    Long expiresIn = token.expiresIn();
    long lifetime = expiresIn == null ? DEFAULT_LIFETIME_SECONDS : expiresIn;
    if (lifetime <= 0) {
      throw new MalformedResponseException(PlatformId.AMAZON, OPERATION, "expires_in", "is not positive", 200, null);
    }
    return AccessToken.of(Secret.of(value.strip()), clock.instant().plusSeconds(lifetime));
  }

  @Override
  public AuthenticationException.Reason rejectionReason(ShopKey shop, int httpStatus) {
    return httpStatus == 403 ? AuthenticationException.Reason.FORBIDDEN : AuthenticationException.Reason.EXPIRED;
  }

  private static AuthenticationException.@Nullable Reason reason(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "invalid_grant" -> AuthenticationException.Reason.REVOKED;
      case "invalid_client", "unauthorized_client" -> AuthenticationException.Reason.INVALID_CLIENT;
      default -> null;
    };
  }

  private static AuthenticationException refused(AuthenticationException.Reason reason, RuntimeException cause) {
    int status = cause instanceof PlatformRequestException p ? p.httpStatus().orElse(0)
        : cause instanceof AuthenticationException a ? a.httpStatus().orElse(0) : 0;
    return new AuthenticationException(PlatformId.AMAZON, OPERATION, reason, status, null);
  }

  /** The failure of a refresh for a shop no capability call has named yet (cannot happen in use). */
  static PlatformUnavailableException unknownShop(ShopKey shop) {
    return new PlatformUnavailableException(PlatformId.AMAZON, OPERATION, "shop not seen by this connector", 0, null);
  }
}
