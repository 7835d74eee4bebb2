package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.amazon.internal.LwaWire.Token;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;
import retrofit2.http.Tag;

/**
 * The Login with Amazon token endpoint: exchanges the shop's refresh token for an access token.
 * Build its Retrofit with base URL {@link #BASE_URL} (a test points it at WireMock). Errors come
 * back as 400/401 with an {@link LwaWire.Error} body. The fields carry secrets: the HTTP logger
 * must redact this body.
 */
public interface LwaApi {
  /** The production base URL of the endpoint. */
  String BASE_URL = "https://api.amazon.com/";

  /** {@code POST /auth/o2/token} with {@code grant_type=refresh_token}. */
  @FormUrlEncoded
  @POST("auth/o2/token")
  Call<Token> refresh(
      @Field("grant_type") String grantType,
      @Field("refresh_token") String refreshToken,
      @Field("client_id") String clientId,
      @Field("client_secret") String clientSecret,
      @Tag CallContext context);
}
