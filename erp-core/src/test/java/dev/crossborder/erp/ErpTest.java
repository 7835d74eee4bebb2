package dev.crossborder.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErpTest {

  @Test
  void buildsWithOnlyATenantOnTheInMemoryStore() {
    Erp erp = Erp.builder().tenant(TenantId.of("acme")).build();

    assertThat(erp.tenant()).isEqualTo(TenantId.of("acme"));
    assertThat(erp.store()).isInstanceOf(InMemoryStore.class);
    assertThat(erp.drainOutbox()).isZero();
  }

  @Test
  void refusesToBuildWithoutATenant() {
    assertThatThrownBy(() -> Erp.builder().build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
        .hasMessageContaining("tenant");
  }

  @Test
  void refusesASettingGivenTwice() {
    Erp.Builder builder = Erp.builder().tenant(TenantId.of("a")).clock(MutableClock.at("2026-01-01T00:00:00Z"));

    assertThatThrownBy(() -> builder.tenant(TenantId.of("b"))).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> builder.clock(MutableClock.at("2026-01-01T00:00:00Z"))).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> builder.store(new InMemoryStore()).store(new InMemoryStore()))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void refusesTwoListenersUnderOneName() {
    Erp.Builder builder = Erp.builder().listener("audit", e -> {});

    assertThatThrownBy(() -> builder.listener("audit", e -> {}))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("audit");
  }

  @Test
  void registersOneConnectorPerPlatform() {
    PlatformConnector amazon = connector(PlatformId.AMAZON);
    Erp.Builder builder = Erp.builder().tenant(TenantId.of("a")).connector(amazon).connector(connector(PlatformId.EBAY));

    assertThatThrownBy(() -> builder.connector(connector(PlatformId.of("amazon"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("AMAZON");
    Erp erp = builder.build();
    assertThat(erp.connector(PlatformId.AMAZON)).containsSame(amazon);
    assertThat(erp.connector(PlatformId.SHOPIFY)).isEmpty();
  }

  private static PlatformConnector connector(PlatformId platform) {
    return new PlatformConnector() {
      @Override
      public PlatformId platform() {
        return platform;
      }

      @Override
      public <T extends Capability> Optional<T> capability(Class<T> type) {
        return Optional.empty();
      }
    };
  }

  @Test
  void tenantsSharingAStoreSeeOnlyTheirOwnData() {
    InMemoryStore store = new InMemoryStore();
    Erp a = Erp.builder().tenant(TenantId.of("a")).store(store).build();
    Erp b = Erp.builder().tenant(TenantId.of("b")).store(store).build();
    ShopId id = ShopId.of("s1");
    a.shops().create(Shop.of(id, PlatformId.EBAY, "EBAY_GB", "Shop", Currency.getInstance("GBP"), ZoneId.of("Europe/London")));

    assertThat(a.shops().shop(id)).isPresent();
    assertThat(b.shops().shop(id)).isEmpty();
  }
}
