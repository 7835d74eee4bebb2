package dev.crossborder.erp.platforms.amazon.internal;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon marketplaces: marketplace id → selling region (and its SP-API endpoint), ISO country code
 * and default currency.
 *
 * <p>Source: Amazon's "Marketplace IDs" page ({@code
 * https://developer-docs.amazon.com/sp-api/docs/marketplace-ids}) for ids, regions and countries,
 * and the "SP-API Endpoints" page ({@code https://developer-docs.amazon.com/sp-api/docs/sp-api-endpoints})
 * for the regional hosts. Amazon writes the United Kingdom as {@code UK}; here it is ISO 3166's
 * {@code GB}, the code order addresses carry. Currencies are each marketplace's ISO 4217 currency.
 * Immutable.
 */
public final class Marketplaces {

  /** An SP-API selling region and its endpoint. */
  public enum Region {
    /** North America: CA, US, MX, BR. */
    NA("https://sellingpartnerapi-na.amazon.com/"),
    /** Europe, incl. the Middle East, Turkey, India and Africa. */
    EU("https://sellingpartnerapi-eu.amazon.com/"),
    /** Far East: SG, AU, JP. */
    FE("https://sellingpartnerapi-fe.amazon.com/");

    private final String endpoint;

    Region(String endpoint) {
      this.endpoint = endpoint;
    }

    /** The production base URL, with a trailing slash as Retrofit wants it. */
    public String endpoint() {
      return endpoint;
    }
  }

  /**
   * One marketplace.
   *
   * @param id the marketplace id, such as {@code ATVPDKIKX0DER}
   * @param countryCode ISO 3166-1 alpha-2
   * @param currency the marketplace's currency
   * @param region the selling region whose endpoint serves it
   */
  public record Marketplace(String id, String countryCode, Currency currency, Region region) {}

  private static final Map<String, Marketplace> BY_ID = new LinkedHashMap<>();

  static {
    add("A2EUQ1WTGCTBG2", "CA", "CAD", Region.NA);
    add("ATVPDKIKX0DER", "US", "USD", Region.NA);
    add("A1AM78C64UM0Y8", "MX", "MXN", Region.NA);
    add("A2Q3Y263D00KWC", "BR", "BRL", Region.NA);
    add("A28R8C7NBKEWEA", "IE", "EUR", Region.EU);
    add("A1RKKUPIHCS9HS", "ES", "EUR", Region.EU);
    add("A1F83G8C2ARO7P", "GB", "GBP", Region.EU);
    add("A13V1IB3VIYZZH", "FR", "EUR", Region.EU);
    add("AMEN7PMS3EDWL", "BE", "EUR", Region.EU);
    add("A1805IZSGTT6HS", "NL", "EUR", Region.EU);
    add("A1PA6795UKMFR9", "DE", "EUR", Region.EU);
    add("APJ6JRA9NG5V4", "IT", "EUR", Region.EU);
    add("A2NODRKZP88ZB9", "SE", "SEK", Region.EU);
    add("AE08WJ6YKNBMC", "ZA", "ZAR", Region.EU);
    add("A1C3SOZRARQ6R3", "PL", "PLN", Region.EU);
    add("ARBP9OOSHTCHU", "EG", "EGP", Region.EU);
    add("A33AVAJ2PDY3EV", "TR", "TRY", Region.EU);
    add("A17E79C6D8DWNP", "SA", "SAR", Region.EU);
    add("A2VIGQ35RCS4UG", "AE", "AED", Region.EU);
    add("A21TJRUUN4KGV", "IN", "INR", Region.EU);
    add("A19VAU5U5O7RUS", "SG", "SGD", Region.FE);
    add("A39IBJ37TRP1C6", "AU", "AUD", Region.FE);
    add("A1VC38T7YXB528", "JP", "JPY", Region.FE);
  }

  private Marketplaces() {}

  private static void add(String id, String country, String currency, Region region) {
    BY_ID.put(id, new Marketplace(id, country, Currency.getInstance(currency), region));
  }

  /** The marketplace with {@code id}, if known. */
  public static Optional<Marketplace> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The marketplace of ISO country {@code countryCode} ({@code UK} is accepted for {@code GB}). */
  public static Optional<Marketplace> byCountry(String countryCode) {
    String code = "UK".equalsIgnoreCase(countryCode) ? "GB" : countryCode;
    return BY_ID.values().stream().filter(m -> m.countryCode().equalsIgnoreCase(code)).findFirst();
  }

  /** Every known marketplace, in Amazon's documented order. */
  public static Map<String, Marketplace> all() {
    return Map.copyOf(BY_ID);
  }
}
