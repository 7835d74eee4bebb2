package dev.crossborder.erp.store;

import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.cases.CaseId;
import dev.crossborder.erp.cases.Return;
import dev.crossborder.erp.cases.ReturnId;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Customer service cases and returns (RMA) of the transaction's tenant. Case threads may hold
 * buyer data: implementations never put them into logs or exception messages.
 */
public interface CaseRepository {

  /** The case with {@code id}. */
  Optional<Case> find(CaseId id);

  /** The case of {@code shop} with the platform's id {@code platformCaseId}. */
  Optional<Case> findByPlatformCaseId(ShopId shop, String platformCaseId);

  /**
   * Stores a new case at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on field {@code platformCaseId} if
   *     the shop already has a case with that platform id, on {@code caseId} if the id is taken
   */
  void insert(Case c);

  /**
   * Replaces the case read at {@code c.version()} and returns it at the next version.
   *
   * @throws ConcurrentUpdateException if the stored case has another version; nothing is written
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such case
   */
  Case update(Case c);

  /** The cases linked to {@code order}, by opening time then id. */
  List<Case> byOrder(OrderId order);

  /**
   * The cases waiting on the seller ({@code OPEN}, {@code AWAITING_SELLER}) whose due time is at or
   * before {@code now}, by due time then id, one page at a time.
   */
  Page<Case> overdue(Instant now, PageRequest page);

  /** The return with {@code id}. */
  Optional<Return> findReturn(ReturnId id);

  /**
   * Stores a new return at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on field {@code returnId} if taken
   */
  void insertReturn(Return r);

  /**
   * Replaces the return read at {@code r.version()} and returns it at the next version.
   *
   * @throws ConcurrentUpdateException if the stored return has another version
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such return
   */
  Return updateReturn(Return r);

  /** The returns of {@code order}, by authorisation time then id. */
  List<Return> returnsByOrder(OrderId order);
}
