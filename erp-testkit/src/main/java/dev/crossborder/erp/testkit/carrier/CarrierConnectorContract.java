package dev.crossborder.erp.testkit.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.RemotePlatformException;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.Destination;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of the carrier SPI: JUnit 5 tests that every {@link CarrierConnector} passes by
 * extending this class and returning a fresh connector from {@link #newCarrier()}.
 *
 * <pre>{@code
 * class MyCarrierContractTest extends CarrierConnectorContract {
 *   @Override
 *   protected CarrierConnector newCarrier() {
 *     return new MyCarrier(sandboxAccount()); // or a connector on WireMock stubs
 *   }
 * }
 * }</pre>
 *
 * <p>What the kit checks, per the contract in {@link CarrierConnector}'s Javadoc:
 *
 * <ul>
 *   <li>a quote for the kit's parcel ({@link #rateRequest()}) offers at least one service, with a
 *       non-negative price, cheapest first;
 *   <li>a label in each of {@link CarrierConnector#formats()} comes back in that format (a PDF
 *       starts {@code %PDF-}, ZPL holds {@code ^XA}…{@code ^XZ}, a PNG has PNG's signature),
 *       carries the request's key and service and the connector's carrier name, and its tracking
 *       number is not {@link TrackingNumberCheck.Invalid invalid} for that carrier;
 *   <li>a retried purchase with the same key and request returns the same label, sequentially and
 *       from eight threads at once; the same key with another request is a {@link
 *       DuplicateKeyException} on {@code idempotencyKey}; different keys give different numbers;
 *   <li>after a lost response (only where {@link #loseNextCreateResponse} can simulate one) the
 *       retry returns the label that was bought, and only one was bought;
 *   <li>an unknown service is refused on {@code serviceCode}, a format the connector does not offer
 *       on {@code format}, before anything is bought;
 *   <li>void answers {@code Voided}, then {@code AlreadyVoided}; an unknown number is a {@link
 *       NotFoundException} on {@code trackingNumber};
 *   <li>a manifest holds the given numbers in order; its labels are then {@code NotVoidable}; the
 *       same key with the same numbers gives the same manifest, with other numbers a {@link
 *       DuplicateKeyException}; a voided, unknown or already handed-over label is refused naming
 *       {@code trackingNumbers[i]}, and nothing of the refused request is handed over.
 * </ul>
 *
 * <p>Where the connector can count its purchases ({@link #labelsBought}), the kit also checks that
 * quotes, refusals and retries buy nothing. The kit's addresses are fictional. The kit takes about
 * a second on {@code FakeCarrier}; a sandbox connector should stub its carrier, since the kit buys
 * about thirty labels.
 */
public abstract class CarrierConnectorContract {
  private static final int THREADS = 8;
  private static final long WAIT_SECONDS = 30;

  private CarrierConnector carrier;
  private String service;

  /** A fresh connector for each test, with no labels bought yet. */
  protected abstract CarrierConnector newCarrier();

  /** The parcel and route the kit quotes and ships: 1.2 kg, 30 × 20 × 10 cm, domestic US. */
  protected RateRequest rateRequest() {
    return new RateRequest(origin(),
        new Destination(shipTo().country(), shipTo().region()),
        new Parcel(Weight.ofGrams(1200), Dimensions.ofCentimeters("30", "20", "10")));
  }

  /** Where the kit's parcels leave from. */
  protected Destination origin() {
    return new Destination("US", "NJ");
  }

  /** The kit's (fictional) recipient. */
  protected Address shipTo() {
    return new Address("Kit Recipient", "1 Example Way", null, "Springfield", "IL", "62701", "US");
  }

  /**
   * Arranges for the connector's next label purchase to be bought at the carrier but to fail on the
   * way back with a retryable {@link RemotePlatformException}; returns {@code false} (the default)
   * when the connector cannot simulate that, which skips the test.
   */
  protected boolean loseNextCreateResponse(CarrierConnector connector) {
    return false;
  }

  /** How many labels the connector has bought, where it can tell (default: it cannot). */
  protected OptionalLong labelsBought(CarrierConnector connector) {
    return OptionalLong.empty();
  }

  @BeforeEach
  void newConnector() {
    carrier = newCarrier();
    assertThat(carrier.formats()).as("formats").isNotEmpty();
    List<RateQuote> quotes = carrier.quote(rateRequest());
    assertThat(quotes).as("quotes for the kit's parcel").isNotEmpty();
    service = quotes.get(0).serviceCode();
  }

  @Test
  void quotesOfferServicesWithNonNegativePricesCheapestFirst() {
    List<RateQuote> quotes = carrier.quote(rateRequest());

    assertThat(quotes).allSatisfy(q -> {
      assertThat(q.serviceCode()).isNotBlank();
      assertThat(q.price().amount().signum()).isGreaterThanOrEqualTo(0);
      assertThat(q.transitDays()).isPositive();
    });
    for (int i = 1; i < quotes.size(); i++) {
      assertThat(quotes.get(i).price().compareTo(quotes.get(i - 1).price())).as("cheapest first").isGreaterThanOrEqualTo(0);
    }
    assertBought(0);
  }

  @Test
  void aLabelInEachOfferedFormatCarriesACheckableTrackingNumber() {
    Set<String> numbers = new HashSet<>();
    for (LabelFormat format : sorted(carrier.formats())) {
      LabelRequest request = request("kit-format-" + format.name().toLowerCase(), format);

      ShippingLabel label = carrier.createLabel(request);

      assertThat(label.idempotencyKey()).isEqualTo(request.idempotencyKey());
      assertThat(label.serviceCode()).isEqualTo(service);
      assertThat(label.carrierName()).isEqualTo(carrier.carrierName());
      assertThat(label.document().format()).isEqualTo(format);
      assertLooksLike(label.document());
      TrackingNumberCheck check = TrackingNumbers.check(carrier.carrierName(), label.trackingNumber());
      assertThat(check.isInvalid()).as("tracking number %s: %s", label.trackingNumber(), check).isFalse();
      assertThat(label.cost().amount().signum()).isGreaterThanOrEqualTo(0);
      numbers.add(label.trackingNumber());
    }
    assertThat(numbers).hasSize(carrier.formats().size());
    assertBought(carrier.formats().size());
  }

  @Test
  void aRetriedPurchaseWithTheSameKeyReturnsTheSameLabel() {
    LabelRequest request = request("kit-retry-1", firstFormat());

    ShippingLabel first = carrier.createLabel(request);
    ShippingLabel again = carrier.createLabel(request);

    assertThat(again).isEqualTo(first);
    assertBought(1);
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefused() {
    LabelRequest request = request("kit-conflict-1", firstFormat());
    ShippingLabel first = carrier.createLabel(request);
    LabelRequest other = new LabelRequest(request.idempotencyKey(), request.serviceCode(), request.origin(),
        request.shipTo(), request.parcel(), "KIT-OTHER-REF", request.format());

    assertThatThrownBy(() -> carrier.createLabel(other))
        .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
    assertThat(carrier.createLabel(request)).isEqualTo(first);
    assertBought(1);
  }

  @Test
  void differentKeysBuyDifferentLabels() {
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      numbers.add(carrier.createLabel(request("kit-many-" + i, firstFormat())).trackingNumber());
    }

    assertThat(numbers).hasSize(5);
    assertBought(5);
  }

  @Test
  void concurrentRetriesOfOnePurchaseBuyOneLabel() throws Exception {
    LabelRequest request = request("kit-concurrent-1", firstFormat());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ShippingLabel>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(() -> {
          assertThat(start.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
          return carrier.createLabel(request);
        }));
      }
      start.countDown();
      Set<String> numbers = new HashSet<>();
      for (Future<ShippingLabel> future : futures) {
        numbers.add(future.get(WAIT_SECONDS, TimeUnit.SECONDS).trackingNumber());
      }

      assertThat(numbers).hasSize(1);
      assertBought(1);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aLostResponseIsRecoveredByRetryingTheKey() {
    assumeTrue(loseNextCreateResponse(carrier), "the connector cannot simulate a lost response");
    LabelRequest request = request("kit-lost-1", firstFormat());

    assertThatThrownBy(() -> carrier.createLabel(request))
        .isInstanceOfSatisfying(RemotePlatformException.class, e -> assertThat(e.isRetryable()).isTrue());
    ShippingLabel retried = carrier.createLabel(request);

    assertThat(carrier.createLabel(request)).isEqualTo(retried);
    assertBought(1);
  }

  @Test
  void anUnknownServiceIsRefusedBeforeBuying() {
    LabelRequest request = request("kit-bad-service", firstFormat());
    LabelRequest bad = new LabelRequest(request.idempotencyKey(), "KIT-NO-SUCH-SERVICE", request.origin(),
        request.shipTo(), request.parcel(), request.reference(), request.format());

    assertThatThrownBy(() -> carrier.createLabel(bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("serviceCode"));
    assertBought(0);
    assertThat(carrier.createLabel(request).serviceCode()).isEqualTo(service);
  }

  @Test
  void aFormatNotOfferedIsRefusedBeforeBuying() {
    EnumSet<LabelFormat> missing = EnumSet.complementOf(EnumSet.copyOf(carrier.formats()));
    assumeTrue(!missing.isEmpty(), "the connector offers every format");

    assertThatThrownBy(() -> carrier.createLabel(request("kit-bad-format", missing.iterator().next())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("format"));
    assertBought(0);
  }

  @Test
  void voidingIsIdempotent() {
    ShippingLabel label = carrier.createLabel(request("kit-void-1", firstFormat()));

    assertThat(carrier.voidLabel(label.trackingNumber())).isEqualTo(new VoidResult.Voided(label.trackingNumber()));
    assertThat(carrier.voidLabel(label.trackingNumber()))
        .isEqualTo(new VoidResult.AlreadyVoided(label.trackingNumber()));
  }

  @Test
  void voidingAnUnknownNumberIsNotFound() {
    assertThatThrownBy(() -> carrier.voidLabel("KIT-NO-SUCH-LABEL"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("trackingNumber"));
  }

  @Test
  void aManifestHandsLabelsOverAndTheyCanNoLongerBeVoided() {
    String a = carrier.createLabel(request("kit-manifest-a", firstFormat())).trackingNumber();
    String b = carrier.createLabel(request("kit-manifest-b", firstFormat())).trackingNumber();
    ManifestRequest request = new ManifestRequest("kit-handover-1", List.of(b, a));

    Manifest manifest = carrier.manifest(request);

    assertThat(manifest.trackingNumbers()).containsExactly(b, a);
    assertThat(manifest.idempotencyKey()).isEqualTo("kit-handover-1");
    assertThat(manifest.manifestId()).isNotBlank();
    assertThat(carrier.manifest(request)).isEqualTo(manifest);
    assertThat(carrier.voidLabel(a)).isInstanceOf(VoidResult.NotVoidable.class);
    assertThatThrownBy(() -> carrier.manifest(new ManifestRequest("kit-handover-1", List.of(a))))
        .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
  }

  @Test
  void aManifestRefusesVoidedUnknownAndHandedOverLabelsAndHandsNothingOver() {
    String open = carrier.createLabel(request("kit-refuse-open", firstFormat())).trackingNumber();
    String voided = carrier.createLabel(request("kit-refuse-voided", firstFormat())).trackingNumber();
    String handedOver = carrier.createLabel(request("kit-refuse-handed", firstFormat())).trackingNumber();
    carrier.voidLabel(voided);
    carrier.manifest(new ManifestRequest("kit-refuse-first", List.of(handedOver)));

    assertThatThrownBy(() -> carrier.manifest(new ManifestRequest("kit-refuse-2", List.of(open, voided))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("trackingNumbers[1]"));
    assertThatThrownBy(() -> carrier.manifest(new ManifestRequest("kit-refuse-3", List.of(open, handedOver))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("trackingNumbers[1]"));
    assertThatThrownBy(() -> carrier.manifest(new ManifestRequest("kit-refuse-4", List.of("KIT-NO-SUCH-LABEL", open))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("trackingNumbers[0]"));

    assertThat(carrier.voidLabel(open)).as("nothing of a refused manifest was handed over")
        .isEqualTo(new VoidResult.Voided(open));
  }

  /** A label request of the kit's parcel and recipient under {@code key}. */
  protected final LabelRequest request(String key, LabelFormat format) {
    return new LabelRequest(key, service, origin(), shipTo(), rateRequest().parcel(), "KIT-REF-1", format);
  }

  private LabelFormat firstFormat() {
    return sorted(carrier.formats()).get(0);
  }

  private static List<LabelFormat> sorted(Set<LabelFormat> formats) {
    return List.copyOf(EnumSet.copyOf(formats));
  }

  private void assertBought(long expected) {
    OptionalLong bought = labelsBought(carrier);
    if (bought.isPresent()) {
      assertThat(bought.getAsLong()).as("labels bought").isEqualTo(expected);
    }
  }

  private static void assertLooksLike(LabelDocument document) {
    byte[] bytes = document.content();
    String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
    switch (document.format()) {
      case PDF -> assertThat(head).startsWith("%PDF-");
      case ZPL -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("^XA").contains("^XZ");
      case PNG -> assertThat(head).startsWith("\u0089PNG");
      default -> throw new AssertionError("unknown format " + document.format());
    }
  }
}
