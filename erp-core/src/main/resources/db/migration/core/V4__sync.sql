-- erp-core schema, version 4: sync. Same rules as V1: runs unchanged on H2 2.x and PostgreSQL 15,
-- every statement is idempotent, every key starts with tenant_id.

-- One checkpoint per (shop, stream): the watermark, and while a window is being paged, the window
-- and the connector's cursor of its next page. lease_token is the fencing token of the write.
CREATE TABLE IF NOT EXISTS erp_sync_checkpoint (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  stream VARCHAR(32) NOT NULL,
  watermark TIMESTAMP WITH TIME ZONE NOT NULL,
  window_from TIMESTAMP WITH TIME ZONE,
  window_to TIMESTAMP WITH TIME ZONE,
  cursor_text VARCHAR,
  lease_token BIGINT NOT NULL,
  CONSTRAINT erp_sync_checkpoint_pk PRIMARY KEY (tenant_id, shop_id, stream)
);

-- Items a sync could not import, with the error (never buyer data), listed per shop and stream.
CREATE TABLE IF NOT EXISTS erp_sync_quarantine (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  stream VARCHAR(32) NOT NULL,
  item_id VARCHAR(200) NOT NULL,
  error VARCHAR(1000) NOT NULL,
  quarantined_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT erp_sync_quarantine_pk PRIMARY KEY (tenant_id, shop_id, stream, item_id)
);
