-- erp-core schema, version 9: customer service cases and returns (RMA). Same rules as V1: runs
-- unchanged on H2 2.x and PostgreSQL 15, every statement is idempotent, every key starts with
-- tenant_id. Documents may hold buyer message text (never logged).

-- One case per (shop, platform case id). waiting is true while the seller owes an answer (OPEN,
-- AWAITING_SELLER), so the overdue query is (waiting, due_at) on one index.
CREATE TABLE IF NOT EXISTS erp_case (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  platform_case_id VARCHAR(100) NOT NULL,
  order_id VARCHAR(64),
  state VARCHAR(16) NOT NULL,
  waiting BOOLEAN NOT NULL,
  due_at TIMESTAMP WITH TIME ZONE,
  opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_case_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT erp_case_platform_uq UNIQUE (tenant_id, shop_id, platform_case_id)
);

CREATE INDEX IF NOT EXISTS erp_case_due ON erp_case (tenant_id, waiting, due_at, id);

CREATE INDEX IF NOT EXISTS erp_case_order ON erp_case (tenant_id, order_id);

-- Returns (RMA) with their lines, inspection counts and refund in the document.
CREATE TABLE IF NOT EXISTS erp_return (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  order_id VARCHAR(64) NOT NULL,
  authorised_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_return_pk PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS erp_return_order ON erp_return (tenant_id, order_id);
