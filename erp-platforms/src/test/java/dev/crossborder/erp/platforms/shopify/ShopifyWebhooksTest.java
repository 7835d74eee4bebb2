package dev.crossborder.erp.platforms.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.platform.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ShopifyWebhooksTest {
  private static final Secret SECRET = Secret.of("shpss_test_client_secret_0123456789");
  private static final byte[] BODY =
      "{\"id\":820982911946154508,\"email\":\"jon@example.com\",\"total_price\":\"403.00\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** Computed independently of the verifier, straight from javax.crypto. */
  private static String expected(String key, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  @Test
  void acceptsTheHeaderShopifyWouldSend() throws Exception {
    String header = expected("shpss_test_client_secret_0123456789", BODY);

    assertThat(ShopifyWebhooks.verify(SECRET, BODY, header)).isTrue();
    assertThat(ShopifyWebhooks.verify(SECRET, BODY, " " + header + " ")).isTrue();
  }

  @Test
  void knownVector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    String header = Base64.getEncoder().encodeToString(hex(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));

    assertThat(ShopifyWebhooks.verify(Secret.of("Jefe"), data, header)).isTrue();
  }

  @Test
  void refusesATamperedBody() throws Exception {
    String header = expected("shpss_test_client_secret_0123456789", BODY);
    byte[] tampered = Arrays.copyOf(BODY, BODY.length);
    tampered[tampered.length - 3] = '9';

    assertThat(ShopifyWebhooks.verify(SECRET, tampered, header)).isFalse();
    assertThat(ShopifyWebhooks.verify(SECRET, Arrays.copyOf(BODY, BODY.length - 1), header)).isFalse();
  }

  @Test
  void refusesATamperedOrForeignHeader() throws Exception {
    byte[] mac = Base64.getDecoder().decode(expected("shpss_test_client_secret_0123456789", BODY));
    mac[0] ^= 1;

    assertThat(ShopifyWebhooks.verify(SECRET, BODY, Base64.getEncoder().encodeToString(mac))).isFalse();
    assertThat(ShopifyWebhooks.verify(SECRET, BODY, expected("another_apps_secret", BODY))).isFalse();
    assertThat(ShopifyWebhooks.verify(SECRET, BODY, null)).isFalse();
    assertThat(ShopifyWebhooks.verify(SECRET, BODY, "")).isFalse();
    assertThat(ShopifyWebhooks.verify(SECRET, BODY, "not base64 !!")).isFalse();
    assertThat(ShopifyWebhooks.verify(SECRET, BODY, Base64.getEncoder().encodeToString(Arrays.copyOf(mac, 16))))
        .isFalse();
  }

  private static byte[] hex(String s) {
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
