package dev.crossborder.erp.platforms.fake;

import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/** {@link FakePlatform} passes the connector contract kit, set up natively. */
class FakePlatformContractTest extends PlatformConnectorContract {

  @Override
  protected Scenario newScenario() {
    return new FakeScenario();
  }

  /**
   * Seeds the fake directly. Every seeding step is recorded, so that {@link #restartedConnector()}
   * can build a second, independent fake holding the same platform data.
   */
  static final class FakeScenario implements Scenario {
    private final MutableClock clock = MutableClock.at("2026-06-01T00:00:00Z");
    private final Shop shop = Shop.of(
        ShopId.of("fake-us"),
        PlatformId.AMAZON,
        "ATVPDKIKX0DER",
        "Fake US",
        Currency.getInstance("USD"),
        ZoneId.of("America/Los_Angeles"));
    private final List<Consumer<FakePlatform>> steps = new ArrayList<>();
    private final FakePlatform fake = newFake();

    private FakePlatform newFake() {
      return FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock).pageSize(7).seed(7).build();
    }

    private void given(Consumer<FakePlatform> step) {
      steps.add(step);
      step.accept(fake);
    }

    @Override
    public PlatformConnector connector() {
      return fake;
    }

    @Override
    public Shop shop() {
      return shop;
    }

    @Override
    public void givenOrders(List<PlatformOrder> orders) {
      given(f -> orders.forEach(o -> f.putOrder(shop.id(), o)));
    }

    @Override
    public void givenOrderUpdated(PlatformOrder updated) {
      given(f -> {
        clock.set(updated.updatedAt());
        f.updateOrder(shop.id(), updated);
      });
    }

    @Override
    public boolean givenRepeatedPages() {
      given(f -> f.inject(FaultPlan.always(Fault.duplicatePage())));
      return true;
    }

    @Override
    public PlatformConnector restartedConnector() {
      FakePlatform restarted = newFake();
      steps.forEach(step -> step.accept(restarted));
      return restarted;
    }

    @Override
    public void givenListingRejected(String sellerSku, PlatformIssue issue) {
      given(f -> f.rejectListingsWhere(s -> s.sellerSku().equals(sellerSku), issue));
    }

    @Override
    public void givenPlatformStock(List<PlatformStock> stock) {
      given(f -> f.putPlatformStock(shop.id(), stock));
    }
  }
}
