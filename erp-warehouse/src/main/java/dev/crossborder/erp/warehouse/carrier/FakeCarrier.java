package dev.crossborder.erp.warehouse.carrier;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.RemotePlatformException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shipping.Carrier;
import dev.crossborder.erp.shipping.TrackingNumberCheck;
import dev.crossborder.erp.shipping.TrackingNumbers;
import dev.crossborder.erp.shipping.carrier.CarrierConnector;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import dev.crossborder.erp.shipping.carrier.LabelRequest;
import dev.crossborder.erp.shipping.carrier.Manifest;
import dev.crossborder.erp.shipping.carrier.ManifestRequest;
import dev.crossborder.erp.shipping.carrier.Parcel;
import dev.crossborder.erp.shipping.carrier.RateQuote;
import dev.crossborder.erp.shipping.carrier.RateRequest;
import dev.crossborder.erp.shipping.carrier.ShippingLabel;
import dev.crossborder.erp.shipping.carrier.VoidResult;
import dev.crossborder.erp.warehouse.label.LabelBarcode;
import dev.crossborder.erp.warehouse.label.LabelKind;
import dev.crossborder.erp.warehouse.label.LabelRenderer;
import dev.crossborder.erp.warehouse.label.LabelSize;
import dev.crossborder.erp.warehouse.label.LabelSpec;
import dev.crossborder.erp.warehouse.label.PdfLabelRenderer;
import dev.crossborder.erp.warehouse.label.ZplRenderer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory carrier: the {@link CarrierConnector} of hosts' tests and of the demo. It keeps the
 * SPI's whole contract (it passes {@code CarrierConnectorContract}) with no network.
 *
 * <pre>{@code
 * FakeCarrier ups = FakeCarrier.builder()
 *     .carrier(Carrier.UPS)            // tracking numbers in UPS's 1Z format
 *     .clock(clock)
 *     .seed(42).failureRate(0.05)      // optional: 5 % of calls fail, retryably
 *     .build();
 * }</pre>
 *
 * <p><b>Services</b>: {@code GROUND} (5 days) and {@code EXPRESS} (2 days), priced in the
 * builder's currency by billable weight (the greater of the actual weight and the volumetric
 * weight, length × width × height / 5000) per started 500 g, doubled across borders. A parcel
 * over 30 kg billable or with a side over 150 cm gets no quote, and its label is refused on
 * {@code parcel.weight} or {@code parcel.dimensions}.
 *
 * <p><b>Tracking numbers</b> are issued in sequence in the format of the chosen {@link Carrier}
 * with a correct check digit, so they pass {@link TrackingNumbers#check}: UPS {@code
 * 1ZFAKE0103…}, DHL Express 10 digits, China Post and China EMS UPU S10 ({@code LK…CN}, {@code
 * EA…CN}), YunExpress {@code YT…}. One sequence of calls always gives the same numbers.
 *
 * <p><b>Labels</b> are real documents: a 4 × 6 in {@link LabelKind#SHIPPING} label with the
 * tracking number as Code 128, rendered by {@link ZplRenderer} or {@link PdfLabelRenderer}. They
 * print the destination's country and region, the reference and the weight, never the
 * recipient's name or street.
 *
 * <p><b>Faults</b>: {@link #failNext(int)} fails the next calls before they do anything; {@link
 * #loseNextResponse()} makes the next label purchase succeed at the "carrier" but throw as if the
 * response were lost; {@link Builder#failureRate} fails calls at random, drawn from one {@link
 * Random} seeded by {@link Builder#seed}. Every injected fault is a retryable {@link
 * RemotePlatformException}.
 *
 * <p>Time comes only from the builder's {@link InstantSource}. Thread-safe: every operation runs
 * under one lock.
 */
public final class FakeCarrier implements CarrierConnector {
  /** The ground service's code. */
  public static final String GROUND = "GROUND";
  /** The express service's code. */
  public static final String EXPRESS = "EXPRESS";

  private static final BigDecimal MAX_BILLABLE_GRAMS = new BigDecimal(30_000);
  private static final BigDecimal MAX_SIDE_CM = new BigDecimal(150);
  private static final BigDecimal VOLUMETRIC_DIVISOR = new BigDecimal(5000);
  private static final BigDecimal STEP_GRAMS = new BigDecimal(500);
  private static final Set<Carrier> FORMATS_KNOWN =
      EnumSet.of(Carrier.UPS, Carrier.DHL_EXPRESS, Carrier.CHINA_POST, Carrier.CHINA_EMS, Carrier.YUNEXPRESS);

  private final Carrier carrier;
  private final InstantSource clock;
  private final Currency currency;
  private final Set<LabelFormat> formats;
  private final double failureRate;
  private final Random random;
  private final Map<LabelFormat, LabelRenderer> renderers;

  private final Map<String, Purchase> purchases = new HashMap<>();
  private final Map<String, Issued> labels = new LinkedHashMap<>();
  private final Map<String, Manifest> manifests = new HashMap<>();
  private long nextNumber = 1;
  private long nextManifest = 1;
  private int failNext;
  private boolean loseNextResponse;
  private int labelsBought;

  private FakeCarrier(Builder builder) {
    this.carrier = builder.carrier == null ? Carrier.UPS : builder.carrier;
    this.clock = builder.clock == null ? InstantSource.system() : builder.clock;
    this.currency = builder.currency == null ? Currency.getInstance("USD") : builder.currency;
    this.formats = builder.formats == null ? Set.copyOf(EnumSet.of(LabelFormat.PDF, LabelFormat.ZPL)) : builder.formats;
    this.failureRate = builder.failureRate == null ? 0 : builder.failureRate;
    this.random = new Random(builder.seed == null ? 0L : builder.seed);
    this.renderers = Map.of(LabelFormat.PDF, PdfLabelRenderer.singleLabels(), LabelFormat.ZPL, ZplRenderer.standard());
  }

  /** A builder; every setting may be given once. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String carrierName() {
    return carrier.displayName();
  }

  @Override
  public Set<LabelFormat> formats() {
    return formats;
  }

  @Override
  public synchronized List<RateQuote> quote(RateRequest request) {
    requireNonNull(request, "request == null");
    maybeFail("quote");
    if (!carries(request.parcel())) {
      return List.of();
    }
    boolean international = !request.origin().country().equals(request.destination().country());
    List<RateQuote> quotes = new ArrayList<>(2);
    for (Service service : Service.values()) {
      quotes.add(new RateQuote(service.name(), service.title, price(service, request.parcel(), international),
          service.transitDays));
    }
    return quotes;
  }

  @Override
  public synchronized ShippingLabel createLabel(LabelRequest request) {
    requireNonNull(request, "request == null");
    Service service = service(request.serviceCode());
    if (!formats.contains(request.format())) {
      throw new InvalidInputException("format", request.format(), "is not offered by this carrier (offered: " + formats + ")");
    }
    checkCarries(request.parcel());
    maybeFail("create label");
    Purchase earlier = purchases.get(request.idempotencyKey());
    if (earlier != null) {
      if (!earlier.request.equals(request)) {
        throw new DuplicateKeyException("idempotencyKey", request.idempotencyKey());
      }
      return earlier.label;
    }
    String trackingNumber = nextTrackingNumber();
    boolean international = !request.origin().country().equals(request.shipTo().country());
    ShippingLabel label = new ShippingLabel(
        request.idempotencyKey(),
        trackingNumber,
        carrierName(),
        service.name(),
        price(service, request.parcel(), international),
        document(request, service, trackingNumber),
        clock.instant());
    purchases.put(request.idempotencyKey(), new Purchase(request, label));
    labels.put(trackingNumber, new Issued(label));
    labelsBought++;
    if (loseNextResponse) {
      loseNextResponse = false;
      throw new RemotePlatformException("fake carrier create label: response lost (injected fault)", true, null, 504, null);
    }
    return label;
  }

  @Override
  public synchronized VoidResult voidLabel(String trackingNumber) {
    if (trackingNumber == null || trackingNumber.isBlank()) {
      throw new InvalidInputException("trackingNumber", "\"" + trackingNumber + "\"", "is required");
    }
    maybeFail("void label");
    Issued issued = labels.get(trackingNumber);
    if (issued == null) {
      throw new NotFoundException("trackingNumber", trackingNumber);
    }
    if (issued.manifestId != null) {
      return new VoidResult.NotVoidable(trackingNumber, "handed over in manifest " + issued.manifestId);
    }
    if (issued.voided) {
      return new VoidResult.AlreadyVoided(trackingNumber);
    }
    issued.voided = true;
    return new VoidResult.Voided(trackingNumber);
  }

  @Override
  public synchronized Manifest manifest(ManifestRequest request) {
    requireNonNull(request, "request == null");
    maybeFail("manifest");
    Manifest earlier = manifests.get(request.idempotencyKey());
    if (earlier != null) {
      if (!earlier.trackingNumbers().equals(request.trackingNumbers())) {
        throw new DuplicateKeyException("idempotencyKey", request.idempotencyKey());
      }
      return earlier;
    }
    List<String> numbers = request.trackingNumbers();
    for (int i = 0; i < numbers.size(); i++) {
      String field = "trackingNumbers[" + i + "]";
      Issued issued = labels.get(numbers.get(i));
      if (issued == null) {
        throw new NotFoundException(field, numbers.get(i));
      }
      if (issued.voided) {
        throw new InvalidInputException(field, numbers.get(i), "is voided");
      }
      if (issued.manifestId != null) {
        throw new InvalidInputException(field, numbers.get(i), "is already in manifest " + issued.manifestId);
      }
    }
    String manifestId = String.format(Locale.ROOT, "M-%06d", nextManifest++);
    Manifest manifest = new Manifest(manifestId, request.idempotencyKey(), numbers, clock.instant());
    numbers.forEach(n -> labels.get(n).manifestId = manifestId);
    manifests.put(request.idempotencyKey(), manifest);
    return manifest;
  }

  /** Fails the next {@code calls} calls (of any operation) with a retryable error, before they act. */
  public synchronized void failNext(int calls) {
    if (calls < 0) {
      throw new InvalidInputException("calls", calls, "must not be negative");
    }
    this.failNext = calls;
  }

  /**
   * Makes the next label purchase buy the label and then throw a retryable error, as when the
   * carrier's answer is lost on the way back; retrying with the same key returns that label.
   */
  public synchronized void loseNextResponse() {
    this.loseNextResponse = true;
  }

  /** How many labels were bought so far (retries answered from an earlier purchase not counted). */
  public synchronized int labelsBought() {
    return labelsBought;
  }

  /** The label issued with {@code trackingNumber}, if any. */
  public synchronized Optional<ShippingLabel> label(String trackingNumber) {
    return Optional.ofNullable(labels.get(trackingNumber)).map(i -> i.label);
  }

  /** Every label issued so far, in issue order. */
  public synchronized List<ShippingLabel> labels() {
    return labels.values().stream().map(i -> i.label).toList();
  }

  /** Whether the label with {@code trackingNumber} was voided. */
  public synchronized boolean isVoided(String trackingNumber) {
    Issued issued = labels.get(trackingNumber);
    return issued != null && issued.voided;
  }

  @Override
  public String toString() {
    return "FakeCarrier[" + carrier.displayName() + ", formats=" + formats + "]";
  }

  private void maybeFail(String operation) {
    if (failNext > 0) {
      failNext--;
      throw new RemotePlatformException("fake carrier " + operation + " failed (injected fault)", true, null, 503, null);
    }
    if (failureRate > 0 && random.nextDouble() < failureRate) {
      throw new RemotePlatformException("fake carrier " + operation + " failed (random fault)", true, null, 503, null);
    }
  }

  private static Service service(String code) {
    for (Service service : Service.values()) {
      if (service.name().equals(code)) {
        return service;
      }
    }
    throw new InvalidInputException("serviceCode", code, "is not a service of this carrier (GROUND, EXPRESS)");
  }

  private static boolean carries(Parcel parcel) {
    return billableGrams(parcel).compareTo(MAX_BILLABLE_GRAMS) <= 0 && !oversize(parcel);
  }

  private static void checkCarries(Parcel parcel) {
    if (oversize(parcel)) {
      throw new InvalidInputException("parcel.dimensions", parcel.dimensions(), "has a side over 150 cm");
    }
    if (billableGrams(parcel).compareTo(MAX_BILLABLE_GRAMS) > 0) {
      throw new InvalidInputException("parcel.weight", parcel.weight(), "is over the 30 kg billable limit");
    }
  }

  private static boolean oversize(Parcel parcel) {
    return parcel.measured()
        .map(d -> d.lengthCm().max(d.widthCm()).max(d.heightCm()).compareTo(MAX_SIDE_CM) > 0)
        .orElse(false);
  }

  private static BigDecimal billableGrams(Parcel parcel) {
    BigDecimal actual = parcel.weight().grams();
    BigDecimal volumetric = parcel.measured()
        .map(d -> d.volumeCm3().divide(VOLUMETRIC_DIVISOR, 3, RoundingMode.HALF_UP).movePointRight(3))
        .orElse(BigDecimal.ZERO);
    return actual.max(volumetric);
  }

  private Money price(Service service, Parcel parcel, boolean international) {
    BigDecimal steps = billableGrams(parcel).divide(STEP_GRAMS, 0, RoundingMode.CEILING);
    BigDecimal amount = service.base.add(service.perStep.multiply(steps));
    if (international) {
      amount = amount.multiply(BigDecimal.valueOf(2));
    }
    return Money.rounded(amount, currency, RoundingMode.HALF_UP);
  }

  private LabelDocument document(LabelRequest request, Service service, String trackingNumber) {
    String to = request.shipTo().region() == null
        ? request.shipTo().country()
        : request.shipTo().country() + "-" + request.shipTo().region();
    LabelSpec spec = new LabelSpec(
        LabelKind.SHIPPING,
        LabelSize.IN_4X6,
        LabelBarcode.code128(trackingNumber),
        List.of(
            carrierName() + " " + service.title,
            "TO " + to + "   FROM " + request.origin().country(),
            "REF " + request.reference(),
            request.parcel().weight().toString()),
        1);
    return renderers.get(request.format()).render(List.of(spec));
  }

  /** The next number of the carrier's format, with the check digit that makes it valid. */
  private String nextTrackingNumber() {
    long n = nextNumber++;
    IntFunction<String> withCheck = switch (carrier) {
      case UPS -> d -> String.format(Locale.ROOT, "1ZFAKE0103%07d%d", n, d);
      case DHL_EXPRESS -> d -> String.format(Locale.ROOT, "9%08d%d", n, d);
      case CHINA_POST -> d -> String.format(Locale.ROOT, "LK%08d%dCN", n, d);
      case CHINA_EMS -> d -> String.format(Locale.ROOT, "EA%08d%dCN", n, d);
      case YUNEXPRESS -> d -> String.format(Locale.ROOT, "YT%016d", n);
      default -> throw new IllegalStateException("no format for " + carrier);
    };
    for (int digit = 0; digit <= 9; digit++) {
      String candidate = withCheck.apply(digit);
      if (TrackingNumbers.check(carrier, candidate) instanceof TrackingNumberCheck.Valid) {
        return candidate;
      }
    }
    throw new IllegalStateException("no valid " + carrier + " number for sequence " + n);
  }

  private enum Service {
    GROUND("Ground", 5, "6.50", "1.20"),
    EXPRESS("Express", 2, "14.00", "2.50");

    final String title;
    final int transitDays;
    final BigDecimal base;
    final BigDecimal perStep;

    Service(String title, int transitDays, String base, String perStep) {
      this.title = title;
      this.transitDays = transitDays;
      this.base = new BigDecimal(base);
      this.perStep = new BigDecimal(perStep);
    }
  }

  private record Purchase(LabelRequest request, ShippingLabel label) {}

  /** A label and what happened to it since. */
  private static final class Issued {
    final ShippingLabel label;
    boolean voided;
    @Nullable String manifestId;

    Issued(ShippingLabel label) {
      this.label = label;
    }
  }

  /** Builds a {@link FakeCarrier}; not thread-safe. */
  public static final class Builder {
    private @Nullable Carrier carrier;
    private @Nullable InstantSource clock;
    private @Nullable Currency currency;
    private @Nullable Set<LabelFormat> formats;
    private @Nullable Long seed;
    private @Nullable Double failureRate;

    private Builder() {}

    /**
     * The carrier whose name and tracking-number format the fake takes (default UPS): UPS, DHL
     * Express, China Post, China EMS or YunExpress.
     */
    public Builder carrier(Carrier carrier) {
      once(this.carrier, "carrier");
      if (carrier == null || !FORMATS_KNOWN.contains(carrier)) {
        throw new InvalidInputException("carrier", carrier, "must be one of " + FORMATS_KNOWN);
      }
      this.carrier = carrier;
      return this;
    }

    /** The clock that stamps labels and manifests (default: the system clock). */
    public Builder clock(InstantSource clock) {
      once(this.clock, "clock");
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** The currency of rates (default USD). */
    public Builder currency(Currency currency) {
      once(this.currency, "currency");
      this.currency = requireNonNull(currency, "currency == null");
      return this;
    }

    /** The label formats offered (default PDF and ZPL); PNG is not supported. */
    public Builder formats(Set<LabelFormat> formats) {
      once(this.formats, "formats");
      if (formats == null || formats.isEmpty() || formats.contains(LabelFormat.PNG)) {
        throw new InvalidInputException("formats", formats, "must be PDF, ZPL or both");
      }
      this.formats = Set.copyOf(formats);
      return this;
    }

    /** The seed of the random faults (default 0). */
    public Builder seed(long seed) {
      once(this.seed, "seed");
      this.seed = seed;
      return this;
    }

    /** The share of calls, 0 to 1, that fail with a retryable error (default 0). */
    public Builder failureRate(double rate) {
      once(this.failureRate, "failureRate");
      if (!(rate >= 0 && rate <= 1)) {
        throw new InvalidInputException("failureRate", rate, "must be 0 to 1");
      }
      this.failureRate = rate;
      return this;
    }

    /** The fake carrier. */
    public FakeCarrier build() {
      return new FakeCarrier(this);
    }

    private static void once(@Nullable Object current, String setting) {
      if (current != null) {
        throw new ConfigurationException(setting + " was already set");
      }
    }
  }
}
