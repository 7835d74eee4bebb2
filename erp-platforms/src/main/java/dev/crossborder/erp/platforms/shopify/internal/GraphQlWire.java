package dev.crossborder.erp.platforms.shopify.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records shared by every operation: the GraphQL envelope, its errors and cost report, and
 * the {@code MoneyBag}, {@code PageInfo} and user-error shapes of the Admin API schema. Every field
 * is nullable here; the mappers check what they need and name the field when it is missing. Enums
 * are plain strings, so a value Shopify adds later never fails a read.
 */
public final class GraphQlWire {
  private GraphQlWire() {}

  /**
   * The response envelope: {@code {"data": …, "errors": […], "extensions": {"cost": …}}}.
   *
   * @param data the operation's result, read per operation
   * @param errors top-level errors (throttling, invalid documents, access)
   * @param extensions the cost report
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Envelope(@Nullable JsonNode data, @Nullable List<Error> errors, @Nullable Extensions extensions) {}

  /**
   * A top-level GraphQL error.
   *
   * @param message the message
   * @param extensions its code ({@code THROTTLED}, {@code ACCESS_DENIED}, {@code undefinedField}, …)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Error(@Nullable String message, @Nullable ErrorExtensions extensions) {}

  /**
   * An error's extensions.
   *
   * @param code the error code
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorExtensions(@Nullable String code) {}

  /**
   * The envelope's extensions.
   *
   * @param cost the query's cost report
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Extensions(@Nullable Cost cost) {}

  /**
   * {@code extensions.cost}.
   *
   * @param requestedQueryCost what the query could cost at most
   * @param actualQueryCost what it cost ({@code null} when it did not run)
   * @param throttleStatus the bucket after the query
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Cost(
      @Nullable BigDecimal requestedQueryCost, @Nullable BigDecimal actualQueryCost, @Nullable ThrottleStatus throttleStatus) {}

  /**
   * {@code extensions.cost.throttleStatus}.
   *
   * @param maximumAvailable the bucket's size in points
   * @param currentlyAvailable the points left
   * @param restoreRate the points restored per second
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ThrottleStatus(
      @Nullable BigDecimal maximumAvailable, @Nullable BigDecimal currentlyAvailable, @Nullable BigDecimal restoreRate) {}

  /**
   * {@code MoneyBag}: an amount in the shop's currency (and the buyer's, which is not read).
   *
   * @param shopMoney the amount in the shop's currency
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record MoneyBag(@Nullable MoneyV2 shopMoney) {}

  /**
   * {@code MoneyV2}.
   *
   * @param amount a decimal of any scale
   * @param currencyCode the ISO 4217 code
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record MoneyV2(@Nullable BigDecimal amount, @Nullable String currencyCode) {}

  /**
   * {@code PageInfo}.
   *
   * @param hasNextPage whether another page follows
   * @param endCursor the cursor of the last item of this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PageInfo(@Nullable Boolean hasNextPage, @Nullable String endCursor) {}

  /**
   * A mutation's {@code userErrors} entry ({@code UserError} and its typed variants).
   *
   * @param field the path to the input field it concerns, such as {@code ["input", "title"]}
   * @param message the message
   * @param code the typed variants' code, {@code null} on plain {@code UserError}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record UserError(@Nullable List<String> field, @Nullable String message, @Nullable String code) {}
}
