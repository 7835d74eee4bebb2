package dev.crossborder.erp.cases;

import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.platform.cases.CaseItem;

import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer service case in the inbox: one platform case of one shop (unique per tenant, shop and
 * platform case id), linked to its order when the platform named one that the SDK holds, with its
 * thread, state, due time and assignee. Immutable and thread-safe; {@link #version()} is the
 * optimistic version the store checks on update. The thread may hold buyer data; {@code
 * toString()} leaves it out.
 *
 * @param id the case's id
 * @param shopId the shop
 * @param platformCaseId the platform's id of the case
 * @param kind what it is about
 * @param platformOrderId the platform order it concerns, or {@code null}
 * @param orderId the linked order, or {@code null} if none is named or none is stored yet
 * @param state the inbox state
 * @param platformStatus the platform's state at the last import
 * @param messages the thread, oldest first
 * @param items the lines a return or cancellation request names
 * @param dueAt when the seller's answer is due ({@code null} when nothing is owed)
 * @param assignee who works on it, or {@code null}
 * @param resolution why it was resolved (short text), or {@code null}
 * @param openedAt when the case was opened on the platform
 * @param platformUpdatedAt the platform's last change seen
 * @param version the optimistic version
 */
public record Case(
    CaseId id,
    ShopId shopId,
    String platformCaseId,
    CaseKind kind,
    @Nullable String platformOrderId,
    @Nullable OrderId orderId,
    CaseState state,
    PlatformCaseStatus platformStatus,
    List<CaseMessage> messages,
    List<CaseItem> items,
    @Nullable Instant dueAt,
    @Nullable String assignee,
    @Nullable String resolution,
    Instant openedAt,
    Instant platformUpdatedAt,
    long version) {

  /** Validates every field and copies the lists. */
  public Case {
    Checks.present("caseId", id);
    Checks.present("shopId", shopId);
    platformCaseId = Checks.text("platformCaseId", platformCaseId, 100);
    Checks.present("kind", kind);
    platformOrderId = platformOrderId == null ? null : Checks.text("platformOrderId", platformOrderId, 100);
    Checks.present("state", state);
    Checks.present("platformStatus", platformStatus);
    messages = List.copyOf(Checks.present("messages", messages));
    items = List.copyOf(Checks.present("items", items));
    assignee = assignee == null ? null : Checks.text("assignee", assignee, 100);
    resolution = resolution == null ? null : Checks.text("resolution", resolution, 500);
    Checks.present("openedAt", openedAt);
    Checks.present("platformUpdatedAt", platformUpdatedAt);
    Checks.nonNegative("version", version);
  }

  /** The linked order, empty if none. */
  public Optional<OrderId> order() {
    return Optional.ofNullable(orderId);
  }

  /** Whether the seller owes an answer and its due time has passed at {@code now}. */
  public boolean isOverdue(Instant now) {
    return state.isWaitingOnSeller() && dueAt != null && !now.isBefore(dueAt);
  }

  /** This case in state {@code next}, refusing what {@link CaseState} does not allow. */
  public Case changeState(CaseState next) {
    if (!state.canChangeTo(next)) {
      throw new IllegalTransitionException("state", state, next);
    }
    return new Case(id, shopId, platformCaseId, kind, platformOrderId, orderId, next, platformStatus, messages,
        items, next.isWaitingOnSeller() ? dueAt : null, assignee, resolution, openedAt, platformUpdatedAt, version);
  }

  /** This case with {@code message} appended to its thread. */
  public Case withMessage(CaseMessage message) {
    List<CaseMessage> thread = new ArrayList<>(messages);
    thread.add(Checks.present("message", message));
    return new Case(id, shopId, platformCaseId, kind, platformOrderId, orderId, state, platformStatus, thread,
        items, dueAt, assignee, resolution, openedAt, platformUpdatedAt, version);
  }

  /** This case linked to {@code order}. */
  public Case withOrder(OrderId order) {
    return new Case(id, shopId, platformCaseId, kind, platformOrderId, Checks.present("orderId", order), state,
        platformStatus, messages, items, dueAt, assignee, resolution, openedAt, platformUpdatedAt, version);
  }

  /** This case assigned to {@code person} ({@code null} to unassign). */
  public Case withAssignee(@Nullable String person) {
    return new Case(id, shopId, platformCaseId, kind, platformOrderId, orderId, state, platformStatus, messages,
        items, dueAt, person, resolution, openedAt, platformUpdatedAt, version);
  }

  /** This case resolved for {@code why}. */
  public Case resolved(String why) {
    Case next = changeState(CaseState.RESOLVED);
    return new Case(id, shopId, platformCaseId, kind, platformOrderId, orderId, next.state, platformStatus,
        messages, items, null, assignee, why, openedAt, platformUpdatedAt, version);
  }

  /** This case at {@code nextVersion}, as the store returns it after a write. */
  public Case atVersion(long nextVersion) {
    return new Case(id, shopId, platformCaseId, kind, platformOrderId, orderId, state, platformStatus, messages,
        items, dueAt, assignee, resolution, openedAt, platformUpdatedAt, nextVersion);
  }

  @Override
  public String toString() {
    return "Case[" + id + ", " + shopId + "/" + platformCaseId + ", " + kind + ", " + state + ", due " + dueAt + "]";
  }
}
