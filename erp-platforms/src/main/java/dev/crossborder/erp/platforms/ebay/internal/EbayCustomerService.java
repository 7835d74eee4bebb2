package dev.crossborder.erp.platforms.ebay.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseItem;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.Cancellation;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.CancellationPage;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.DateTime;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.Pagination;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.ReturnPage;
import dev.crossborder.erp.platforms.ebay.internal.PostOrderWire.ReturnSummary;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@link CustomerServiceSource} on eBay's Post-Order API v2: return requests ({@code
 * return/search}) and cancellation requests ({@code cancellation/search}) created in the window,
 * page by page, returns first; the seller accepts or declines a return ({@code return/{id}/decide}
 * with {@code ACCEPT} or {@code DECLINE}, the decline reason as its comment) and approves or
 * rejects a cancellation ({@code cancellation/{id}/approve} / {@code reject}). No free text and no
 * message types: {@code return/{id}/send_message} is not implemented, INR/SNAD cases and inquiries
 * are not pulled. The search filters only by creation date (the API has no modification filter),
 * so a case updated after the window it was created in is not read again by a later window. The
 * cursor holds the shop, the window, the list and eBay's page number. Thread-safe.
 */
final class EbayCustomerService implements CustomerServiceSource {
  static final String SEARCH_RETURNS = "searchReturns";
  static final String SEARCH_CANCELLATIONS = "searchCancellations";
  static final String DECIDE_RETURN = "decideReturn";
  static final String APPROVE_CANCELLATION = "approveCancellation";
  static final String REJECT_CANCELLATION = "rejectCancellation";
  static final int PAGE_SIZE = 50;

  static final CaseLimits LIMITS = new CaseLimits(
      Set.of(CaseKind.RETURN_REQUEST, CaseKind.CANCELLATION_REQUEST), false, Set.of(),
      Set.of(CaseKind.RETURN_REQUEST, CaseKind.CANCELLATION_REQUEST));

