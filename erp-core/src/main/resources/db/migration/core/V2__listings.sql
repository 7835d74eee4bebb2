-- erp-core schema, version 2: listings. Same rules as V1: runs unchanged on H2 2.x and
-- PostgreSQL 15, every statement is idempotent, every key starts with tenant_id, aggregates are
-- JSON documents (doc) beside the columns that queries and keys need.

-- Listings, one JSON document each, keyed by shop and seller SKU; optimistic version. sku_code
-- is the paired local SKU (null while unpaired); pending is true while a submission is stored
-- but not yet answered. Lists are keyset-paged by (shop_id, seller_sku).
CREATE TABLE IF NOT EXISTS erp_listing (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  seller_sku VARCHAR(200) NOT NULL,
  status VARCHAR(16) NOT NULL,
  sku_code VARCHAR(64),
  pending BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_listing_pk PRIMARY KEY (tenant_id, shop_id, seller_sku)
);

CREATE INDEX IF NOT EXISTS erp_listing_sku_ix
  ON erp_listing (tenant_id, sku_code, shop_id, seller_sku);

CREATE INDEX IF NOT EXISTS erp_listing_status_ix
  ON erp_listing (tenant_id, status, shop_id, seller_sku);

CREATE INDEX IF NOT EXISTS erp_listing_pending_ix
  ON erp_listing (tenant_id, pending, shop_id, seller_sku);

-- Listing templates, one JSON document each; listed per platform by id.
CREATE TABLE IF NOT EXISTS erp_listing_template (
  tenant_id VARCHAR(64) NOT NULL,
  id VARCHAR(100) NOT NULL,
  platform VARCHAR(32) NOT NULL,
  doc VARCHAR NOT NULL,
  CONSTRAINT erp_listing_template_pk PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS erp_listing_template_platform_ix
  ON erp_listing_template (tenant_id, platform, id);

-- The pairing table (配对): which local SKU a shop's seller SKU stands for.
CREATE TABLE IF NOT EXISTS erp_listing_mapping (
  tenant_id VARCHAR(64) NOT NULL,
  shop_id VARCHAR(64) NOT NULL,
  seller_sku VARCHAR(200) NOT NULL,
  sku_code VARCHAR(64) NOT NULL,
  CONSTRAINT erp_listing_mapping_pk PRIMARY KEY (tenant_id, shop_id, seller_sku)
);
