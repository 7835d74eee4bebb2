package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platforms.http.CallContext;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * The Admin API's one GraphQL endpoint, {@code https://<shop>.myshopify.com/admin/api/<version>/graphql.json},
 * addressed per shop by its full URL. The answer is read as raw bytes: {@link GraphQl} checks the
 * GraphQL envelope ({@code data}, {@code errors}, {@code extensions}) before it maps {@code data}.
 */
public interface GraphQlApi {

  /**
   * Posts {@code request} to {@code url}.
   *
   * @param url the shop's GraphQL endpoint
   * @param request the GraphQL request: {@code query}, {@code operationName}, {@code variables}
   * @param context the call's context, read by the HTTP layer
   */
  @POST
  Call<ResponseBody> post(@Url String url, @Body Request request, @Tag CallContext context);

  /**
   * A GraphQL request over HTTP.
   *
   * @param query the document
   * @param operationName the operation to run
   * @param variables its variables
   */
  record Request(String query, String operationName, Map<String, Object> variables) {}
}
