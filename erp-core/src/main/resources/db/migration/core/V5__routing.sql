-- erp-core schema, version 5: routing. Same rules as V1: runs unchanged on H2 2.x and PostgreSQL 15,
-- every statement is idempotent, every key starts with tenant_id.

-- The last routing decision per order: the rule set that decided, the status it gave the order,
-- and the decision's trace as text (rule fired per stage, inputs, alternatives and why they lost).
-- Never buyer data: the rule engine keeps only hashed buyer keys.
CREATE TABLE IF NOT EXISTS erp_routing_decision (
  tenant_id VARCHAR(64) NOT NULL,
  order_id VARCHAR(64) NOT NULL,
  rule_set_id VARCHAR(100) NOT NULL,
  rule_set_version INTEGER NOT NULL,
  status VARCHAR(32) NOT NULL,
  explanation VARCHAR NOT NULL,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT erp_routing_decision_pk PRIMARY KEY (tenant_id, order_id)
);
