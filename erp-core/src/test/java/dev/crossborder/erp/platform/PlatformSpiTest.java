package dev.crossborder.erp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformSpiTest {
  private static final String TOKEN = "Atzr|IwEBIA-very-secret-refresh-token";

  @Test
  void secretsNeverShowThemselves() {
    Credentials credentials = Credentials.of("refresh_token", TOKEN, "client_id", "amzn1.app");

    assertThat(credentials.toString()).isEqualTo("Credentials[client_id, refresh_token]");
    assertThat(credentials.require("refresh_token").toString()).isEqualTo("Secret[redacted]");
    assertThat(credentials.require("refresh_token").reveal()).isEqualTo(TOKEN);
    assertThatThrownBy(() -> credentials.require("client_secret"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("credentials lack client_secret");
    assertThatThrownBy(() -> Secret.of(" ")).isInstanceOf(InvalidInputException.class).hasMessageNotContaining(TOKEN);
  }

  @Test
  void inMemoryCredentialsRotateWithoutRebuilding() {
    Shop shop = Shop.of(ShopId.of("us"), PlatformId.AMAZON, "ATVPDKIKX0DER", "US", Currency.getInstance("USD"), ZoneId.of("UTC"));
    InMemoryCredentials provider = new InMemoryCredentials().put(shop.id(), Credentials.of("client_secret", "old"));

    assertThat(provider.credentials(shop).require("client_secret").reveal()).isEqualTo("old");
    provider.put(shop.id(), Credentials.of("client_secret", "new"));
    assertThat(provider.credentials(shop).require("client_secret").reveal()).isEqualTo("new");
    provider.remove(shop.id());
    assertThatThrownBy(() -> provider.credentials(shop)).isInstanceOf(ConfigurationException.class).hasMessageContaining("us");
  }

  @Test
  void orderWindowsMustMoveForward() {
    Instant t = Instant.parse("2026-11-24T00:00:00Z");

    assertThatThrownBy(() -> new OrderWindow(t, t))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    assertThat(new OrderWindow(t, t.plusSeconds(1)).to()).isAfter(t);
  }

  @Test
  void aBlankCursorEndsThePaging() {
    assertThat(new PlatformPage<>(List.of(1), " ").hasNext()).isFalse();
    assertThat(new PlatformPage<>(List.of(1), "abc").nextCursor()).contains("abc");
  }

  @Test
  void connectorErrorsNameThePlatformAndOperation() {
    RateLimitedException limited = new RateLimitedException(PlatformId.AMAZON, "searchOrders", Duration.ofSeconds(2), 429, null);
    AuthenticationException revoked =
        new AuthenticationException(PlatformId.EBAY, "getOrders", AuthenticationException.Reason.REVOKED, 401, null);

    assertThat(limited).hasMessage("AMAZON searchOrders: rate limited");
    assertThat(limited.isRetryable()).isTrue();
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(limited.httpStatus()).hasValue(429);
    assertThat(revoked).hasMessage("EBAY getOrders: authentication failed (revoked)");
    assertThat(revoked.isRetryable()).isFalse();
    assertThat(new MalformedResponseException(PlatformId.AMAZON, "getOrder", "LastUpdateDate", "is not a date", 200, null))
        .hasMessage("AMAZON getOrder: malformed response, LastUpdateDate is not a date");
  }

  @Test
  void shipmentConfirmationsRefuseBadInputNamingTheField() {
    assertThatThrownBy(
            () -> new ShipmentConfirmation("113-1", List.of(new ShipmentConfirmation.Item("L1", Quantity.of(1))), "UPS", null,
                "1Z 999", null, Instant.EPOCH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("trackingNumber"));
    assertThatThrownBy(() -> new ShipmentConfirmation("113-1", List.of(), "UPS", null, "1Z999", null, Instant.EPOCH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("items"));
  }
}
