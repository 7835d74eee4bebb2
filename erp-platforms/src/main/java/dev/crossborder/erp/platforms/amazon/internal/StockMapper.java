package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platforms.amazon.internal.InventoryWire.GetInventorySummariesResponse;
import dev.crossborder.erp.platforms.amazon.internal.InventoryWire.InventoryDetails;
import dev.crossborder.erp.platforms.amazon.internal.InventoryWire.InventorySummary;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps FBA inventory summaries ({@code getInventorySummaries} with {@code details=true}) to {@link
 * PlatformStock}: fulfillable = {@code fulfillableQuantity}; inbound = working + shipped +
 * receiving; reserved = {@code reservedQuantity.totalReservedQuantity}; unfulfillable = {@code
 * unfulfillableQuantity.totalUnfulfillableQuantity}. A count Amazon leaves out is zero, but a
 * summary without {@code inventoryDetails} is an error (it would read as zero stock) and so is a
 * negative count or a missing {@code sellerSku}. Stateless.
 */
public final class StockMapper {
  private StockMapper() {}

  /** Maps one page; the cursor is Amazon's {@code nextToken}. */
  public static PlatformPage<PlatformStock> page(GetInventorySummariesResponse response, WireContext ctx) {
    var payload = ctx.require(response.payload(), "payload");
    List<InventorySummary> summaries = ctx.require(payload.inventorySummaries(), "payload.inventorySummaries");
    List<PlatformStock> out = new ArrayList<>(summaries.size());
    for (int i = 0; i < summaries.size(); i++) {
      String path = "payload.inventorySummaries[" + i + "]";
      out.add(stock(ctx.require(summaries.get(i), path), path, ctx));
    }
    String next = response.pagination() == null ? null : response.pagination().nextToken();
    return new PlatformPage<>(out, next);
  }

  /** Maps one summary at JSON path {@code path}. */
  public static PlatformStock stock(InventorySummary s, String path, WireContext ctx) {
    String sku = ctx.text(s.sellerSku(), path + ".sellerSku");
    InventoryDetails d = ctx.require(s.inventoryDetails(), path + ".inventoryDetails");
    String dp = path + ".inventoryDetails.";
    long fulfillable = count(d.fulfillableQuantity(), dp + "fulfillableQuantity", ctx);
    long inbound =
        Math.addExact(
            Math.addExact(
                count(d.inboundWorkingQuantity(), dp + "inboundWorkingQuantity", ctx),
                count(d.inboundShippedQuantity(), dp + "inboundShippedQuantity", ctx)),
            count(d.inboundReceivingQuantity(), dp + "inboundReceivingQuantity", ctx));
    long reserved =
        count(d.reservedQuantity() == null ? null : d.reservedQuantity().totalReservedQuantity(),
            dp + "reservedQuantity.totalReservedQuantity", ctx);
    long unfulfillable =
        count(d.unfulfillableQuantity() == null ? null : d.unfulfillableQuantity().totalUnfulfillableQuantity(),
            dp + "unfulfillableQuantity.totalUnfulfillableQuantity", ctx);
    String fnSku = s.fnSku() == null || s.fnSku().isBlank() ? null : s.fnSku().strip();
    try {
      return new PlatformStock(sku, fnSku, fulfillable, inbound, reserved, unfulfillable);
    } catch (InvalidInputException e) {
      throw ctx.invalid(path + "." + e.field(), "is not valid", e);
    }
  }

  private static long count(@Nullable Long value, String field, WireContext ctx) {
    if (value == null) {
      return 0;
    }
    if (value < 0) {
      throw ctx.invalid(field, "is negative", null);
    }
    return value;
  }
}
