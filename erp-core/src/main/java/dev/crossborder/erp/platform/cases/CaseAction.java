package dev.crossborder.erp.platform.cases;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * What the seller sends back on a case through {@link
 * dev.crossborder.erp.platform.CustomerServiceSource#respond}. Which actions a platform takes is
 * in its {@link CaseLimits}; an action outside them is refused with a {@link
 * ReplyNotAllowedException} before anything is sent.
 */
public sealed interface CaseAction {

  /** A free-text reply in the case's thread. */
  record Reply(String text) implements CaseAction {
    /** Validates the text (buyer-facing; never echoed in errors). */
    public Reply {
      text = Checks.pii("text", text, CaseMessage.MAX_TEXT, false);
    }
  }

  /**
   * An order-scoped message of one of the platform's message types (Amazon's Messaging API:
   * {@code confirmDeliveryDetails}, {@code unexpectedProblem}...), with its text where the type
   * takes one.
   */
  record TypedMessage(String messageType, String text) implements CaseAction {
    /** Validates both fields. */
    public TypedMessage {
      messageType = Checks.token("messageType", messageType, 64);
      text = Checks.pii("text", text, CaseMessage.MAX_TEXT, false);
    }
  }

  /** Accepts the request (approves a cancellation or a return). */
  record Accept() implements CaseAction {}

  /** Declines the request, with the reason the buyer is shown. */
  record Decline(String reason) implements CaseAction {
    /** Validates the reason. */
    public Decline {
      reason = Checks.text("reason", reason, 1000);
    }
  }
}
