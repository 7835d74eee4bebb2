package dev.crossborder.erp.order.rules;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns buyer details into stable, keyed hashes (HMAC-SHA256 with a host secret, hex, first 16
 * bytes) so that rules can match "same buyer" and "same address" without the personal data: the
 * buyer key is the hash of the normalised email, or of the name when there is no email; the
 * address key is the hash of the normalised address lines, city, region, postcode and country.
 * A keyed hash, unlike a plain one, cannot be reversed by hashing a list of known emails. Thread-safe.
 */
public final class BuyerHasher {
  private final SecretKeySpec key;

  /** A hasher keyed by {@code secret} (at least 16 bytes), which the host keeps per tenant. */
  public BuyerHasher(byte[] secret) {
    requireNonNull(secret, "secret == null");
    if (secret.length < 16) {
      throw new RuleInputException("secret", "(" + secret.length + " bytes)", "must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** The buyer's key: the hash of the email if present, else of the name. */
  public String buyerKey(BuyerDetails buyer) {
    return buyer.emailAddress().map(e -> hash("e:" + normalize(e))).orElseGet(() -> hash("n:" + normalize(buyer.name())));
  }

  /** The address's key: the hash of every address field except the recipient's name. */
  public String addressKey(Address a) {
    return hash(String.join("|", normalize(a.line1()), normalize(a.line2()), normalize(a.city()),
        normalize(a.region()), normalize(a.postalCode()), a.country()));
  }

  private String hash(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String normalize(@Nullable String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
