package dev.crossborder.erp.platform.cases;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a platform's customer service API allows, as a {@link
 * dev.crossborder.erp.platform.CustomerServiceSource} reports it: which case kinds it can pull,
 * whether the seller can write free text, which order-scoped message types it sends, and on which
 * kinds the seller can accept or decline. A platform that cannot do something says so here rather
 * than ignoring the call: {@link #check} refuses what is outside the limits. Immutable.
 *
 * @param pulledKinds the kinds {@code cases(...)} returns (empty: the platform has no case feed)
 * @param freeReply whether {@link CaseAction.Reply} is allowed
 * @param messageTypes the message types {@link CaseAction.TypedMessage} may use (empty: none)
 * @param decidedKinds the kinds on which {@link CaseAction.Accept} and {@link CaseAction.Decline}
 *     are allowed
 */
public record CaseLimits(
    Set<CaseKind> pulledKinds, boolean freeReply, Set<String> messageTypes, Set<CaseKind> decidedKinds) {

  /** Copies the sets (sorted, so equal limits print equally). */
  public CaseLimits {
    pulledKinds = copy(Checks.present("pulledKinds", pulledKinds));
    messageTypes = Set.copyOf(new TreeSet<>(Checks.present("messageTypes", messageTypes)));
    decidedKinds = copy(Checks.present("decidedKinds", decidedKinds));
  }

  /** Refuses {@code action} on a case of {@code kind} with a {@link ReplyNotAllowedException}. */
  public void check(CaseKind kind, CaseAction action) {
    Checks.present("kind", kind);
    Checks.present("action", action);
    if (action instanceof CaseAction.Reply) {
      if (!freeReply) {
        throw new ReplyNotAllowedException(
            "action", "Reply", "is not offered by the platform: it sends order-scoped message types only "
                + messageTypes);
      }
    } else if (action instanceof CaseAction.TypedMessage typed) {
      if (!messageTypes.contains(typed.messageType())) {
        throw new ReplyNotAllowedException("messageType", typed.messageType(), "is not one of " + new TreeSet<>(messageTypes));
      }
    } else if (!decidedKinds.contains(kind)) {
      throw new ReplyNotAllowedException(
          "action", action.getClass().getSimpleName() + " on " + kind, "is not offered by the platform");
    }
  }

  private static Set<CaseKind> copy(Set<CaseKind> kinds) {
    return kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }
}
