package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.FulfillmentAvailability;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.Issue;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.Item;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemIdentifiers;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemOffer;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemSearchResults;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemSummary;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.PatchOperation;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.PatchRequest;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.PutRequest;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.SubmissionResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps Listings Items 2021-08-01 payloads to and from domain types. Stateless.
 *
 * <p>A listing item spans marketplaces; a {@link PlatformListing} is the view of one marketplace:
 * its summary (ASIN, title, status), its {@code B2C} offer price, the {@code DEFAULT} (seller
 * fulfilled) quantity, and the issues that concern it (issues without {@code marketplaceIds}
 * concern all). State: {@code BUYABLE} in the summary's status → ACTIVE; otherwise REJECTED when an
 * {@code ERROR} issue concerns the marketplace, else INACTIVE; no summary for the marketplace →
 * OTHER. Severities {@code ERROR}/{@code WARNING}/{@code INFO} map one to one; an unknown severity
 * is kept as a WARNING (shown, never blocking).
 *
 * <p>Submission verdicts: {@code ACCEPTED} and {@code VALID} → ACCEPTED; {@code INVALID} →
 * REJECTED, even on HTTP 200; an unknown status → REJECTED if an {@code ERROR} issue came with it,
 * else ACCEPTED.
 */
public final class ListingMapper {
  /** The fulfillment channel code of the seller's own (MFN) quantity. */
  public static final String DEFAULT_CHANNEL = "DEFAULT";

  private ListingMapper() {}

  /** Maps a {@code getListingsItem} answer for {@code marketplaceId}. */
  public static PlatformListing listing(Item item, String marketplaceId, WireContext ctx) {
    return listing(item, marketplaceId, "body", ctx);
  }

