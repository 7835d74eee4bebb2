package dev.crossborder.erp.platforms.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sync engine pulls the {@code cases} stream of a shop whose connector has customer service,
 * after its orders, on the lease holder only, without anyone calling {@code cases().sync}.
 */
class CaseSyncOnEngineTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final ShopId SHOP = ShopId.of("ebay-cases-1");

  private final MutableClock clock = MutableClock.at(T0);
  private final Store store = new InMemoryStore();

  private FakePlatform fake() {
    return FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).pageSize(2).build();
  }

  private Erp erp(String instance, FakePlatform platform) {
    return Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId(instance).connector(platform).build();
  }

  private static PlatformCase message(String id, Instant at) {
    return new PlatformCase(
        SHOP, id, CaseKind.MESSAGE, null, PlatformCaseStatus.OPEN,
        List.of(new CaseMessage(MessageAuthor.BUYER, "where is my parcel?", at)), List.of(), null, at, at);
  }

  private static void putOnBoth(PlatformCase c, FakePlatform... platforms) {
    for (FakePlatform p : platforms) {
      p.putCase(SHOP, c);
    }
  }

  private Optional<SyncCheckpoint> casesCheckpoint() {
    return store.inTransaction(TENANT, tx -> tx.repository(SyncRepository.class).checkpoint(SHOP, "cases"));
  }

  @Test
  void runOnceImportsCasesOnTheLeaseHolderOnly() {
    // Two instances, each with its own view of the same platform, so calls are counted per instance.
    FakePlatform seenByA = fake();
    FakePlatform seenByB = fake();
    Erp a = erp("host-a", seenByA);
    Erp b = erp("host-b", seenByB);
    a.shops().create(Shop.of(SHOP, PlatformId.EBAY, "EBAY_US", "Shop", Currency.getInstance("USD"), ZoneId.of("UTC")));
    for (int i = 0; i < 3; i++) {
      putOnBoth(message("MSG-" + i, T0.minus(Duration.ofHours(1))), seenByA, seenByB);
    }

    List<SyncReport> byB = b.sync().runOnce();
    List<SyncReport> byA = a.sync().runOnce();

    assertThat(byB).hasSize(1);
    assertThat(seenByB.calls(Operation.CASES)).as("two pages of two cases").isEqualTo(2);
    assertThat(seenByA.calls(Operation.CASES)).as("host-a does not hold the shop").isZero();
    assertThat(seenByA.calls(Operation.ORDERS)).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(a.cases().findByPlatformCaseId(SHOP, "MSG-" + i)).isPresent();
    }
    assertThat(casesCheckpoint())
        .hasValueSatisfying(cp -> assertThat(cp.isPaging()).isFalse());
    assertThat(byA.stream().filter(r -> r.shop().equals(SHOP)).toList())
        .allSatisfy(r -> assertThat(r.outcome()).isNotEqualTo(SyncReport.Outcome.COMPLETED));

    // A case opened later arrives with the holder's next polling round.
    clock.advance(Duration.ofMinutes(5));
    putOnBoth(message("MSG-late", clock.instant()), seenByA, seenByB);
    clock.advance(Duration.ofMinutes(10));
    b.sync().runOnce();
    a.sync().runOnce();

    assertThat(b.cases().findByPlatformCaseId(SHOP, "MSG-late")).isPresent();
    assertThat(seenByA.calls(Operation.CASES)).isZero();
  }

  @Test
  void aConnectorWithoutCustomerServiceIsSyncedAsBefore() {
    FakePlatform platform = FakePlatform.builder().platform(PlatformId.EBAY).clock(clock)
        .withoutCapabilities(CustomerServiceSource.class).build();
    Erp erp = erp("host-a", platform);
    erp.shops().create(Shop.of(SHOP, PlatformId.EBAY, "EBAY_US", "Shop", Currency.getInstance("USD"), ZoneId.of("UTC")));

    List<SyncReport> reports = erp.sync().runOnce();

    assertThat(reports).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(SyncReport.Outcome.COMPLETED));
    assertThat(platform.calls(Operation.CASES)).isZero();
    assertThat(casesCheckpoint()).isEmpty();
  }
}
