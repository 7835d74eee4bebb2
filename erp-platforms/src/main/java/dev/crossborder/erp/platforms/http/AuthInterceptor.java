package dev.crossborder.erp.platforms.http;

import dev.crossborder.erp.platform.AuthenticationException;
import java.io.IOException;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts the shop's access token on the request. When the platform refuses it (401 by default), it
 * drops the token, fetches a new one and sends the request once more; a second refusal is an
 * {@link AuthenticationException}, never another round.
 */
final class AuthInterceptor implements Interceptor {
  private final AccessTokens tokens;
  private final AccessTokenSource source;
  private final String header;
  private final String prefix;
  private final Set<Integer> refusals;

  AuthInterceptor(AccessTokens tokens, AccessTokenSource source, String header, String prefix, Set<Integer> refusals) {
    this.tokens = tokens;
    this.source = source;
    this.header = header;
    this.prefix = prefix;
    this.refusals = Set.copyOf(refusals);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = Tags.context(request);
    ShopKey shop = context.shopKey();
    AccessToken token = tokens.get(shop, context);
    Response response = chain.proceed(authorize(request, token));
    if (!refusals.contains(response.code())) {
      return response;
    }
    response.close();
    tokens.invalidate(shop, token);
    AccessToken fresh = tokens.get(shop, context);
    Response second = chain.proceed(authorize(request, fresh));
    if (!refusals.contains(second.code())) {
      return second;
    }
    int status = second.code();
    second.close();
    tokens.invalidate(shop, fresh);
    throw new ConnectorIOException(
        new AuthenticationException(
            context.platform(), context.operation(), source.rejectionReason(shop, status), status, null));
  }

  private Request authorize(Request request, AccessToken token) {
    return request.newBuilder().header(header, prefix + token.value().reveal()).build();
  }
}
