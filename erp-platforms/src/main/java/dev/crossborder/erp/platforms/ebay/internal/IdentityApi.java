package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Tag;

/**
 * eBay's OAuth token endpoint (Identity API), refresh-token grant: the client authenticates with
 * HTTP Basic ({@code client_id:client_secret}), the form carries the refresh token and the scopes.
 * Errors are OAuth bodies ({@code {"error":"invalid_grant",…}}). Both the header and the form carry
 * secrets: the HTTP logger never logs either.
 */
interface IdentityApi {
  /** The production base URL. */
  String BASE_URL = "https://api.ebay.com/";

  /** {@code POST /identity/v1/oauth2/token} with {@code grant_type=refresh_token}. */
  @FormUrlEncoded
  @POST("identity/v1/oauth2/token")
  Call<OAuthToken> refresh(
      @Header("Authorization") String basicAuthorization,
      @Field("grant_type") String grantType,
      @Field("refresh_token") String refreshToken,
      @Field("scope") String scopes,
      @Tag CallContext context);
}
