package dev.crossborder.erp.platforms.shopify.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.UserError;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.Connection;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.Ref;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the product, variant and inventory operations ({@link Operation}), named as the
 * Admin GraphQL schema names the fields; every field nullable.
 */
public final class ProductsWire {
  private ProductsWire() {}

  /**
   * {@code data} of {@code ProductVariants}.
   *
   * @param productVariants the connection
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record VariantsData(@Nullable Connection<Variant> productVariants) {}

  /**
   * {@code ProductVariant}.
   *
   * @param id the global id
   * @param sku its SKU
   * @param price its price in the shop's currency (a decimal string)
   * @param inventoryQuantity the available units over all locations
   * @param product its product
   * @param inventoryItem its inventory item
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Variant(
      @Nullable String id,
      @Nullable String sku,
      @Nullable BigDecimal price,
      @Nullable Long inventoryQuantity,
      @Nullable Product product,
      @Nullable InventoryItem inventoryItem) {}

  /**
   * {@code Product}.
   *
   * @param id the global id
   * @param title the title
   * @param status {@code ACTIVE}, {@code DRAFT}, {@code ARCHIVED}, …
   * @param variantsCount how many variants it has
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Product(@Nullable String id, @Nullable String title, @Nullable String status, @Nullable Count variantsCount) {}

  /**
   * {@code Count}.
   *
   * @param count the count
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Count(@Nullable Long count) {}

  /**
   * {@code InventoryItem}.
   *
   * @param id the global id
   * @param inventoryLevels where it is stocked
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryItem(@Nullable String id, @Nullable Connection<InventoryLevel> inventoryLevels) {}

  /**
   * {@code InventoryLevel}.
   *
   * @param location the location
   * @param quantities the quantities asked for ({@code available})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryLevel(@Nullable Ref location, @Nullable List<InventoryQuantity> quantities) {}

  /**
   * {@code InventoryQuantity}.
   *
   * @param name the quantity's name
   * @param quantity units
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryQuantity(@Nullable String name, @Nullable Long quantity) {}

  /**
   * {@code data} of {@code ProductSet}.
   *
   * @param productSet the payload
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ProductSetData(@Nullable ProductSetPayload productSet) {}

  /**
   * {@code ProductSetPayload}.
   *
   * @param product the product created or updated
   * @param userErrors what Shopify refused
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ProductSetPayload(@Nullable SetProduct product, @Nullable List<UserError> userErrors) {}

  /**
   * {@code Product} as {@code ProductSet} selects it.
   *
   * @param id the global id
   * @param variants its variant, with the inventory levels a quantity update needs
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SetProduct(@Nullable String id, @Nullable Connection<Variant> variants) {}

  /**
   * {@code data} of {@code ProductDelete}.
   *
   * @param productDelete the payload
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ProductDeleteData(@Nullable UserErrorsPayload productDelete) {}

  /**
   * {@code data} of {@code ProductVariantsBulkDelete}.
   *
   * @param productVariantsBulkDelete the payload
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record VariantsDeleteData(@Nullable UserErrorsPayload productVariantsBulkDelete) {}

  /**
   * {@code data} of {@code InventorySetQuantities}.
   *
   * @param inventorySetQuantities the payload
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventorySetData(@Nullable UserErrorsPayload inventorySetQuantities) {}

  /**
   * A mutation payload read for its {@code userErrors} only.
   *
   * @param userErrors what Shopify refused
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record UserErrorsPayload(@Nullable List<UserError> userErrors) {}
}