  /** Maps a {@code searchListingsItems} page for {@code marketplaceId}; the cursor is {@code nextToken}. */
  public static PlatformPage<PlatformListing> page(ItemSearchResults results, String marketplaceId, WireContext ctx) {
    List<Item> items = results.items() == null ? List.of() : results.items();
    List<PlatformListing> mapped = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String path = "items[" + i + "]";
      mapped.add(listing(ctx.require(items.get(i), path), marketplaceId, path, ctx));
    }
    String next = results.pagination() == null ? null : results.pagination().nextToken();
    return new PlatformPage<>(mapped, next);
  }

  private static PlatformListing listing(Item item, String marketplaceId, String path, WireContext ctx) {
    String prefix = "body".equals(path) ? "" : path + ".";
    String sku = ctx.text(item.sku(), prefix + "sku");
    ItemSummary summary = null;
    if (item.summaries() != null) {
      for (ItemSummary s : item.summaries()) {
        if (s != null && marketplaceId.equals(s.marketplaceId())) {
          summary = s;
          break;
        }
      }
    }
    Money price = null;
    List<ItemOffer> offers = item.offers() == null ? List.of() : item.offers();
    for (int k = 0; k < offers.size(); k++) {
      ItemOffer offer = offers.get(k);
      if (offer != null && marketplaceId.equals(offer.marketplaceId())
          && (offer.offerType() == null || "B2C".equalsIgnoreCase(offer.offerType()))
          && offer.price() != null) {
        price = ctx.money(offer.price(), prefix + "offers[" + k + "].price");
        break;
      }
    }
    long quantity = 0;
    List<FulfillmentAvailability> availability =
        item.fulfillmentAvailability() == null ? List.of() : item.fulfillmentAvailability();
    for (int k = 0; k < availability.size(); k++) {
      FulfillmentAvailability a = availability.get(k);
      if (a != null && DEFAULT_CHANNEL.equalsIgnoreCase(a.fulfillmentChannelCode()) && a.quantity() != null) {
        if (a.quantity() < 0) {
          throw ctx.invalid(prefix + "fulfillmentAvailability[" + k + "].quantity", "is negative", null);
        }
        quantity = a.quantity();
      }
    }
    List<PlatformIssue> issues = issues(item.issues(), marketplaceId, prefix + "issues", ctx);
    PlatformListing.State state;
    if (summary == null) {
      state = PlatformListing.State.OTHER;
    } else if (summary.status() != null && summary.status().stream().anyMatch("BUYABLE"::equalsIgnoreCase)) {
      state = PlatformListing.State.ACTIVE;
    } else if (issues.stream().anyMatch(i -> i.severity() == PlatformIssue.Severity.ERROR)) {
      state = PlatformListing.State.REJECTED;
    } else {
      state = PlatformListing.State.INACTIVE;
    }
    try {
      return new PlatformListing(
          sku,
          summary == null ? null : blankToNull(summary.asin()),
          summary == null ? null : blankToNull(summary.itemName()),
          price,
          quantity,
          state,
          issues);
    } catch (InvalidInputException e) {
      throw ctx.invalid(prefix + e.field(), "is not valid", e);
    }
  }

  /**
   * Maps a put, patch or delete answer. {@code marketplaceId} picks the ASIN from {@code
   * identifiers}, when Amazon returned them.
   */
  public static ListingVerdict verdict(SubmissionResponse response, String marketplaceId, WireContext ctx) {
    String sku = ctx.text(response.sku(), "sku");
    String status = ctx.text(response.status(), "status").toUpperCase(Locale.ROOT);
    List<PlatformIssue> issues = issues(response.issues(), null, "issues", ctx);
    boolean errors = issues.stream().anyMatch(i -> i.severity() == PlatformIssue.Severity.ERROR);
    ListingVerdict.Status verdict =
        switch (status) {
          case "ACCEPTED", "VALID" -> ListingVerdict.Status.ACCEPTED;
          case "INVALID" -> ListingVerdict.Status.REJECTED;
          default -> errors ? ListingVerdict.Status.REJECTED : ListingVerdict.Status.ACCEPTED;
        };
    String asin = null;
    if (response.identifiers() != null) {
      for (ItemIdentifiers id : response.identifiers()) {
        if (id != null && marketplaceId.equals(id.marketplaceId())) {
          asin = blankToNull(id.asin());
        }
      }
    }
    try {
      return new ListingVerdict(sku, verdict, asin, blankToNull(response.submissionId()), issues);
    } catch (InvalidInputException e) {
      throw ctx.invalid(e.field(), "is not valid", e);
    }
  }

  /**
   * The {@code putListingsItem} body of {@code submission} in marketplace {@code marketplaceId}: its
   * product type, requirements {@code LISTING} and its attributes. A quantity on the submission
   * becomes the {@code fulfillment_availability} attribute on the {@code DEFAULT} channel unless the
   * attributes already hold one. A price becomes the {@code purchasable_offer} attribute (an offer
   * for all audiences of the marketplace, in the price's currency, with {@code our_price} as its
   * one scheduled {@code value_with_tax}, as Amazon's "Manage purchasable offer" guide describes);
   * a submission carrying both a price and its own {@code purchasable_offer} is refused, since one
   * of the two would be ignored.
   */
  public static PutRequest putRequest(ListingSubmission submission, String marketplaceId) {
    Map<String, Object> attributes = new LinkedHashMap<>(submission.attributes());
    if (submission.quantity() != null && !attributes.containsKey("fulfillment_availability")) {
      attributes.put("fulfillment_availability", List.of(availability(submission.quantity())));
    }
    Money price = submission.price();
    if (price != null) {
      if (attributes.containsKey(PURCHASABLE_OFFER)) {
        throw new InvalidInputException("price", price, "conflicts with attribute " + PURCHASABLE_OFFER);
      }
      Map<String, Object> offer = new LinkedHashMap<>();
      offer.put("marketplace_id", marketplaceId);
      offer.put("currency", price.currency().getCurrencyCode());
      offer.put("audience", "ALL");
      offer.put("our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", price.amount())))));
      attributes.put(PURCHASABLE_OFFER, List.of(offer));
    }
    return new PutRequest(submission.productType(), "LISTING", attributes);
  }

  private static final String PURCHASABLE_OFFER = "purchasable_offer";

  /**
   * The {@code patchListingsItem} body that sets the seller-fulfilled quantity of a listing of
   * {@code productType}: {@code replace /attributes/fulfillment_availability} with the {@code
   * DEFAULT} channel.
   */
  public static PatchRequest quantityPatch(String productType, long quantity) {
    if (quantity < 0) {
      throw new InvalidInputException("quantity", quantity, "must not be negative");
    }
    return new PatchRequest(
        productType,
        List.of(new PatchOperation("replace", "/attributes/fulfillment_availability", List.of(availability(quantity)))));
  }

  private static Map<String, Object> availability(long quantity) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("fulfillment_channel_code", DEFAULT_CHANNEL);
    entry.put("quantity", quantity);
    return entry;
  }

  private static List<PlatformIssue> issues(
      @Nullable List<Issue> issues, @Nullable String marketplaceId, String path, WireContext ctx) {
    if (issues == null) {
      return List.of();
    }
    List<PlatformIssue> out = new ArrayList<>(issues.size());
    for (int k = 0; k < issues.size(); k++) {
      Issue issue = issues.get(k);
      String at = path + "[" + k + "]";
      if (issue == null) {
        continue;
      }
      if (marketplaceId != null && issue.marketplaceIds() != null && !issue.marketplaceIds().isEmpty()
          && !issue.marketplaceIds().contains(marketplaceId)) {
        continue;
      }
      String code = ctx.text(issue.code(), at + ".code");
      String message = blankToNull(issue.message());
      message = message == null ? code : SpApiErrors.shorten(message, 2000);
      List<String> attributes = new ArrayList<>();
      if (issue.attributeNames() != null) {
        issue.attributeNames().stream().filter(a -> a != null && !a.isBlank()).forEach(attributes::add);
      }
      try {
        out.add(new PlatformIssue(SpApiErrors.shorten(code, 200), message, severity(issue.severity()), attributes));
      } catch (InvalidInputException e) {
        throw ctx.invalid(at + "." + e.field(), "is not valid", e);
      }
    }
    return out;
  }

  /** The severity of Amazon's text; unknown values are WARNING. */
  public static PlatformIssue.Severity severity(@Nullable String severity) {
    if (severity == null) {
      return PlatformIssue.Severity.WARNING;
    }
    return switch (severity.strip().toUpperCase(Locale.ROOT)) {
      case "ERROR" -> PlatformIssue.Severity.ERROR;
      case "INFO" -> PlatformIssue.Severity.INFO;
      default -> PlatformIssue.Severity.WARNING;
    };
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
