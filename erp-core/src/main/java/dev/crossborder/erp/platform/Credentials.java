package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The named secrets one shop's connector needs, such as {@code client_id}, {@code client_secret}
 * and {@code refresh_token} for Amazon's Login with Amazon. Each connector documents the names it
 * reads. Immutable; {@link #toString()} shows the names only.
 *
 * @param secrets the secrets by name
 */
public record Credentials(Map<String, Secret> secrets) {

  /** Copies the secrets, sorted by name. */
  public Credentials {
    Checks.present("secrets", secrets);
    TreeMap<String, Secret> copy = new TreeMap<>();
    secrets.forEach((name, secret) -> copy.put(Checks.token("credentials.name", name, 64), Checks.present(name, secret)));
    secrets = Map.copyOf(copy);
  }

  /** Credentials of {@code name → value} pairs, for example {@code of("api_key", "…")}. */
  public static Credentials of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new ConfigurationException("credentials need name and value pairs");
    }
    TreeMap<String, Secret> secrets = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      secrets.put(namesAndValues[i], Secret.of(namesAndValues[i + 1]));
    }
    return new Credentials(secrets);
  }

  /** The secret called {@code name}, if present. */
  public Optional<Secret> find(String name) {
    return Optional.ofNullable(secrets.get(name));
  }

  /**
   * The secret called {@code name}.
   *
   * @throws ConfigurationException naming the missing secret (never a value)
   */
  public Secret require(String name) {
    Secret secret = secrets.get(name);
    if (secret == null) {
      throw new ConfigurationException("credentials lack " + name);
    }
    return secret;
  }

  @Override
  public String toString() {
    return "Credentials" + new TreeMap<>(secrets).keySet();
  }
}
