package dev.crossborder.erp.shipping;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.PlatformId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One platform's accepted carrier codes as shipped with the SDK, with where the list comes from
 * and how far it can be trusted ({@link Coverage}). Immutable and thread-safe.
 *
 * @param platform the platform
 * @param source where the list was read, as written in the resource's header
 * @param coverage whether a code missing from the list is refused, unknown, or fine
 * @param entries the codes, in the source's order
 */
public record CarrierCodeList(PlatformId platform, String source, Coverage coverage, List<Entry> entries) {

  /** Validates and copies. */
  public CarrierCodeList {
    requireNonNull(platform, "platform == null");
    requireNonNull(source, "source == null");
    requireNonNull(coverage, "coverage == null");
    entries = List.copyOf(entries);
  }

  /** The list for a platform the SDK ships no list for. */
  static CarrierCodeList none(PlatformId platform) {
    return new CarrierCodeList(platform, "none shipped", Coverage.NONE, List.of());
  }

  /**
   * Finds the entry whose code is exactly {@code code} (surrounding blanks aside). Platforms
   * compare codes as written (Shopify: "capitalization matters"), so {@code "fedex"} does not find
   * {@code "FedEx"}; {@link #codeFor(String)} finds the right spelling.
   */
  public Optional<Entry> find(String code) {
    String wanted = code.strip();
    return entries.stream().filter(e -> e.code().equals(wanted)).findFirst();
  }

  /**
   * The platform's code for a carrier given by a common name or by a code: the entry whose code or
   * name matches {@code name} ignoring case, spaces and punctuation, else the entry that denotes
   * the {@link Carrier} the name stands for ({@code "United Parcel Service"} → UPS → the
   * platform's UPS code). Empty when the list has no such carrier.
   */
  public Optional<String> codeFor(String name) {
    String wanted = Carrier.normalize(name);
    for (Entry entry : entries) {
      if (Carrier.normalize(entry.code()).equals(wanted) || Carrier.normalize(entry.name()).equals(wanted)) {
        return Optional.of(entry.code());
      }
    }
    return Carrier.fromName(name).flatMap(this::codeFor);
  }

  /** The platform's code for {@code carrier}: the first entry that denotes it. */
  public Optional<String> codeFor(Carrier carrier) {
    return entries.stream().filter(e -> e.carrier() == carrier).map(Entry::code).findFirst();
  }

  /**
   * How much a list can say about a code missing from it.
   */
  public enum Coverage {
    /** The full list from the platform's own contract: a missing code is refused. */
    COMPLETE,
    /**
     * The part of the platform's list that could be verified: a missing code may still be
     * accepted, so it is reported but not refused.
     */
    PARTIAL,
    /**
     * The platform takes any carrier name (Shopify); listed names only get extras such as
     * tracking links. A missing code is fine.
     */
    OPEN,
    /** The SDK ships no list for the platform; nothing is checked. */
    NONE
  }

  /**
   * One accepted carrier code.
   *
   * @param code the exact value the platform expects
   * @param name the carrier's name as the source describes it
   * @param carrier the carrier whose number format applies, when the code denotes exactly one
   */
  public record Entry(String code, String name, @Nullable Carrier carrier) {
    /** Validates. */
    public Entry {
      requireNonNull(code, "code == null");
      requireNonNull(name, "name == null");
    }
  }
}
