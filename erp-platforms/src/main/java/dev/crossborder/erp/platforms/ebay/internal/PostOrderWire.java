package dev.crossborder.erp.platforms.ebay.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of eBay's Post-Order API v2: the parts of the return and cancellation search
 * answers the connector reads, and the bodies it sends, with eBay's field names. Enumerations are
 * plain strings, so a value eBay adds later never fails a read. Unknown fields are ignored; buyer
 * login names are not read at all.
 */
public final class PostOrderWire {
  private PostOrderWire() {}

  /**
   * eBay's {@code DateTime}: {@code {"value": "2026-03-01T10:00:00.000Z"}}.
   *
   * @param value the ISO 8601 instant
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DateTime(@Nullable String value) {}

  /**
   * eBay's {@code PaginationOutput}.
   *
   * @param limit entries per page
   * @param offset the page number eBay applied (1-based)
   * @param totalEntries how many entries match
   * @param totalPages how many pages there are
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Pagination(
      @Nullable Integer limit, @Nullable Integer offset, @Nullable Integer totalEntries, @Nullable Integer totalPages) {}

  /**
   * {@code GET /post-order/v2/return/search}'s answer.
   *
   * @param members the page's returns
   * @param paginationOutput the paging
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReturnPage(@Nullable List<ReturnSummary> members, @Nullable Pagination paginationOutput) {}

  /**
   * {@code ReturnSummaryType}.
   *
   * @param returnId the return id
   * @param orderId the order id
   * @param state the return's state ({@code RETURN_REQUESTED}, {@code CLOSED}...)
   * @param status the return's status ({@code RETURN_ESCALATED}...)
   * @param creationInfo what the buyer filed
   * @param sellerResponseDue what the seller must do and by when
   * @param closeInfo when it closed, if it did
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReturnSummary(
      @Nullable String returnId,
      @Nullable String orderId,
      @Nullable String state,
      @Nullable String status,
      @Nullable CreationInfo creationInfo,
      @Nullable ResponseDue sellerResponseDue,
      @Nullable CloseInfo closeInfo) {}

  /**
   * {@code ReturnCreationInfoType}.
   *
   * @param item the line returned
   * @param reason the buyer's reason code
   * @param comments the buyer's comment
   * @param creationDate when it was filed
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CreationInfo(
      @Nullable ReturnItem item, @Nullable String reason, @Nullable Text comments, @Nullable DateTime creationDate) {
    @Override
    public String toString() {
      return "CreationInfo[item=" + item + ", reason=" + reason + ", creationDate=" + creationDate + "]";
    }
  }

  /**
   * {@code ReturnItemType}.
   *
   * @param itemId the listing
   * @param transactionId the order line (eBay's legacy transaction id)
   * @param returnQuantity units returned
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReturnItem(@Nullable String itemId, @Nullable String transactionId, @Nullable Integer returnQuantity) {}

  /**
   * {@code Text}: {@code {"content": "..."}}; may hold buyer data, never printed.
   *
   * @param content the text
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Text(@Nullable String content) {
    @Override
    public String toString() {
      return "Text[" + (content == null ? 0 : content.length()) + " chars]";
    }
  }

  /**
   * {@code ReturnResponseDueType}.
   *
   * @param activityDue what the seller must do
   * @param respondByDate by when
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ResponseDue(@Nullable String activityDue, @Nullable DateTime respondByDate) {}

  /**
   * {@code ReturnCloseInfoType}.
   *
   * @param returnCloseReason why it closed
   * @param returnCloseDate when
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CloseInfo(@Nullable String returnCloseReason, @Nullable DateTime returnCloseDate) {}

  /**
   * {@code GET /post-order/v2/cancellation/search}'s answer.
   *
   * @param cancellations the page's cancellation requests
   * @param paginationOutput the paging
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CancellationPage(@Nullable List<Cancellation> cancellations, @Nullable Pagination paginationOutput) {}

  /**
   * {@code CancellationSummaryType}.
   *
   * @param cancelId the cancellation id
   * @param legacyOrderId the order id
   * @param requestorType {@code BUYER} or {@code SELLER}
   * @param cancelState {@code INITIATED}, {@code CLOSED}...
   * @param cancelStatus {@code CANCEL_REQUESTED}, {@code CANCEL_CLOSED_WITH_REFUND}...
   * @param cancelRequestDate when it was asked
   * @param cancelCloseDate when it closed, if it did
   * @param sellerResponseDueDate the seller's deadline
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Cancellation(
      @Nullable String cancelId,
      @Nullable String legacyOrderId,
      @Nullable String requestorType,
      @Nullable String cancelState,
      @Nullable String cancelStatus,
      @Nullable DateTime cancelRequestDate,
      @Nullable DateTime cancelCloseDate,
      @Nullable DateTime sellerResponseDueDate) {}

  /**
   * The body of {@code POST /post-order/v2/return/{returnId}/decide}.
   *
   * @param decision {@code ACCEPT} or {@code DECLINE}
   * @param comments the seller's comment, or {@code null}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Decision(String decision, @Nullable Text comments) {}
}
