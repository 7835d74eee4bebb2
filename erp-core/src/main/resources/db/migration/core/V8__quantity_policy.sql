-- erp-core schema, version 8: stock-push quantity policies. Same rules as V1: runs unchanged on H2
-- 2.x and PostgreSQL 15, every statement is idempotent, every key starts with tenant_id.

-- One quantity policy per shop (QuantityPolicy): the feeding warehouses (ids separated by spaces,
-- empty for every warehouse), the percentage shown, the minimum, the maximum (NULL for none), the
-- threshold below which 0 is shown and the units reserved for promotions.
CREATE TABLE IF NOT EXISTS erp_quantity_policy (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  warehouses VARCHAR(4000) NOT NULL,
  percent INTEGER NOT NULL,
  min_units BIGINT NOT NULL,
  max_units BIGINT,
  threshold_units BIGINT NOT NULL,
  reserve_units BIGINT NOT NULL,
  CONSTRAINT erp_quantity_policy_pk PRIMARY KEY (tenant_id, shop_id)
);