  private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9._:-]+");
  private static final String RETURNS = "returns";
  private static final String CANCELLATIONS = "cancellations";

  private final SellContext api;
  private final PostOrderApi postOrder;

  EbayCustomerService(SellContext api, PostOrderApi postOrder) {
    this.api = api;
    this.postOrder = postOrder;
  }

  @Override
  public CaseLimits limits(Shop shop) {
    api.marketplace(shop);
    return LIMITS;
  }

  @Override
  public PlatformPage<PlatformCase> cases(Shop shop, OrderWindow window, @Nullable String cursor) {
    requireNonNull(window, "window == null");
    String marketplace = api.marketplace(shop);
    String scope = "cases|" + shop.id().value() + "|" + window.from() + "|" + window.to() + "|";
    String list = RETURNS;
    int page = 1;
    if (cursor != null) {
      try {
        page = OffsetCursors.decode(scope + RETURNS, cursor, SEARCH_RETURNS);
      } catch (PlatformRequestException notReturns) {
        page = OffsetCursors.decode(scope + CANCELLATIONS, cursor, SEARCH_CANCELLATIONS);
        list = CANCELLATIONS;
      }
    }
    String from = EbayOrderSource.iso(window.from());
    String to = EbayOrderSource.iso(window.to());
    List<PlatformCase> cases = new ArrayList<>();
    boolean more;
    if (list.equals(RETURNS)) {
      ReturnPage answer = api.call(postOrder.searchReturns(
          from, to, "SELLER", PAGE_SIZE, page, marketplace, SellContext.read(shop, SEARCH_RETURNS)));
      List<ReturnSummary> members = answer.members() == null ? List.of() : answer.members();
      for (int i = 0; i < members.size(); i++) {
        String field = "members[" + i + "].";
        ReturnSummary member = members.get(i);
        keep(cases, mapped(() -> returnCase(shop.id(), member, field), field, SEARCH_RETURNS), window);
      }
      more = more(answer.paginationOutput(), page, members.size());
    } else {
      CancellationPage answer = api.call(postOrder.searchCancellations(
          from, to, PAGE_SIZE, page, marketplace, SellContext.read(shop, SEARCH_CANCELLATIONS)));
      List<Cancellation> members = answer.cancellations() == null ? List.of() : answer.cancellations();
      for (int i = 0; i < members.size(); i++) {
        String field = "cancellations[" + i + "].";
        Cancellation member = members.get(i);
        keep(cases, mapped(() -> cancellationCase(shop.id(), member, field), field, SEARCH_CANCELLATIONS), window);
      }
      more = more(answer.paginationOutput(), page, members.size());
    }
    String next;
    if (more) {
      next = OffsetCursors.encode(scope + list, page + 1);
    } else if (list.equals(RETURNS)) {
      next = OffsetCursors.encode(scope + CANCELLATIONS, 1);
    } else {
      next = null;
    }
    return new PlatformPage<>(cases, next);
  }

  @Override
  public void respond(
      Shop shop, String platformCaseId, CaseKind kind, @Nullable String platformOrderId, CaseAction action) {
    String marketplace = api.marketplace(shop);
    requireNonNull(kind, "kind == null");
    LIMITS.check(kind, action);
    String id = caseId(platformCaseId);
    boolean accept = action instanceof CaseAction.Accept;
    if (kind == CaseKind.RETURN_REQUEST) {
      PostOrderWire.Decision decision = accept
          ? new PostOrderWire.Decision("ACCEPT", null)
          : new PostOrderWire.Decision("DECLINE", new PostOrderWire.Text(((CaseAction.Decline) action).reason()));
      api.callDiscarding(postOrder.decideReturn(id, decision, marketplace, SellContext.write(shop, DECIDE_RETURN)));
    } else if (accept) {
      api.callDiscarding(postOrder.approveCancellation(id, Map.of(), marketplace, SellContext.write(shop, APPROVE_CANCELLATION)));
    } else {
      api.callDiscarding(postOrder.rejectCancellation(id, Map.of(), marketplace, SellContext.write(shop, REJECT_CANCELLATION)));
    }
  }

  /** {@code value} if it is an eBay return or cancellation id (1 to 100 letters, digits, . _ : -). */
  private static String caseId(@Nullable String value) {
    requireNonNull(value, "platformCaseId == null");
    if (value.isEmpty() || value.length() > 100 || !CASE_ID.matcher(value).matches()) {
      throw new InvalidInputException("platformCaseId", "\"" + value + "\"", "must be 1 to 100 of letters, digits, . _ : -");
    }
    return value;
  }

  /** Runs {@code mapping}, turning a value the case types refuse into a malformed response. */
  private static PlatformCase mapped(Supplier<PlatformCase> mapping, String field, String operation) {
    try {
      return mapping.get();
    } catch (MalformedResponseException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new MalformedResponseException(SellContext.EBAY, operation, field + e.field(), "is invalid", 200, e);
    }
  }

  private static void keep(List<PlatformCase> cases, PlatformCase c, OrderWindow window) {
    if (!c.openedAt().isBefore(window.from()) && c.openedAt().isBefore(window.to())) {
      cases.add(c);
    }
  }

  private static boolean more(@Nullable Pagination pagination, int page, int size) {
    if (size == 0) {
      return false;
    }
    if (pagination != null && pagination.totalPages() != null) {
      return page < pagination.totalPages();
    }
    if (pagination != null && pagination.totalEntries() != null) {
      return (long) page * PAGE_SIZE < pagination.totalEntries();
    }
    return size >= PAGE_SIZE;
  }

  /** A return request as a {@link CaseKind#RETURN_REQUEST} case. */
  static PlatformCase returnCase(ShopId shop, ReturnSummary r, String field) {
    String id = required(r.returnId(), field + "returnId", SEARCH_RETURNS);
    PostOrderWire.CreationInfo info = r.creationInfo();
    Instant opened = instant(info == null ? null : info.creationDate(), field + "creationInfo.creationDate", SEARCH_RETURNS, true);
    Instant closed = r.closeInfo() == null ? null
        : instant(r.closeInfo().returnCloseDate(), field + "closeInfo.returnCloseDate", SEARCH_RETURNS, false);
    Instant respondBy = r.sellerResponseDue() == null ? null
        : instant(r.sellerResponseDue().respondByDate(), field + "sellerResponseDue.respondByDate", SEARCH_RETURNS, false);
    String state = upper(r.state()) + " " + upper(r.status());
    PlatformCaseStatus status = state.contains("CLOSED") ? PlatformCaseStatus.CLOSED
        : state.contains("ESCALATED") ? PlatformCaseStatus.ESCALATED : PlatformCaseStatus.OPEN;
    List<CaseItem> items = new ArrayList<>();
    if (info != null && info.item() != null && info.item().transactionId() != null) {
      Integer quantity = info.item().returnQuantity();
      if (quantity == null || quantity < 1) {
        throw new MalformedResponseException(
            SellContext.EBAY, SEARCH_RETURNS, field + "creationInfo.item.returnQuantity", "is " + quantity + ", not positive", 200, null);
      }
      items.add(new CaseItem(info.item().transactionId(), quantity));
    }
    List<CaseMessage> messages = new ArrayList<>();
    if (info != null && info.comments() != null && info.comments().content() != null && !info.comments().content().isBlank()) {
      String text = info.comments().content().strip();
      messages.add(new CaseMessage(MessageAuthor.BUYER, text.length() > CaseMessage.MAX_TEXT ? text.substring(0, CaseMessage.MAX_TEXT) : text,
          opened));
    }
    Instant updated = closed != null && closed.isAfter(opened) ? closed : opened;
    return new PlatformCase(shop, id, CaseKind.RETURN_REQUEST, blankToNull(r.orderId()), status, messages, items,
        status == PlatformCaseStatus.CLOSED ? null : respondBy, opened, updated);
  }

  /** A cancellation request as a {@link CaseKind#CANCELLATION_REQUEST} case for the whole order. */
  static PlatformCase cancellationCase(ShopId shop, Cancellation c, String field) {
    String id = required(c.cancelId(), field + "cancelId", SEARCH_CANCELLATIONS);
    Instant opened = instant(c.cancelRequestDate(), field + "cancelRequestDate", SEARCH_CANCELLATIONS, true);
    Instant closed = instant(c.cancelCloseDate(), field + "cancelCloseDate", SEARCH_CANCELLATIONS, false);
    Instant respondBy = instant(c.sellerResponseDueDate(), field + "sellerResponseDueDate", SEARCH_CANCELLATIONS, false);
    String state = upper(c.cancelState()) + " " + upper(c.cancelStatus());
    PlatformCaseStatus status = closed != null || state.contains("CLOSED") ? PlatformCaseStatus.CLOSED : PlatformCaseStatus.OPEN;
    Instant updated = closed != null && closed.isAfter(opened) ? closed : opened;
    return new PlatformCase(shop, id, CaseKind.CANCELLATION_REQUEST, blankToNull(c.legacyOrderId()), status, List.of(), List.of(),
        status == PlatformCaseStatus.CLOSED ? null : respondBy, opened, updated);
  }

  private static String required(@Nullable String value, String field, String operation) {
    if (value == null || value.isBlank()) {
      throw new MalformedResponseException(SellContext.EBAY, operation, field, "is missing", 200, null);
    }
    return value.strip();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String upper(@Nullable String value) {
    return value == null ? "" : value.toUpperCase(Locale.ROOT);
  }

  private static @Nullable Instant instant(@Nullable DateTime date, String field, String operation, boolean required) {
    if (date == null || date.value() == null || date.value().isBlank()) {
      if (required) {
        throw new MalformedResponseException(SellContext.EBAY, operation, field, "is missing", 200, null);
      }
      return null;
    }
    try {
      return Instant.parse(date.value().strip());
    } catch (DateTimeParseException e) {
      throw new MalformedResponseException(SellContext.EBAY, operation, field, "is not an ISO 8601 instant", 200, e);
    }
  }
}
