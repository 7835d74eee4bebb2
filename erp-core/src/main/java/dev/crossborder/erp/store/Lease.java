package dev.crossborder.erp.store;

import java.time.Instant;

/**
 * A named, time-limited lease held by one owner (one host instance), with a fencing token that
 * grows every time the lease changes hands, so that writes of a former holder can be refused.
 *
 * @param name what the lease guards, such as {@code outbox-relay} or {@code shop:amz-us}
 * @param owner the instance holding it
 * @param token the fencing token
 * @param expiresAt when it lapses unless renewed
 */
public record Lease(String name, String owner, long token, Instant expiresAt) {}
