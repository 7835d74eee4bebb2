package dev.crossborder.erp.platforms.shopify;

import dev.crossborder.erp.platform.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies Shopify webhook deliveries: the {@code X-Shopify-Hmac-Sha256} header is the base64 of
 * HMAC-SHA256 over the request's raw body, keyed with the app's client secret. Compare before
 * parsing anything, over the exact bytes received (not a re-serialised JSON).
 *
 * <p>The comparison is constant-time ({@link MessageDigest#isEqual}); neither the secret nor the
 * body appear in any message. A verified delivery is only a hint: the host maps the {@code
 * X-Shopify-Shop-Domain} header to its own {@code ShopId} and calls {@code erp.sync().hint(shop)},
 * which pulls the shop soon on the instance holding its lease (the payload itself is not imported).
 * Stateless and thread-safe.
 */
public final class ShopifyWebhooks {
  private static final String ALGORITHM = "HmacSHA256";

  private ShopifyWebhooks() {}

  /**
   * Whether {@code hmacHeader} (the {@code X-Shopify-Hmac-Sha256} header, base64) is the
   * HMAC-SHA256 of {@code rawBody} keyed with {@code clientSecret}. A missing, blank or malformed
   * header yields {@code false}, never an exception.
   */
  public static boolean verify(Secret clientSecret, byte[] rawBody, @Nullable String hmacHeader) {
    if (hmacHeader == null || hmacHeader.isBlank()) {
      return false;
    }
    byte[] received;
    try {
      received = Base64.getDecoder().decode(hmacHeader.trim());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(sign(clientSecret, rawBody), received);
  }

  private static byte[] sign(Secret clientSecret, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(clientSecret.reveal().getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(rawBody);
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is mandatory on every Java platform; the message names nothing secret.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
