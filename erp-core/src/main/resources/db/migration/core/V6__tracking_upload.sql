-- erp-core schema, version 6: tracking upload (标记发货). Same rules as V1: runs unchanged on H2 2.x
-- and PostgreSQL 15, every statement is idempotent, every key starts with tenant_id.

-- One upload job per shipment. state is PENDING, SENDING, CONFIRMED or FAILED; lease_until is set
-- exactly while SENDING; problems is a JSON array of {source, field, code, message} (never buyer
-- data). version is the optimistic-concurrency counter a runner claims a job with.
CREATE TABLE IF NOT EXISTS erp_tracking_upload (
  tenant_id VARCHAR(64) NOT NULL,
  shipment_id VARCHAR(64) NOT NULL,
  order_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  carrier_code VARCHAR(100),
  tracking_number VARCHAR(64),
  shipped_at TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  lease_until TIMESTAMP WITH TIME ZONE,
  problems VARCHAR NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT erp_tracking_upload_pk PRIMARY KEY (tenant_id, shipment_id)
);

-- The runner's query: due jobs by time, per state.
CREATE INDEX IF NOT EXISTS erp_tracking_upload_due
  ON erp_tracking_upload (tenant_id, state, next_attempt_at);

-- The jobs of one order (is every shipment confirmed?).
CREATE INDEX IF NOT EXISTS erp_tracking_upload_order
  ON erp_tracking_upload (tenant_id, order_id);
