package dev.crossborder.erp.platforms.ebay.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossborder.erp.platforms.http.OAuthTokenSource;
import org.jspecify.annotations.Nullable;

/**
 * The answer of eBay's token endpoint to a refresh-token grant. {@link #toString()} never shows
 * the token.
 *
 * @param accessToken the user access token
 * @param expiresIn its lifetime in seconds (7200 as documented)
 * @param tokenType {@code User Access Token}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OAuthToken(
    @JsonProperty("access_token") @Nullable String accessToken,
    @JsonProperty("expires_in") @Nullable Long expiresIn,
    @JsonProperty("token_type") @Nullable String tokenType) implements OAuthTokenSource.Answer {
  @Override
  public String toString() {
    return "OAuthToken[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", redacted]";
  }
}
