package dev.crossborder.erp.cases.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.cases.CancellationOutcome;
import dev.crossborder.erp.cases.Case;
import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.cases.CaseId;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseMessage;
import dev.crossborder.erp.cases.CaseState;
import dev.crossborder.erp.cases.CaseSyncReport;
import dev.crossborder.erp.cases.Cases;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.platform.cases.ReplyNotAllowedException;
import dev.crossborder.erp.cases.ReplyTemplate;
import dev.crossborder.erp.cases.ResponseTimeRules;
import dev.crossborder.erp.cases.Returns;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.internal.StoreInventory;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Orders;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CaseRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.internal.ShopWriter;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.sync.SyncSettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Cases} over the store's {@link CaseRepository}. Platform calls (pulls, replies, decisions)
 * run outside transactions; what they change is recorded in one transaction afterwards. Thread-safe.
 *
 * <p>As a {@link ShopWriter} registered on the sync engine, it pulls the {@value #STREAM} stream of
 * every shop whose connector has a {@link CustomerServiceSource}, on the lease holder, after the
 * shop's orders pull: hosts no longer have to call {@link #sync} themselves.
 */
public final class StoreCases implements Cases, ShopWriter {
  /** The sync stream of cases. */
  public static final String STREAM = "cases";

  private static final Logger LOG = LoggerFactory.getLogger(StoreCases.class);

  private final ErpContext ctx;
  private final Orders orders;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final SyncSettings settings;
  private final String owner;
  private final ResponseTimeRules rules;
  private final StoreReturns returns;

  /**
   * The inbox of the Erp behind {@code ctx}.
   *
   * @param owner this instance's name, the owner of the leases its case pulls take
   */
  public StoreCases(
      ErpContext ctx,
      Orders orders,
      StoreInventory inventory,
      Map<PlatformId, PlatformConnector> connectors,
      SyncSettings settings,
      String owner,
      ResponseTimeRules rules) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.orders = requireNonNull(orders, "orders == null");
    this.connectors = Map.copyOf(connectors);
    this.settings = requireNonNull(settings, "settings == null");
    this.owner = requireNonNull(owner, "owner == null");
    this.rules = requireNonNull(rules, "rules == null");
    this.returns = new StoreReturns(ctx, inventory);
  }

  // ---- import

  @Override
  public Case importCase(PlatformCase in) {
    requireNonNull(in, "platformCase == null");
    return ctx.tx(
        tx -> {
          Shop shop =
              tx.repository(ShopRepository.class)
                  .find(in.shopId())
                  .orElseThrow(() -> new NotFoundException("shopId", in.shopId()));
          CaseRepository repo = tx.repository(CaseRepository.class);
          OrderId order = linkedOrder(tx, in);
          Optional<Case> stored = repo.findByPlatformCaseId(in.shopId(), in.platformCaseId());
          if (stored.isEmpty()) {
            CaseState state = stateOf(in, CaseState.OPEN);
            Case created =
                new Case(CaseId.of(ctx.ids().nextId()), in.shopId(), in.platformCaseId(), in.kind(),
                    in.platformOrderId(), order, state, in.status(), in.messages(), in.items(),
                    dueAt(shop, in, state), null, state == CaseState.RESOLVED ? "closed on the platform" : null,
                    in.openedAt(), in.updatedAt(), 0);
            try {
              repo.insert(created);
            } catch (DuplicateKeyException raced) {
              throw new ConcurrentUpdateException("case " + in.platformCaseId(), raced);
            }
            ctx.emit(tx, "case", created.id().value(), CaseEvents.CASE_IMPORTED, CaseEvents.of(created));
            return repo.find(created.id()).orElseThrow();
          }
          Case old = stored.get();
          if (!in.updatedAt().isAfter(old.platformUpdatedAt())) {
            if (old.orderId() == null && order != null) {
              // the order arrived after the case: link it, nothing else changes
              Case linked = repo.update(old.withOrder(order));
              ctx.emit(tx, "case", linked.id().value(), CaseEvents.CASE_CHANGED, CaseEvents.of(linked));
              return linked;
            }
            return old;
          }
          CaseState state = old.state() == CaseState.RESOLVED ? CaseState.RESOLVED : stateOf(in, old.state());
          String resolution =
              old.resolution() != null ? old.resolution() : state == CaseState.RESOLVED ? "closed on the platform" : null;
          Case next =
              new Case(old.id(), old.shopId(), old.platformCaseId(), old.kind(), in.platformOrderId(),
                  order != null ? order : old.orderId(), state, in.status(), in.messages(), in.items(),
                  dueAt(shop, in, state), old.assignee(), resolution, old.openedAt(), in.updatedAt(), old.version());
          Case saved = repo.update(next);
          ctx.emit(tx, "case", saved.id().value(), CaseEvents.CASE_CHANGED, CaseEvents.of(saved));
          return saved;
        });
  }

  private static @Nullable OrderId linkedOrder(StoreTransaction tx, PlatformCase in) {
    String platformOrderId = in.platformOrderId();
    if (platformOrderId == null) {
      return null;
    }
    return tx.repository(OrderRepository.class)
        .findByPlatformOrderId(in.shopId(), platformOrderId)
        .map(Order::id)
        .orElse(null);
  }

  /** The state the platform's view implies; {@code current} when the thread says nothing new. */
  private static CaseState stateOf(PlatformCase in, CaseState current) {
    if (in.status() == PlatformCaseStatus.CLOSED) {
      return CaseState.RESOLVED;
    }
    if (in.status() == PlatformCaseStatus.ESCALATED) {
      return CaseState.ESCALATED;
    }
    if (in.messages().isEmpty()) {
      return current;
    }
    MessageAuthor last = in.messages().get(in.messages().size() - 1).author();
    return last == MessageAuthor.SELLER ? CaseState.AWAITING_BUYER : CaseState.AWAITING_SELLER;
  }

  /**
   * The platform's respond-by if given; else the rules from the last buyer or platform message (or
   * the opening); none when the seller owes nothing.
   */
  private @Nullable Instant dueAt(Shop shop, PlatformCase in, CaseState state) {
    if (!state.isWaitingOnSeller()) {
      return null;
    }
    if (in.respondBy() != null) {
      return in.respondBy();
    }
    Instant from = in.openedAt();
    for (CaseMessage m : in.messages()) {
      if (m.author() != MessageAuthor.SELLER) {
        from = m.at();
      }
    }
    return rules.dueAt(shop.platform(), in.kind(), from, shop.zone());
  }

  // ---- sync

  /**
   * The sync engine's hook: pulls the shop's cases after its orders pull, while this instance holds
   * the shop's lease (the same lease {@link #sync} renews, with the same owner, so its fencing token
   * is unchanged). Shops whose connector has no customer service are skipped.
   */
  @Override
  public void runHeld(Shop shop, Lease lease) {
    PlatformConnector connector = connectors.get(shop.platform());
    if (connector == null || connector.capability(CustomerServiceSource.class).isEmpty()) {
      return;
    }
    CaseSyncReport report = sync(shop.id());
    if (report.quarantined() > 0) {
      LOG.info("case sync of shop {}: {} imported, {} quarantined", shop.id(), report.imported(), report.quarantined());
    }
  }

  @Override
  public CaseSyncReport sync(ShopId id) {
    requireNonNull(id, "shop == null");
    Shop shop = ctx.tx(tx -> tx.repository(ShopRepository.class).find(id)).orElseThrow(() -> new NotFoundException("shopId", id));
    CustomerServiceSource source = source(shop);
    Instant start = ctx.clock().instant();
    Lease lease = takeLease(id, start);
    if (lease == null) {
      return new CaseSyncReport(id, false, 0, 0, 0, null);
    }
    SyncCheckpoint cp =
        ctx.tx(tx -> tx.repository(SyncRepository.class).checkpoint(id, STREAM))
            .orElseGet(() -> SyncCheckpoint.at(id, STREAM, start.minus(settings.initialLookback())));
    Instant end = start.minus(settings.settleDelay());
    int pages = 0;
    int imported = 0;
    int quarantined = 0;
    while (cp.isPaging() || end.isAfter(cp.watermark())) {
      lease = takeLease(id, ctx.clock().instant());
      if (lease == null) {
        return new CaseSyncReport(id, false, pages, imported, quarantined, cp.watermark());
      }
      OrderWindow window =
          cp.isPaging()
              ? new OrderWindow(requireNonNull(cp.windowFrom()), requireNonNull(cp.windowTo()))
              : new OrderWindow(cp.watermark().minus(settings.overlap()), end);
      PlatformPage<PlatformCase> page = source.cases(shop, window, cp.cursor());
      for (PlatformCase in : page.items()) {
        if (importOne(shop, in)) {
          imported++;
        } else {
          quarantined++;
        }
      }
      String next = page.next();
      SyncCheckpoint saved =
          next != null ? cp.paging(window.from(), window.to(), next) : SyncCheckpoint.at(id, STREAM, window.to());
      Lease fence = lease;
      ctx.tx(
          tx -> {
            tx.repository(SyncRepository.class).saveCheckpoint(saved, fence);
            return null;
          });
      cp = saved;
      pages++;
    }
    return new CaseSyncReport(id, true, pages, imported, quarantined, cp.watermark());
  }

  /** Imports one pulled case, quarantining it on bad input; returns whether it was imported. */
  private boolean importOne(Shop shop, PlatformCase in) {
    try {
      if (!in.shopId().equals(shop.id())) {
        throw new InvalidInputException("shopId", in.shopId(), "must be " + shop.id());
      }
      ctx.tx(
          tx -> {
            importCase(in);
            tx.repository(SyncRepository.class).release(shop.id(), STREAM, in.platformCaseId());
            return null;
          });
      return true;
    } catch (InvalidInputException e) {
      QuarantinedItem item =
          new QuarantinedItem(
              shop.id(), STREAM, in.platformCaseId(), e.getClass().getSimpleName() + ": " + e.getMessage(),
              ctx.clock().instant());
      ctx.tx(
          tx -> {
            tx.repository(SyncRepository.class).quarantine(item);
            return null;
          });
      LOG.warn("case sync of shop {} quarantined case {}: {}", shop.id(), in.platformCaseId(), e.code());
      return false;
    }
  }

  private @Nullable Lease takeLease(ShopId shop, Instant now) {
    return ctx.tx(
            tx ->
                tx.repository(LeaseRepository.class)
                    .tryAcquire("shop:" + shop.value(), owner, now, now.plus(settings.leaseDuration())))
        .orElse(null);
  }

  // ---- queries

  @Override
  public Optional<Case> find(CaseId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(CaseRepository.class).find(id));
  }

  @Override
  public Optional<Case> findByPlatformCaseId(ShopId shop, String platformCaseId) {
    requireNonNull(shop, "shop == null");
    String platformId = Checks.text("platformCaseId", platformCaseId, 100);
    return ctx.tx(tx -> tx.repository(CaseRepository.class).findByPlatformCaseId(shop, platformId));
  }

  @Override
  public List<Case> byOrder(OrderId order) {
    requireNonNull(order, "order == null");
    return ctx.tx(tx -> tx.repository(CaseRepository.class).byOrder(order));
  }

  @Override
  public Page<Case> overdue(PageRequest page) {
    requireNonNull(page, "page == null");
    Instant now = ctx.clock().instant();
    return ctx.tx(tx -> tx.repository(CaseRepository.class).overdue(now, page));
  }

  // ---- commands

  @Override
  public Case assign(CaseId id, @Nullable String person) {
    String who = person == null ? null : Checks.text("assignee", person, 100);
    return mutate(id, c -> c.withAssignee(who));
  }

  @Override
  public Case escalate(CaseId id) {
    return mutate(id, c -> c.changeState(CaseState.ESCALATED));
  }

  @Override
  public Case resolve(CaseId id, String reason) {
    String why = Checks.text("reason", reason, 500);
    return mutate(id, c -> c.resolved(why));
  }

  @Override
  public Case respond(CaseId id, CaseAction action) {
    requireNonNull(id, "id == null");
    Checks.present("action", action);
    Case c = find(id).orElseThrow(() -> new NotFoundException("caseId", id));
    requireOpen(c);
    Shop shop = shopOf(c.shopId());
    CustomerServiceSource source = source(shop);
    source.limits(shop).check(c.kind(), action);
    source.respond(shop, c.platformCaseId(), c.kind(), c.platformOrderId(), action);
    Instant now = ctx.clock().instant();
    return mutate(id, current -> afterResponse(current, action, now));
  }

  private static Case afterResponse(Case c, CaseAction action, Instant now) {
    if (action instanceof CaseAction.Reply reply) {
      return answered(c.withMessage(new CaseMessage(MessageAuthor.SELLER, reply.text(), now)));
    } else if (action instanceof CaseAction.TypedMessage typed) {
      return answered(c.withMessage(new CaseMessage(MessageAuthor.SELLER, typed.text(), now)));
    } else if (action instanceof CaseAction.Accept) {
      return c.state() == CaseState.RESOLVED ? c : c.resolved("accepted");
    } else {
      String reason = ((CaseAction.Decline) action).reason();
      return c.state() == CaseState.RESOLVED ? c : c.resolved(shorten("declined: " + reason));
    }
  }

  private static Case answered(Case c) {
    return c.state() == CaseState.AWAITING_BUYER || c.state() == CaseState.RESOLVED
        ? c
        : c.changeState(CaseState.AWAITING_BUYER);
  }

  @Override
  public Case reply(CaseId id, ReplyTemplate template, @Nullable String messageType) {
    requireNonNull(id, "id == null");
    Checks.present("template", template);
    String text =
        ctx.tx(
            tx -> {
              Case c = tx.repository(CaseRepository.class).find(id).orElseThrow(() -> new NotFoundException("caseId", id));
              requireOpen(c);
              return template.render(placeholderValues(tx, c));
            });
    CaseAction action = messageType == null ? new CaseAction.Reply(text) : new CaseAction.TypedMessage(messageType, text);
    return respond(id, action);
  }

  /** The values of the placeholders for {@code c}: its own shop, order and buyer only. */
  private static Map<String, String> placeholderValues(StoreTransaction tx, Case c) {
    Map<String, String> values = new HashMap<>();
    values.put("case.id", c.platformCaseId());
    Shop shop = tx.repository(ShopRepository.class).find(c.shopId()).orElseThrow(() -> new NotFoundException("shopId", c.shopId()));
    values.put("shop.name", shop.name());
    OrderId orderId = c.orderId();
    if (orderId == null) {
      return values;
    }
    OrderRepository repo = tx.repository(OrderRepository.class);
    Order order = repo.find(orderId).orElseThrow(() -> new NotFoundException("orderId", orderId));
    values.put("order.id", order.platformOrderId());
    values.put("order.purchaseDate", order.purchasedAt().atZone(shop.zone()).toLocalDate().toString());
    values.put("order.total", order.total().amount().toPlainString() + " " + order.total().currency().getCurrencyCode());
    values.put("order.status", order.status().name());
    Optional<BuyerDetails> buyer = repo.findBuyer(orderId);
    if (buyer.isPresent()) {
      String name = buyer.get().name();
      values.put("buyer.name", name);
      values.put("buyer.firstName", name.split("\\s+", 2)[0]);
    }
    return values;
  }

  @Override
  public CancellationOutcome processCancellation(CaseId id) {
    requireNonNull(id, "id == null");
    Case c = find(id).orElseThrow(() -> new NotFoundException("caseId", id));
    if (c.kind() != CaseKind.CANCELLATION_REQUEST) {
      throw new InvalidInputException("kind", c.kind(), "is not a cancellation request");
    }
    requireOpen(c);
    OrderId orderId = c.orderId();
    if (orderId == null) {
      throw new InvalidInputException("orderId", "null", "is required: the case is linked to no stored order");
    }
    Shop shop = shopOf(c.shopId());
    CustomerServiceSource source = source(shop);
    Order order = orders.find(orderId).orElseThrow(() -> new NotFoundException("orderId", orderId));
    boolean cancellable = order.status() == OrderStatus.CANCELLED || order.status().canChangeTo(OrderStatus.CANCELLED);
    CaseAction action =
        cancellable ? new CaseAction.Accept() : new CaseAction.Decline("the order has already shipped");
    source.limits(shop).check(c.kind(), action);
    if (cancellable) {
      Order cancelled = order.status() == OrderStatus.CANCELLED ? order : orders.cancel(orderId);
      source.respond(shop, c.platformCaseId(), c.kind(), c.platformOrderId(), action);
      Case resolved = mutate(id, current -> current.state() == CaseState.RESOLVED ? current : current.resolved("order cancelled"));
      return new CancellationOutcome.Cancelled(cancelled, resolved);
    }
    String reason = ((CaseAction.Decline) action).reason();
    source.respond(shop, c.platformCaseId(), c.kind(), c.platformOrderId(), action);
    Case resolved =
        mutate(id, current -> current.state() == CaseState.RESOLVED ? current : current.resolved("refused: " + reason));
    return new CancellationOutcome.Refused(order, resolved, reason);
  }

  @Override
  public Returns returns() {
    return returns;
  }

  // ---- helpers

  private static void requireOpen(Case c) {
    if (c.state() == CaseState.RESOLVED) {
      throw new ReplyNotAllowedException("state", c.state(), "is closed: case " + c.id() + " takes no reply");
    }
  }

  private Case mutate(CaseId id, UnaryOperator<Case> change) {
    requireNonNull(id, "id == null");
    return ctx.tx(
        tx -> {
          CaseRepository repo = tx.repository(CaseRepository.class);
          Case c = repo.find(id).orElseThrow(() -> new NotFoundException("caseId", id));
          Case changed = change.apply(c);
          if (changed.equals(c)) {
            return c;
          }
          Case saved = repo.update(changed);
          ctx.emit(tx, "case", saved.id().value(), CaseEvents.CASE_CHANGED, CaseEvents.of(saved));
          return saved;
        });
  }

  private Shop shopOf(ShopId id) {
    return ctx.tx(tx -> tx.repository(ShopRepository.class).find(id)).orElseThrow(() -> new NotFoundException("shopId", id));
  }

  private CustomerServiceSource source(Shop shop) {
    PlatformConnector connector = connectors.get(shop.platform());
    if (connector == null) {
      throw new ConfigurationException("no connector is registered for " + shop.platform());
    }
    return connector
        .capability(CustomerServiceSource.class)
        .orElseThrow(
            () -> new ConfigurationException("the connector of " + shop.platform() + " has no customer service"));
  }

  private static String shorten(String text) {
    return text.length() <= 500 ? text : text.substring(0, 497) + "...";
  }
}
