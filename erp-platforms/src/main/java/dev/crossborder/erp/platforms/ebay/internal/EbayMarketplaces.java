package dev.crossborder.erp.platforms.ebay.internal;

import java.util.Map;
import java.util.Optional;

/**
 * eBay's marketplace ids ({@code MarketplaceIdEnum}) the connector serves, each with the {@code
 * Content-Language} the Inventory API wants for items and offers of that marketplace. A shop's
 * {@code marketplace} is one of these ids. Immutable.
 */
public final class EbayMarketplaces {
  private static final Map<String, String> LANGUAGE = Map.ofEntries(
      Map.entry("EBAY_US", "en-US"),
      Map.entry("EBAY_MOTORS_US", "en-US"),
      Map.entry("EBAY_CA", "en-CA"),
      Map.entry("EBAY_GB", "en-GB"),
      Map.entry("EBAY_IE", "en-IE"),
      Map.entry("EBAY_AU", "en-AU"),
      Map.entry("EBAY_SG", "en-SG"),
      Map.entry("EBAY_DE", "de-DE"),
      Map.entry("EBAY_AT", "de-AT"),
      Map.entry("EBAY_CH", "de-CH"),
      Map.entry("EBAY_FR", "fr-FR"),
      Map.entry("EBAY_BE", "fr-BE"),
      Map.entry("EBAY_IT", "it-IT"),
      Map.entry("EBAY_ES", "es-ES"),
      Map.entry("EBAY_NL", "nl-NL"),
      Map.entry("EBAY_PL", "pl-PL"),
      Map.entry("EBAY_HK", "zh-HK"));

  private EbayMarketplaces() {}

  /** The {@code Content-Language} of marketplace {@code id}, if the connector serves it. */
  public static Optional<String> language(String id) {
    return Optional.ofNullable(LANGUAGE.get(id));
  }
}
