package dev.crossborder.erp.cases.internal;

import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.cases.Return;
import java.util.LinkedHashMap;
import java.util.Map;

/** The domain events of cases and returns, and their payloads (never buyer data nor message text). */
final class CaseEvents {
  /** A case was imported for the first time. */
  static final String CASE_IMPORTED = "case.imported";
  /** A case changed (platform update, reply, assignment, state). */
  static final String CASE_CHANGED = "case.changed";
  /** A return changed step. */
  static final String RETURN_CHANGED = "return.changed";

  private CaseEvents() {}

  static Map<String, Object> of(Case c) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("caseId", c.id());
    payload.put("shopId", c.shopId());
    payload.put("platformCaseId", c.platformCaseId());
    payload.put("kind", c.kind());
    payload.put("orderId", c.orderId());
    payload.put("state", c.state());
    payload.put("dueAt", c.dueAt());
    payload.put("assignee", c.assignee());
    return payload;
  }

  static Map<String, Object> of(Return r) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("returnId", r.id());
    payload.put("orderId", r.orderId());
    payload.put("state", r.state());
    payload.put("units", r.units());
    payload.put("refund", r.refund() == null ? null : r.refund().amount());
    return payload;
  }
}
