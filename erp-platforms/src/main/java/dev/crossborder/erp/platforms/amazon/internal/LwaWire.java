package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossborder.erp.platforms.http.OAuthTokenSource;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the Login with Amazon token endpoint ({@code POST
 * https://api.amazon.com/auth/o2/token}), refresh-token grant, as the SP-API "Connecting to the
 * Selling Partner API" guide documents it. The request is form-encoded (see {@link LwaApi}).
 */
public final class LwaWire {
  private LwaWire() {}

  /**
   * The token answer. {@link #toString()} never shows the token.
   *
   * @param accessToken the access token ({@code Atza|…}), valid {@code expiresIn} seconds
   * @param expiresIn lifetime in seconds (3600 as documented)
   * @param tokenType {@code bearer}
   * @param refreshToken the refresh token, when LWA returns it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Token(
      @JsonProperty("access_token") @Nullable String accessToken,
      @JsonProperty("expires_in") @Nullable Long expiresIn,
      @JsonProperty("token_type") @Nullable String tokenType,
      @JsonProperty("refresh_token") @Nullable String refreshToken) implements OAuthTokenSource.Answer {
    @Override
    public String toString() {
      return "Token[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", redacted]";
    }
  }

  /**
   * The error answer, such as {@code {"error":"invalid_grant","error_description":"..."}}.
   * {@code invalid_grant} means the refresh token is revoked or expired; {@code invalid_client}
   * means the client id or secret is wrong (or the secret was rotated).
   *
   * @param error the OAuth error code
   * @param errorDescription the description
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Error(
      @JsonProperty("error") @Nullable String error,
      @JsonProperty("error_description") @Nullable String errorDescription) {}
}
