-- erp-core schema, version 7: platform writes on the lease holder. Same rules as V1: runs unchanged
-- on H2 2.x and PostgreSQL 15, every statement is idempotent, every key starts with tenant_id.

-- The durable stock push queue: one row per listing owed a push. seq grows each time the listing is
-- queued again, so the holder of the shop's lease deletes a row only if nobody re-queued it since.
CREATE TABLE IF NOT EXISTS erp_stock_push_queue (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  seller_sku VARCHAR(200) NOT NULL,
  seq BIGINT NOT NULL,
  queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT erp_stock_push_queue_pk PRIMARY KEY (tenant_id, shop_id, seller_sku)
);

-- The lease holder's query: due tracking upload jobs of one shop.
CREATE INDEX IF NOT EXISTS erp_tracking_upload_shop_due
  ON erp_tracking_upload (tenant_id, shop_id, state, next_attempt_at);
