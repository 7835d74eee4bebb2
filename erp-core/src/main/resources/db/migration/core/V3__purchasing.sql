-- Purchasing: suppliers, their offers per SKU, and purchase orders. Runs unchanged on H2 and
-- PostgreSQL. Aggregates are JSON documents; columns hold what queries and unique keys need.

-- Suppliers, one JSON document each.
CREATE TABLE IF NOT EXISTS erp_supplier (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_supplier_pk PRIMARY KEY (tenant_id, id)
);

-- One offer per supplier and SKU (price tiers, MOQ, case pack, lead time in the document).
CREATE TABLE IF NOT EXISTS erp_supplier_offer (
  tenant_id VARCHAR(64) NOT NULL,
  sku VARCHAR(64) NOT NULL,
  supplier_id VARCHAR(64) NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_supplier_offer_pk PRIMARY KEY (tenant_id, sku, supplier_id)
);

-- Purchase orders. expected_arrival is an ISO date (yyyy-mm-dd, so text order is date order);
-- draft_key is supplier/warehouse while the order is a draft and NULL after, so that a supplier
-- has at most one draft per warehouse (NULLs never collide in a unique key).
CREATE TABLE IF NOT EXISTS erp_purchase_order (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  status VARCHAR(32) NOT NULL,
  expected_arrival VARCHAR(10),
  draft_key VARCHAR(140),
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_purchase_order_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT erp_purchase_order_draft_uk UNIQUE (tenant_id, draft_key)
);

CREATE INDEX IF NOT EXISTS erp_purchase_order_arrival_ix
  ON erp_purchase_order (tenant_id, expected_arrival);
