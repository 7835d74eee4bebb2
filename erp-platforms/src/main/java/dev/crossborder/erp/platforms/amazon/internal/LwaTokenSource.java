package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.Secret;
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
 * Login with Amazon, refresh-token grant: exchanges the shop's {@code refresh_token}, {@code
 * client_id} and {@code client_secret} (read from the credentials provider at each refresh, so a
 * rotated secret takes effect on the next one) for an access token. {@code invalid_grant} is a
 * {@link AuthenticationException.Reason#REVOKED REVOKED} authorization; {@code invalid_client},
 * {@code unauthorized_client} and a 401 from the token endpoint are {@link
 * AuthenticationException.Reason#INVALID_CLIENT INVALID_CLIENT}. A token the SP-API refuses again
 * right after a refresh is {@code FORBIDDEN} on a 403 (the application lacks the role) and {@code
 * EXPIRED} on a 401. Thread-safe.
 */
final class LwaTokenSource extends OAuthTokenSource<LwaApi> {
  static final String OPERATION = "lwaRefreshToken";

  /** The credential names read, for the connector's early check. */
  static final String[] NAMES = {"client_id", "client_secret", "refresh_token"};

  LwaTokenSource(ConnectorHttp http, LwaApi api, Function<ShopKey, Credentials> credentials, InstantSource clock) {
    super(PlatformId.AMAZON, OPERATION, Duration.ofSeconds(3600), http, api, credentials, clock);
  }

  @Override
  protected Call<LwaWire.Token> grant(LwaApi api, Credentials c, CallContext context) {
    Secret clientId = c.require("client_id");
    Secret clientSecret = c.require("client_secret");
    Secret refreshToken = c.require("refresh_token");
    return api.refresh("refresh_token", refreshToken.reveal(), clientId.reveal(), clientSecret.reveal(), context);
  }

  @Override
  protected AuthenticationException.@Nullable Reason refusal(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "invalid_grant" -> AuthenticationException.Reason.REVOKED;
      case "invalid_client", "unauthorized_client" -> AuthenticationException.Reason.INVALID_CLIENT;
      default -> null;
    };
  }

  @Override
  public AuthenticationException.Reason rejectionReason(ShopKey shop, int httpStatus) {
    return httpStatus == 403 ? AuthenticationException.Reason.FORBIDDEN : AuthenticationException.Reason.EXPIRED;
  }

  /** The failure of a refresh for a shop no capability call has named yet (cannot happen in use). */
  static PlatformUnavailableException unknownShop(ShopKey shop) {
    return new PlatformUnavailableException(PlatformId.AMAZON, OPERATION, "shop not seen by this connector", 0, null);
  }
}
