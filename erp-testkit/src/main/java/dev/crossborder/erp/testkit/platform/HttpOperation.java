package dev.crossborder.erp.testkit.platform;

import static java.util.Objects.requireNonNull;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a connector under {@link HttpConnectorContract}: how to recognise its request
 * on the wire, what the platform answers when it succeeds, and how to make the connector perform
 * it through its capability. The kit stubs the request with answers of its own (429, 401, 5xx,
 * malformed bodies) and with {@link #success()}, then calls {@link #invoke()}.
 *
 * <pre>{@code
 * HttpOperation.of(
 *     "searchOrders",
 *     () -> get(urlPathEqualTo("/orders")),
 *     () -> okJson(ORDERS_PAGE),
 *     () -> connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null))
 * }</pre>
 *
 * <p>Immutable and thread-safe, as long as the suppliers are.
 */
public final class HttpOperation {
  private final String name;
  private final Supplier<MappingBuilder> request;
  private final Supplier<ResponseDefinitionBuilder> success;
  private final Supplier<?> invocation;

  private HttpOperation(
      String name, Supplier<MappingBuilder> request, Supplier<ResponseDefinitionBuilder> success, Supplier<?> invocation) {
    this.name = requireNonNull(name, "name == null");
    this.request = requireNonNull(request, "request == null");
    this.success = requireNonNull(success, "success == null");
    this.invocation = requireNonNull(invocation, "invocation == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("operation name must not be blank");
    }
  }

  /**
   * Describes an operation.
   *
   * @param name the platform operation's name, for the kit's messages (such as {@code searchOrders})
   * @param request makes a new WireMock request matcher for exactly this operation's requests (such
   *     as {@code get(urlPathEqualTo("/orders"))}), without a response; called every time the kit
   *     stubs or counts, because a {@code MappingBuilder} is changed by stubbing
   * @param success makes a new successful answer carrying the platform's real success body
   * @param invocation calls the capability once and returns what it returned; it must not catch the
   *     connector's exceptions
   */
  public static HttpOperation of(
      String name, Supplier<MappingBuilder> request, Supplier<ResponseDefinitionBuilder> success, Supplier<?> invocation) {
    return new HttpOperation(name, request, success, invocation);
  }

  /** The operation's name, as given. */
  public String name() {
    return name;
  }

  /** A new request matcher for this operation's requests, without a response. */
  public MappingBuilder request() {
    return requireNonNull(request.get(), "request supplier returned null");
  }

  /** A new successful answer to this operation, with the platform's real success body. */
  public ResponseDefinitionBuilder success() {
    return requireNonNull(success.get(), "success supplier returned null");
  }

  /** Makes the connector perform the operation once, and returns what its capability returned. */
  public @Nullable Object invoke() {
    return invocation.get();
  }

  @Override
  public String toString() {
    return "HttpOperation[" + name + "]";
  }
}
