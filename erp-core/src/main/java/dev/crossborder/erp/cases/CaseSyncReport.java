package dev.crossborder.erp.cases;

import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one pull of a shop's {@code cases} stream did. Immutable.
 *
 * @param shop the shop
 * @param held whether this instance held the shop's lease (if not, nothing was read)
 * @param pages pages read and checkpointed
 * @param imported cases created or updated
 * @param quarantined cases refused as bad input (listed by {@code erp.sync().quarantined}-style
 *     entries of stream {@code cases})
 * @param watermark the checkpoint's watermark afterwards, or {@code null} if nothing was held
 */
public record CaseSyncReport(
    ShopId shop, boolean held, int pages, int imported, int quarantined, @Nullable Instant watermark) {}
