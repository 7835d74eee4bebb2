-- erp-core schema, version 10: finance (landed cost and order profit). Same rules as V1: runs
-- unchanged on H2 2.x and PostgreSQL 15, every statement is idempotent, every key starts with
-- tenant_id. Documents (doc) are the SDK's JSON of the row's value; money is never a float.

-- The costing method of a warehouse (MOVING_AVERAGE or FIFO); absent means MOVING_AVERAGE.
CREATE TABLE IF NOT EXISTS erp_fin_costing_method (
  tenant_id VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  method VARCHAR(16) NOT NULL,
  CONSTRAINT erp_fin_costing_method_pk PRIMARY KEY (tenant_id, warehouse_id)
);

-- Costed units and their value (minor units of the base currency) per SKU and warehouse.
CREATE TABLE IF NOT EXISTS erp_fin_cost_position (
  tenant_id VARCHAR(64) NOT NULL,
  sku VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  quantity BIGINT NOT NULL,
  value_minor BIGINT NOT NULL,
  currency CHAR(3) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT erp_fin_cost_position_pk PRIMARY KEY (tenant_id, sku, warehouse_id)
);

-- Cost layers; remaining is a column so FIFO reads the open layers by index.
CREATE TABLE IF NOT EXISTS erp_fin_cost_layer (
  tenant_id VARCHAR(64) NOT NULL,
  layer_id VARCHAR(200) NOT NULL,
  sku VARCHAR(64) NOT NULL,
  warehouse_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  remaining BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT erp_fin_cost_layer_pk PRIMARY KEY (tenant_id, layer_id)
);

CREATE INDEX IF NOT EXISTS erp_fin_cost_layer_sku
  ON erp_fin_cost_layer (tenant_id, sku, warehouse_id, seq);

-- Keys of applied finance commands (charges per shipment), for idempotent retries.
CREATE TABLE IF NOT EXISTS erp_fin_applied (
  tenant_id VARCHAR(64) NOT NULL,
  applied_key VARCHAR(400) NOT NULL,
  CONSTRAINT erp_fin_applied_pk PRIMARY KEY (tenant_id, applied_key)
);

-- Profit lines: one per order line and kind (ESTIMATE, ACTUAL), keyset-paged by
-- (shipped_at, order_id, line_id).
CREATE TABLE IF NOT EXISTS erp_fin_profit_line (
  tenant_id VARCHAR(64) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  order_id VARCHAR(64) NOT NULL,
  line_id VARCHAR(100) NOT NULL,
  line_no INTEGER NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  sku VARCHAR(64) NOT NULL,
  shipped_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_fin_profit_line_pk PRIMARY KEY (tenant_id, kind, order_id, line_id)
);

CREATE INDEX IF NOT EXISTS erp_fin_profit_line_time
  ON erp_fin_profit_line (tenant_id, kind, shipped_at, order_id, line_id);

CREATE INDEX IF NOT EXISTS erp_fin_profit_line_sku
  ON erp_fin_profit_line (tenant_id, kind, sku, shipped_at);

-- Settlement events per shop, each event id once.
CREATE TABLE IF NOT EXISTS erp_fin_settlement_event (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  event_id VARCHAR(200) NOT NULL,
  platform_order_id VARCHAR(100),
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_fin_settlement_event_pk PRIMARY KEY (tenant_id, shop_id, event_id)
);

CREATE INDEX IF NOT EXISTS erp_fin_settlement_event_order
  ON erp_fin_settlement_event (tenant_id, shop_id, platform_order_id);
