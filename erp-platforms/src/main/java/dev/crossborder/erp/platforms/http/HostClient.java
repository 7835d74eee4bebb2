package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import okhttp3.OkHttpClient;

/**
 * The host's own {@link OkHttpClient}, handed to a connector so that it derives its client from it
 * ({@code newBuilder()}: same connection pool, dispatcher, proxy and certificates) without an
 * OkHttp type in the connector's public signatures; only this package names OkHttp types.
 * Immutable and thread-safe.
 */
public final class HostClient {
  private final OkHttpClient client;

  private HostClient(OkHttpClient client) {
    this.client = client;
  }

  /** Wraps the host's {@code client}. */
  public static HostClient of(OkHttpClient client) {
    return new HostClient(requireNonNull(client, "client == null"));
  }

  /** The host's client. */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public String toString() {
    return "HostClient";
  }
}
