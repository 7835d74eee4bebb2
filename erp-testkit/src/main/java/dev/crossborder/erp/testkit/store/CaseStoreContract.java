package dev.crossborder.erp.testkit.store;

import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.cases.CaseId;
import dev.crossborder.erp.platform.cases.CaseItem;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.cases.CaseState;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.cases.Refund;
import dev.crossborder.erp.cases.RefundKind;
import dev.crossborder.erp.cases.Return;
import dev.crossborder.erp.cases.ReturnId;
import dev.crossborder.erp.cases.ReturnLine;
import dev.crossborder.erp.cases.ReturnState;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CaseRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CaseRepository}: cases inserted once per (shop, platform case id) and read
 * back exactly (threads included), updated at their version only, listed by order and by due time
 * (the overdue query, keyset-paged), returns with their refund, and tenant isolation. {@link
 * StoreContract} runs it as its nested group {@code Cases}; a host may also extend it alone. Every
 * test writes under its own random tenant.
 */
public abstract class CaseStoreContract {
  private static final ShopId SHOP = ShopId.of("ebay-us");
  private static final OrderId ORDER = OrderId.of("ord-1");

  private final TenantId tenant = TenantId.of("kit-" + UUID.randomUUID());

  /** Creates the contract; subclasses need no constructor of their own. */
  protected CaseStoreContract() {}

  /** The store under test; may be shared by every test. */
  protected abstract Store store();

  @Test
  void insertsACaseAtVersionZeroAndReadsItBackExactly() {
    Case c = aCase("c1", "P-1", ORDER, CaseState.AWAITING_SELLER, T0.plus(Duration.ofHours(24))).atVersion(5);
    run(repo -> repo.insert(c));

    assertThat(caseOf("c1")).contains(c.atVersion(0));
    assertThat(byPlatformId(SHOP, "P-1")).contains(c.atVersion(0));
    assertThat(byPlatformId(ShopId.of("other"), "P-1")).isEmpty();
    assertThat(caseOf("none")).isEmpty();
  }

