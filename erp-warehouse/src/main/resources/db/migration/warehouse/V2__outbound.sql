-- erp-warehouse, outbound: released waves (JSON documents with their pick tasks and packing state)
-- and the bin stock those waves hold for picking. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE IF NOT EXISTS erp_wh_wave (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_wh_wave_pk PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS erp_wh_wave_warehouse_ix ON erp_wh_wave (tenant_id, warehouse_id);

-- Units per bin and SKU that released waves will pick (bin allocation); never negative.
CREATE TABLE IF NOT EXISTS erp_wh_bin_reserved (
  tenant_id VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  bin VARCHAR(40) NOT NULL,
  sku VARCHAR(64) NOT NULL,
  quantity BIGINT NOT NULL,
  CONSTRAINT erp_wh_bin_reserved_pk PRIMARY KEY (tenant_id, warehouse_id, bin, sku),
  CONSTRAINT erp_wh_bin_reserved_quantity_ck CHECK (quantity >= 0)
);
