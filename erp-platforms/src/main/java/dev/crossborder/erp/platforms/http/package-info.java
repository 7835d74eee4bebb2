/**
 * The shared HTTP layer every connector builds its client from: {@link
 * dev.crossborder.erp.platforms.http.ConnectorHttp} derives an {@code OkHttpClient} from the host's
 * and adds, outermost first, retries ({@link dev.crossborder.erp.platforms.http.RetryPolicy}), rate
 * limiting (a token bucket per shop and operation, {@link
 * dev.crossborder.erp.platforms.http.RateLimit}), authentication (access tokens from an {@link
 * dev.crossborder.erp.platforms.http.AccessTokenSource}, cached per shop) and a redacting {@link
 * dev.crossborder.erp.platforms.http.HttpLogger}. Each request names its shop and operation with a
 * {@link dev.crossborder.erp.platforms.http.CallContext} tag; {@link
 * dev.crossborder.erp.platforms.http.ConnectorHttp#execute} runs a Retrofit call and turns every
 * failure into the typed {@link dev.crossborder.erp.platform.ConnectorException} family.
 *
 * <h2>Why OkHttp and Retrofit types appear here</h2>
 *
 * <p>This is the one package of erp-platforms whose public signatures name {@code okhttp3} or
 * {@code retrofit2} types, and only in a few places: the host's client goes in ({@code
 * hostClient(OkHttpClient)}), the connector's client comes out ({@code client()}), a Retrofit
 * {@code Call} is executed ({@code execute(Call)}), and {@link
 * dev.crossborder.erp.platforms.http.ConnectorIOException} is an {@code IOException} because
 * OkHttp interceptors may only throw those. Hiding them would mean wrapping OkHttp's client and
 * Retrofit's call in look-alike types that every connector would have to unwrap again; and the
 * point of the layer is that a host shares its own {@code OkHttpClient} (pools, proxies,
 * certificates). The interceptors themselves are package-private. Connector packages keep their
 * Retrofit interfaces and wire records in {@code internal}, and erp-core has no HTTP types at all.
 *
 * <p>Time comes from an injected {@link java.time.InstantSource} and every wait goes through an
 * injected {@link dev.crossborder.erp.platforms.http.Sleeper}, so tests on a {@code MutableClock}
 * never sleep. Every public type here is immutable or thread-safe as its Javadoc says.
 */
@NullMarked
package dev.crossborder.erp.platforms.http;

import org.jspecify.annotations.NullMarked;
