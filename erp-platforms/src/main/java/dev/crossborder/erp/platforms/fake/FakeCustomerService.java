package dev.crossborder.erp.platforms.fake;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The fake's {@link CustomerServiceSource}: cases per shop ordered by (last update, case id), paged
 * like orders, with the fake's faults drawn for {@link Operation#CASES} and {@link
 * Operation#RESPOND_CASE}. A reply or typed message appends a seller message to the platform's
 * case; an accept or decline closes it. Responding to an unknown case ({@code CaseNotFound}, 404)
 * or a closed one ({@code CaseClosed}, 409) is a {@link PlatformRequestException}. Thread-safe.
 */
final class FakeCustomerService implements CustomerServiceSource {
  /** The limits of a fake that stands in for a platform with a full case API. */
  static final CaseLimits FULL =
      new CaseLimits(
          EnumSet.allOf(CaseKind.class), true, Set.of(), EnumSet.of(CaseKind.RETURN_REQUEST, CaseKind.CANCELLATION_REQUEST));

  private static final String CURSOR = "fake-cases-1";

  private final FakePlatform fake;
  private final PlatformId platform;
  private final InstantSource clock;
  private final int pageSize;
  private final ConcurrentHashMap<ShopId, Cases> shops = new ConcurrentHashMap<>();
  private volatile CaseLimits limits = FULL;

  FakeCustomerService(FakePlatform fake, PlatformId platform, InstantSource clock, int pageSize) {
    this.fake = fake;
    this.platform = platform;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  void limits(CaseLimits value) {
    this.limits = requireNonNull(value, "limits == null");
  }

  void put(ShopId shop, PlatformCase c) {
    if (!c.shopId().equals(shop)) {
      throw new InvalidInputException("platformCase.shopId", c.shopId(), "is not " + shop);
    }
    cases(shop).put(c);
  }

  Optional<PlatformCase> find(ShopId shop, String platformCaseId) {
    return cases(shop).find(platformCaseId);
  }

  List<FakePlatform.CaseResponse> responses(ShopId shop) {
    return cases(shop).responses();
  }

  @Override
  public CaseLimits limits(Shop shop) {
    requireNonNull(shop, "shop == null");
    return limits;
  }

  @Override
  public PlatformPage<PlatformCase> cases(Shop shop, OrderWindow window, @Nullable String cursor) {
    requireNonNull(window, "window == null");
    return fake.call(Operation.CASES, shop, cursor != null, pageFaults -> {
      Key after = null;
      if (cursor != null) {
        List<String> fields = Cursors.decode(cursor, 6);
        if (fields == null || !fields.get(0).equals(CURSOR)) {
          throw invalid("cursor is not valid");
        }
        if (!fields.get(1).equals(shop.id().value())
            || !fields.get(2).equals(window.from().toString())
            || !fields.get(3).equals(window.to().toString())) {
          throw invalid("cursor was issued for another shop or window");
        }
        try {
          after = new Key(Instant.parse(fields.get(4)), fields.get(5));
        } catch (DateTimeParseException e) {
          throw invalid("cursor is not valid");
        }
      }
      List<PlatformCase> page = cases(shop.id()).page(window, after, pageSize + 1);
      boolean more = page.size() > pageSize;
      List<PlatformCase> items = more ? page.subList(0, pageSize) : page;
      String next = null;
      if (more) {
        PlatformCase last = items.get(items.size() - 1);
        next = Cursors.encode(List.of(CURSOR, shop.id().value(), window.from().toString(), window.to().toString(),
            last.updatedAt().toString(), last.platformCaseId()));
      }
      return new PlatformPage<>(items, next);
    });
  }

  @Override
  public void respond(
      Shop shop, String platformCaseId, CaseKind kind, @Nullable String platformOrderId, CaseAction action) {
    requireNonNull(platformCaseId, "platformCaseId == null");
    requireNonNull(kind, "kind == null");
    requireNonNull(action, "action == null");
    limits(shop).check(kind, action);
    fake.<Void>call(Operation.RESPOND_CASE, shop, false, pageFaults -> {
      cases(shop.id()).respond(platformCaseId, action, clock.instant());
      return null;
    });
  }

  private PlatformRequestException invalid(String problem) {
    return new PlatformRequestException(platform, Operation.CASES.operationName(), "InvalidInput", problem, 400, null);
  }

  private Cases cases(ShopId shop) {
    return shops.computeIfAbsent(requireNonNull(shop, "shop == null"), s -> new Cases());
  }

  private record Key(Instant updatedAt, String id) implements Comparable<Key> {
    static Key of(PlatformCase c) {
      return new Key(c.updatedAt(), c.platformCaseId());
    }

    @Override
    public int compareTo(Key o) {
      int byTime = updatedAt.compareTo(o.updatedAt);
      return byTime != 0 ? byTime : id.compareTo(o.id);
    }
  }

  /** One shop's cases and the responses it received. */
  private final class Cases {
    private final Map<String, PlatformCase> byId = new HashMap<>();
    private final TreeMap<Key, PlatformCase> byUpdate = new TreeMap<>();
    private final List<FakePlatform.CaseResponse> responses = new ArrayList<>();

    synchronized void put(PlatformCase c) {
      PlatformCase old = byId.put(c.platformCaseId(), c);
      if (old != null) {
        byUpdate.remove(Key.of(old));
      }
      byUpdate.put(Key.of(c), c);
    }

    synchronized Optional<PlatformCase> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    synchronized List<FakePlatform.CaseResponse> responses() {
      return List.copyOf(responses);
    }

    synchronized List<PlatformCase> page(OrderWindow window, @Nullable Key after, int limit) {
      List<PlatformCase> out = new ArrayList<>();
      for (PlatformCase c : (after == null ? byUpdate : byUpdate.tailMap(after, false)).values()) {
        if (out.size() >= limit) {
          break;
        }
        if (!c.updatedAt().isBefore(window.from()) && c.updatedAt().isBefore(window.to())) {
          out.add(c);
        }
      }
      return out;
    }

    synchronized void respond(String id, CaseAction action, Instant now) {
      PlatformCase c = byId.get(id);
      if (c == null) {
        throw new PlatformRequestException(
            platform, Operation.RESPOND_CASE.operationName(), "CaseNotFound", "no case " + id, 404, null);
      }
      if (c.status() == PlatformCaseStatus.CLOSED) {
        throw new PlatformRequestException(
            platform, Operation.RESPOND_CASE.operationName(), "CaseClosed", "case " + id + " is closed", 409, null);
      }
      List<CaseMessage> thread = new ArrayList<>(c.messages());
      PlatformCaseStatus status = c.status();
      if (action instanceof CaseAction.Reply reply) {
        thread.add(new CaseMessage(MessageAuthor.SELLER, reply.text(), now));
      } else if (action instanceof CaseAction.TypedMessage typed) {
        thread.add(new CaseMessage(MessageAuthor.SELLER, typed.text(), now));
      } else {
        status = PlatformCaseStatus.CLOSED;
      }
      Instant updated = now.isAfter(c.updatedAt()) ? now : c.updatedAt();
      put(new PlatformCase(c.shopId(), c.platformCaseId(), c.kind(), c.platformOrderId(), status, thread, c.items(),
          c.respondBy(), c.openedAt(), updated));
      responses.add(new FakePlatform.CaseResponse(id, c.kind(), c.platformOrderId(), action, now));
    }
  }
}