  @Test
  void refusesASecondCaseWithTheSamePlatformIdInTheShop() {
    run(repo -> repo.insert(aCase("c1", "P-1", ORDER, CaseState.OPEN, null)));

    assertThatThrownBy(() -> run(repo -> repo.insert(aCase("c2", "P-1", null, CaseState.OPEN, null))))
        .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("platformCaseId"));
    assertThat(caseOf("c2")).isEmpty();
  }

  @Test
  void updatesACaseAtTheReadVersionOnly() {
    Case c = aCase("c1", "P-1", ORDER, CaseState.AWAITING_SELLER, T0);
    run(repo -> repo.insert(c));
    Case assigned = c.withAssignee("lin");

    Case stored = store().inTransaction(tenant, tx -> tx.repository(CaseRepository.class).update(assigned));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(caseOf("c1")).contains(stored);
    assertThatThrownBy(() -> run(repo -> repo.update(assigned))).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> run(repo -> repo.update(aCase("none", "P-9", null, CaseState.OPEN, null))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("caseId"));
  }

  @Test
  void listsOverdueCasesWaitingOnTheSellerByDueTimeInPages() {
    run(
        repo -> {
          repo.insert(aCase("c1", "P-1", ORDER, CaseState.AWAITING_SELLER, T0.plusSeconds(30)));
          repo.insert(aCase("c2", "P-2", ORDER, CaseState.OPEN, T0.plusSeconds(10)));
          repo.insert(aCase("c3", "P-3", null, CaseState.AWAITING_SELLER, T0.plusSeconds(10)));
          repo.insert(aCase("c4", "P-4", null, CaseState.AWAITING_SELLER, T0.plusSeconds(90)));
          repo.insert(aCase("c5", "P-5", null, CaseState.AWAITING_BUYER, null));
          repo.insert(aCase("c6", "P-6", null, CaseState.OPEN, null));
        });
    Instant now = T0.plusSeconds(60);

    assertThat(StoreContract.pageAll(2, page -> call(repo -> repo.overdue(now, page))))
        .extracting(c -> c.id().value())
        .containsExactly("c2", "c3", "c1");
    List<Case> none = call(repo -> repo.overdue(T0, PageRequest.first(10))).items();
    assertThat(none).isEmpty();
    List<Case> ofOrder = call(repo -> repo.byOrder(ORDER));
    assertThat(ofOrder).extracting(c -> c.id().value()).containsExactly("c1", "c2");
  }

  @Test
  void storesReturnsWithTheirRefundAndUpdatesThemAtTheReadVersion() {
    Return authorised =
        new Return(ReturnId.of("r1"), ORDER, CaseId.of("c1"), ReturnState.AUTHORISED,
            List.of(new ReturnLine("L1", SkuCode.of("MUG"), 2, 0, 0)), null, null, T0, 0);
    run(repo -> repo.insertReturn(authorised));
    Refund refund =
        new Refund(ReturnId.of("r1"), ORDER, RefundKind.PARTIAL, Money.of("25.98", "USD"), Money.of("0.00", "USD"),
            Money.of("10.00", "USD"), T0.plusSeconds(5));
    Return refunded =
        authorised.advance(ReturnState.AUTHORISED, ReturnState.REFUNDED)
            .with(List.of(new ReturnLine("L1", SkuCode.of("MUG"), 2, 1, 1)), WarehouseId.of("CN-SZ"), refund);

    Return stored = store().inTransaction(tenant, tx -> tx.repository(CaseRepository.class).updateReturn(refunded));

    assertThat(stored.version()).isEqualTo(1);
    Optional<Return> found = call(repo -> repo.findReturn(ReturnId.of("r1")));
    assertThat(found).contains(stored);
    List<Return> returns = call(repo -> repo.returnsByOrder(ORDER));
    assertThat(returns).containsExactly(stored);
    assertThatThrownBy(() -> run(repo -> repo.updateReturn(refunded))).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> run(repo -> repo.insertReturn(authorised)))
        .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("returnId"));
  }

  @Test
  void keepsCasesAndReturnsOfOneTenantFromAnother() {
    run(repo -> repo.insert(aCase("c1", "P-1", ORDER, CaseState.OPEN, T0)));
    TenantId other = TenantId.of("kit-" + UUID.randomUUID());

    Optional<Case> seen = store().inTransaction(other, tx -> tx.repository(CaseRepository.class).find(CaseId.of("c1")));
    List<Case> due =
        store().inTransaction(other, tx -> tx.repository(CaseRepository.class).overdue(T0.plusSeconds(1), PageRequest.first(10))).items();
    assertThat(seen).isEmpty();
    assertThat(due).isEmpty();
  }

  @Test
  void rollsBackACaseWrittenInAFailedTransaction() {
    assertThatThrownBy(
            () ->
                run(
                    repo -> {
                      repo.insert(aCase("c1", "P-1", ORDER, CaseState.OPEN, null));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(byPlatformId(SHOP, "P-1")).isEmpty();
  }

  private static Case aCase(
      String id, String platformCaseId, @Nullable OrderId order, CaseState state, @Nullable Instant dueAt) {
    return new Case(CaseId.of(id), SHOP, platformCaseId, CaseKind.MESSAGE, order == null ? null : "113-" + id, order,
        state, PlatformCaseStatus.OPEN,
        List.of(new CaseMessage(MessageAuthor.BUYER, "Where is my parcel? Jane, 1 Main St", T0.minusSeconds(60))),
        List.of(new CaseItem("L1", 1)), dueAt, null, null, T0.minusSeconds(120),
        T0.minusSeconds(60), 0);
  }

  private Optional<Case> caseOf(String id) {
    return store().inTransaction(tenant, tx -> tx.repository(CaseRepository.class).find(CaseId.of(id)));
  }

  private Optional<Case> byPlatformId(ShopId shop, String platformCaseId) {
    return store().inTransaction(tenant, tx -> tx.repository(CaseRepository.class).findByPlatformCaseId(shop, platformCaseId));
  }

  private void run(Consumer<CaseRepository> work) {
    store().useTransaction(tenant, tx -> work.accept(tx.repository(CaseRepository.class)));
  }

  private <T> T call(Function<CaseRepository, T> work) {
    return store().inTransaction(tenant, tx -> work.apply(tx.repository(CaseRepository.class)));
  }
}
