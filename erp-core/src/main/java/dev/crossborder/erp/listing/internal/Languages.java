package dev.crossborder.erp.listing.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language a marketplace shows listings in, for templates that choose text by language.
 * Marketplaces are named by Amazon marketplace id or by ISO 3166 country code (what other
 * platforms' shops use); an unknown marketplace has no language, so a by-language mapping falls back.
 */
final class Languages {
  private static final Map<String, String> BY_MARKETPLACE =
      Map.ofEntries(
          // Amazon marketplace ids (Selling Partner API marketplace table)
          Map.entry("ATVPDKIKX0DER", "en"), // US
          Map.entry("A2EUQ1WTGCTBG2", "en"), // CA
          Map.entry("A1AM78C64UM0Y8", "es"), // MX
          Map.entry("A1F83G8C2ARO7P", "en"), // UK
          Map.entry("A1PA6795UKMFR9", "de"), // DE
          Map.entry("A13V1IB3VIYZZH", "fr"), // FR
          Map.entry("APJ6JRA9NG5V4", "it"), // IT
          Map.entry("A1RKKUPIHCS9HS", "es"), // ES
          Map.entry("A1805IZSGTT6HS", "nl"), // NL
          Map.entry("A1C3SOZRARQ6R3", "pl"), // PL
          Map.entry("A2NODRKZP88ZB9", "sv"), // SE
          Map.entry("A1VC38T7YXB528", "ja"), // JP
          Map.entry("A39IBJ37TRP1C6", "en"), // AU
          // ISO 3166 country codes
          Map.entry("US", "en"),
          Map.entry("CA", "en"),
          Map.entry("GB", "en"),
          Map.entry("UK", "en"),
          Map.entry("AU", "en"),
          Map.entry("IE", "en"),
          Map.entry("DE", "de"),
          Map.entry("AT", "de"),
          Map.entry("FR", "fr"),
          Map.entry("IT", "it"),
          Map.entry("ES", "es"),
          Map.entry("MX", "es"),
          Map.entry("NL", "nl"),
          Map.entry("PL", "pl"),
          Map.entry("SE", "sv"),
          Map.entry("JP", "ja"),
          Map.entry("CN", "zh"),
          Map.entry("BR", "pt"));

  private Languages() {}

  /** The ISO 639-1 language of {@code marketplace}, if known. */
  static Optional<String> of(String marketplace) {
    return Optional.ofNullable(BY_MARKETPLACE.get(marketplace.strip().toUpperCase(Locale.ROOT)));
  }
}
