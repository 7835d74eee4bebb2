package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.ReplyNotAllowedException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.shop.Shop;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@link CustomerServiceSource} on the Messaging API v1. Amazon offers no API to read buyer-seller
 * messages, A-to-z claims or return requests, and none to write free text: the seller can only
 * send, per order, the message types {@code getMessagingActionsForOrder} lists at that moment. So
 * the limits pull no case kind and allow no free reply nor decision; {@code cases} is an empty last
 * page; {@code respond} takes a {@link CaseAction.TypedMessage} of one of {@link #MESSAGE_TYPES},
 * reads the order's actions first, refuses a type the order does not offer now ({@link
 * ReplyNotAllowedException}, nothing sent) and sends the text. Thread-safe.
 */
final class AmazonMessaging implements CustomerServiceSource {
  static final String ACTIONS = "getMessagingActionsForOrder";
  static final String SEND = "createMessage";

  /** The message types of the Messaging API that carry seller text (attachments are not sent). */
  static final Set<String> MESSAGE_TYPES =
      Set.of("confirmCustomizationDetails", "confirmDeliveryDetails", "confirmOrderDetails", "confirmServiceDetails",
          "unexpectedProblem", "amazonMotors", "warranty", "digitalAccessKey");

  private static final CaseLimits LIMITS = new CaseLimits(Set.of(), false, MESSAGE_TYPES, Set.of());

  private final SpApi api;

  AmazonMessaging(SpApi api) {
    this.api = api;
  }

  @Override
  public CaseLimits limits(Shop shop) {
    api.marketplace(shop);
    return LIMITS;
  }

  @Override
  public PlatformPage<PlatformCase> cases(Shop shop, OrderWindow window, @Nullable String cursor) {
    api.marketplace(shop);
    requireNonNull(window, "window == null");
    return new PlatformPage<>(List.of(), null);
  }

  @Override
  public void respond(
      Shop shop, String platformCaseId, CaseKind kind, @Nullable String platformOrderId, CaseAction action) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(kind, "kind == null");
    LIMITS.check(kind, action);
    if (platformOrderId == null) {
      throw new InvalidInputException("platformOrderId", "null", "is required: Amazon messages are sent per order");
    }
    CaseAction.TypedMessage message = (CaseAction.TypedMessage) action;
    MessagingApi messaging = api.apis(marketplace).messaging();
    var actions = api.call(messaging.getMessagingActionsForOrder(platformOrderId, marketplace.id(), SpApi.read(shop, ACTIONS)));
    Set<String> offered = new TreeSet<>();
    if (actions.links() != null && actions.links().actions() != null) {
      for (MessagingWire.Link link : actions.links().actions()) {
        if (link != null && link.name() != null) {
          offered.add(link.name().strip());
        }
      }
    }
    if (!offered.contains(message.messageType())) {
      throw new ReplyNotAllowedException(
          "messageType", message.messageType(), "is not offered by Amazon for order " + platformOrderId + " now " + offered);
    }
    api.callDiscarding(messaging.createMessage(
        platformOrderId, message.messageType(), marketplace.id(), new MessagingWire.MessageRequest(message.text()),
        SpApi.write(shop, SEND)));
  }
}
