package dev.crossborder.erp.testkit.platform;

import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.shop.Shop;
import java.util.List;

/**
 * A connector under {@link HttpConnectorContract}, built on an {@link HttpEnvironment}: the
 * connector, the shop it acts for, every secret in play, and one read and one non-idempotent write
 * operation for the kit to fault. The subclass creates one per test in {@link
 * HttpConnectorContract#newScenario(HttpEnvironment)}, with the platform's token endpoint already
 * stubbed so that the connector can authenticate.
 *
 * <p>What an implementer must guarantee: the connector reads time from the environment's clock,
 * makes every wait through {@link HttpEnvironment#sleep}, logs through {@link HttpEnvironment#log}
 * and sends every request below {@link HttpEnvironment#baseUrl()}. Called from the test's thread
 * only.
 */
public interface HttpScenario extends AutoCloseable {

  /** The connector under test. */
  PlatformConnector connector();

  /** The shop the operations act for. */
  Shop shop();

  /**
   * Every credential and token value in play (client secret, refresh token, the access tokens the
   * stubbed token endpoint hands out, API keys), each at least 8 characters and distinctive enough
   * not to occur by chance. None may appear in a log line, an exception message or the {@code
   * toString()} of a result; at least one must reach the platform, or the list is not the one in
   * play.
   */
  List<String> secrets();

  /**
   * An idempotent read, such as the first page of the shop's orders. The connector may retry it
   * after 429, 5xx and I/O errors.
   */
  HttpOperation read();

  /**
   * A non-idempotent write, such as a shipment confirmation that adds a package on each call. The
   * connector may retry it after a 429 (the platform did not process it), never after a 5xx; it may
   * read back to learn whether an uncertain write arrived.
   */
  HttpOperation write();

  /** Releases what the scenario holds; the kit calls it after each test. Default: nothing. */
  @Override
  default void close() {}
}
