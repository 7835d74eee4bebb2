package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire records of the Messaging API v1. */
final class MessagingWire {
  private MessagingWire() {}

  /** {@code GetMessagingActionsForOrderResponse}: HAL links, one per available action. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record GetMessagingActionsResponse(@JsonProperty("_links") @Nullable Links links) {}

  /** The {@code _links} object. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Links(@Nullable List<Link> actions) {}

  /** One action: its href and its name (the message type). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Link(@Nullable String href, @Nullable String name) {}

  /** The body of the text-carrying message types. */
  record MessageRequest(String text) {}
}
