-- erp-warehouse, inbound: layouts, bin stock, receipts, put-away tasks and command keys. Runs
-- unchanged on H2 and PostgreSQL; recorded in erp_warehouse_schema_history, apart from erp-core's
-- migrations. Aggregates are JSON documents; columns hold what queries and unique keys need.

-- One layout (zones, aisles, bins) per warehouse; a warehouse with a row here is bin-managed.
CREATE TABLE IF NOT EXISTS erp_wh_layout (
  tenant_id VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_wh_layout_pk PRIMARY KEY (tenant_id, warehouse_id)
);

-- Units per bin, SKU and lot ('' where lots are not used); never negative.
CREATE TABLE IF NOT EXISTS erp_wh_bin_stock (
  tenant_id VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  bin VARCHAR(40) NOT NULL,
  sku VARCHAR(64) NOT NULL,
  lot VARCHAR(64) NOT NULL,
  quantity BIGINT NOT NULL,
  CONSTRAINT erp_wh_bin_stock_pk PRIMARY KEY (tenant_id, warehouse_id, bin, sku, lot),
  CONSTRAINT erp_wh_bin_stock_quantity_ck CHECK (quantity >= 0)
);

CREATE INDEX IF NOT EXISTS erp_wh_bin_stock_sku_ix ON erp_wh_bin_stock (tenant_id, warehouse_id, sku);

-- Receipts (against a purchase order, an ASN or blind).
CREATE TABLE IF NOT EXISTS erp_wh_receipt (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_wh_receipt_pk PRIMARY KEY (tenant_id, id)
);

-- Put-away tasks.
CREATE TABLE IF NOT EXISTS erp_wh_task (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(200) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_wh_task_pk PRIMARY KEY (tenant_id, id)
);

-- Idempotency keys of warehouse commands (scans, QC, moves, counts, put-away), with what each did.
CREATE TABLE IF NOT EXISTS erp_wh_command (
  tenant_id VARCHAR(64) NOT NULL,
  command_key VARCHAR(200) NOT NULL,
  fingerprint VARCHAR NOT NULL,
  CONSTRAINT erp_wh_command_pk PRIMARY KEY (tenant_id, command_key)
);
