package dev.crossborder.erp.warehouse.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Parcel;
import dev.crossborder.erp.order.ParcelId;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.shipping.carrier.CarrierConnector;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import dev.crossborder.erp.shipping.carrier.LabelRequest;
import dev.crossborder.erp.shipping.carrier.ShippingLabel;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.warehouse.layout.Aisle;
import dev.crossborder.erp.warehouse.layout.Bin;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.layout.Zone;
import dev.crossborder.erp.warehouse.outbound.Outbound;
import dev.crossborder.erp.warehouse.outbound.PackJob;
import dev.crossborder.erp.warehouse.outbound.PickState;
import dev.crossborder.erp.warehouse.outbound.PickTask;
import dev.crossborder.erp.warehouse.outbound.Wave;
import dev.crossborder.erp.warehouse.outbound.WaveId;
import dev.crossborder.erp.warehouse.outbound.WavePlan;
import dev.crossborder.erp.warehouse.outbound.WaveSettings;
import dev.crossborder.erp.warehouse.outbound.route.BatchCapacity;
import dev.crossborder.erp.warehouse.outbound.route.BatchPick;
import dev.crossborder.erp.warehouse.outbound.route.PickBatch;
import dev.crossborder.erp.warehouse.outbound.route.PickBatcher;
import dev.crossborder.erp.warehouse.outbound.route.PickLine;
import dev.crossborder.erp.warehouse.outbound.route.PickLocation;
import dev.crossborder.erp.warehouse.outbound.route.PickOrder;
import dev.crossborder.erp.warehouse.outbound.route.PickRouter;
import dev.crossborder.erp.warehouse.outbound.route.RoutingLayout;
import dev.crossborder.erp.warehouse.store.BinStockRepository;
import dev.crossborder.erp.warehouse.store.OutboundRepository;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Outbound} over the warehouse and order repositories. Thread-safe (stateless). */
final class StoreOutbound implements Outbound {
  private static final String SINGLE = "single";
  private static final String MULTI = "multi";
  private final WarehouseContext w;

  StoreOutbound(WarehouseContext w) {
    this.w = w;
  }

  // ---- waves

  @Override
  public List<WavePlan> planWaves(WarehouseId warehouse, WaveSettings settings) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(settings, "settings == null");
    return w.tx(
        tx -> {
          WarehouseLayout layout = w.layout(tx, warehouse);
          Map<BinCode, String> zones = zones(layout);
          Map<SkuCode, String> skuZone = new HashMap<>();
          Map<String, List<Shipment>> groups = new TreeMap<>();
          Map<ShipmentId, Long> units = new HashMap<>();
          for (Order order : allocated(tx)) {
            Optional<Shipment> only = soleShipment(order, warehouse);
            if (only.isEmpty()) {
              continue;
            }
            Shipment s = only.get();
            long u = s.lines().stream().mapToLong(l -> l.quantity().value()).sum();
            String zone = null;
            for (ShipmentLine line : s.lines()) {
              String z = skuZone.computeIfAbsent(line.sku(), sku -> mainZone(tx, warehouse, sku, zones));
              zone = zone == null || zone.equals(z) ? z : "mixed";
            }
            String method = s.shippingMethod() == null ? "none" : s.shippingMethod();
            LocalTime cut = s.shippingMethod() == null ? null : settings.cutOffs().get(s.shippingMethod());
            String group = method + "|" + (cut == null ? "no-cut-off" : cut) + "|" + zone + "|" + (u == 1 ? SINGLE : MULTI);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(s);
            units.put(s.id(), u);
          }
          List<WavePlan> plans = new ArrayList<>();
          for (Map.Entry<String, List<Shipment>> g : groups.entrySet()) {
            List<ShipmentId> current = new ArrayList<>();
            long currentUnits = 0;
            for (Shipment s : g.getValue()) {
              long u = units.get(s.id());
              if (!current.isEmpty() && (current.size() >= settings.maxOrders() || currentUnits + u > settings.maxUnits())) {
                plans.add(new WavePlan(warehouse, g.getKey(), current, currentUnits));
                current = new ArrayList<>();
                currentUnits = 0;
              }
              current.add(s.id());
              currentUnits += u;
            }
            if (!current.isEmpty()) {
              plans.add(new WavePlan(warehouse, g.getKey(), current, currentUnits));
            }
          }
          return plans;
        });
  }

  private static List<Order> allocated(StoreTransaction tx) {
    List<Order> all = new ArrayList<>();
    OrderQuery query = OrderQuery.all().withStatuses(OrderStatus.ALLOCATED);
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Order> p = tx.repository(OrderRepository.class).find(query, page);
      all.addAll(p.items());
      if (!p.hasNext()) {
        return all;
      }
      page = page.next(p);
    }
  }

  private static Optional<Shipment> soleShipment(Order order, WarehouseId warehouse) {
    if (order.shipments().size() != 1) {
      return Optional.empty();
    }
    Shipment s = order.shipments().get(0);
    return s.warehouse().equals(warehouse) && !s.isMerged() && s.parcels().isEmpty() ? Optional.of(s) : Optional.empty();
  }

  private static Map<BinCode, String> zones(WarehouseLayout layout) {
    Map<BinCode, String> zones = new HashMap<>();
    for (Zone z : layout.zones()) {
      for (Aisle a : z.aisles()) {
        for (Bin b : a.bins()) {
          zones.put(b.code(), z.code());
        }
      }
    }
    return zones;
  }

  private static String mainZone(StoreTransaction tx, WarehouseId warehouse, SkuCode sku, Map<BinCode, String> zones) {
    Map<String, Long> byZone = new TreeMap<>();
    for (BinStock s : tx.repository(BinStockRepository.class).ofSku(warehouse, sku)) {
      byZone.merge(zones.getOrDefault(s.bin(), "none"), s.quantity(), Long::sum);
    }
    return byZone.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("none");
  }

  @Override
  public Wave release(String key, WavePlan plan, WaveSettings settings) {
    requireNonNull(plan, "plan == null");
    requireNonNull(settings, "settings == null");
    WaveId id = WaveId.of("W-" + WarehouseContext.digest("wave", key));
    return w.command(
        key,
        "release " + plan.warehouse() + " " + plan.shipments(),
        tx -> new WarehouseContext.Outcome<>(releaseIn(tx, id, plan, settings), id.value()),
        (tx, record) -> requireWave(tx, id));
  }

  private Wave releaseIn(StoreTransaction tx, WaveId id, WavePlan plan, WaveSettings settings) {
    WarehouseId warehouse = plan.warehouse();
    WarehouseLayout layout = w.layout(tx, warehouse);
    Geometry geometry = Geometry.of(layout);
    OrderRepository orders = tx.repository(OrderRepository.class);
    OutboundRepository out = tx.repository(OutboundRepository.class);
    List<PickOrder> pickOrders = new ArrayList<>();
    Map<ShipmentId, Order> allocatedByShipment = new HashMap<>();
    for (Order o : allocated(tx)) {
      for (Shipment sh : o.shipments()) {
        allocatedByShipment.put(sh.id(), o);
      }
    }
    Map<String, Shipment> byRef = new LinkedHashMap<>();
    Map<String, Order> orderByRef = new HashMap<>();
    Map<String, List<String>> lineIds = new HashMap<>();
    for (ShipmentId sid : plan.shipments()) {
      Order order = allocatedByShipment.get(sid);
      if (order == null) {
        throw new InvalidInputException("shipments", sid, "is no allocated shipment");
      }
      Optional<Shipment> sole = soleShipment(order, warehouse);
      if (order.status() != OrderStatus.ALLOCATED || sole.isEmpty()) {
        throw new InvalidInputException("shipments", sid, "is no longer an allocated shipment of " + warehouse + " alone");
      }
      Shipment s = sole.get();
      List<PickLine> lines = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (ShipmentLine line : s.lines()) {
        for (Map.Entry<BinCode, Long> take : allocate(tx, warehouse, line.sku(), line.quantity().value(), null).entrySet()) {
          out.reserveBin(warehouse, take.getKey(), line.sku(), take.getValue());
          lines.add(new PickLine(line.sku().value(), Math.toIntExact(take.getValue()), geometry.location(take.getKey())));
          ids.add(line.orderLineId() + "\u0000" + take.getKey().value());
        }
      }
      byRef.put(sid.value(), s);
      orderByRef.put(sid.value(), order);
      lineIds.put(sid.value(), ids);
      pickOrders.add(new PickOrder(sid.value(), lines));
      w.erp.orders().changeStatus(order.id(), OrderStatus.IN_FULFILLMENT, order.version());
    }
    PickBatcher batcher =
        new PickBatcher(PickRouter.forLayout(geometry.routing), new BatchCapacity(settings.totes(), settings.cartUnits()));
    List<PickTask> tasks = new ArrayList<>();
    List<PackJob> packs = new ArrayList<>();
    Map<String, Integer> lineCursor = new HashMap<>();
    double length = 0;
    int batchNo = 0;
    for (PickBatch batch : batcher.batch(pickOrders)) {
      length += batch.length();
      for (BatchPick pick : batch.picks()) {
        String ref = pick.orderReference();
        Shipment s = byRef.get(ref);
        List<String> ids = lineIds.get(ref);
        // the batch's picks are the orders' lines re-ordered: find this one among the shipment's
        int from = lineCursor.getOrDefault(ref + pick.line(), 0);
        int at = indexOf(pickOrders, ref, pick.line(), from);
        lineCursor.put(ref + pick.line(), at + 1);
        String[] lineAndBin = ids.get(at).split("\u0000");
        tasks.add(
            new PickTask(
                tasks.size(), batchNo, pick.tote(), orderByRef.get(ref).id(), s.id(), lineAndBin[0],
                SkuCode.of(pick.line().sku()), BinCode.of(lineAndBin[1]), pick.line().units(), 0, false, false,
                PickState.OPEN));
        if (packs.stream().noneMatch(p -> p.shipment().equals(s.id()))) {
          packs.add(
              new PackJob(orderByRef.get(ref).id(), s.id(), expected(s), Map.of(), null, null, null, null, null, false, false));
        }
      }
      batchNo++;
    }
    Wave wave = new Wave(id, warehouse, plan.group(), tasks, packs, length, 0);
    out.insertWave(wave);
    w.emit(tx, "wave", id.value(), "wave.released", id.value(), Map.of("warehouse", warehouse.value(), "shipments", plan.shipments().size(), "picks", tasks.size()));
    return wave;
  }

  private static int indexOf(List<PickOrder> orders, String ref, PickLine line, int from) {
    for (PickOrder o : orders) {
      if (o.reference().equals(ref)) {
        for (int i = from; i < o.lines().size(); i++) {
          if (o.lines().get(i).equals(line)) {
            return i;
          }
        }
      }
    }
    throw new IllegalStateException("batch pick not among the shipment's lines: " + ref);
  }

  private static Map<String, Long> expected(Shipment s) {
    Map<String, Long> units = new TreeMap<>();
    for (ShipmentLine l : s.lines()) {
      units.merge(l.sku().value(), l.quantity().value(), Long::sum);
    }
    return units;
  }

  /**
   * Bins to take {@code quantity} of {@code sku} from, largest free stock (on hand − held) first;
   * empty if the free stock is short. {@code except} is left out.
   */
  private static Map<BinCode, Long> allocate(
      StoreTransaction tx, WarehouseId warehouse, SkuCode sku, long quantity, BinCode except) {
    OutboundRepository out = tx.repository(OutboundRepository.class);
    Map<BinCode, Long> free = new TreeMap<>(Comparator.comparing(BinCode::value));
    for (BinStock s : tx.repository(BinStockRepository.class).ofSku(warehouse, sku)) {
      if (!s.bin().equals(except)) {
        free.merge(s.bin(), s.quantity(), Long::sum);
      }
    }
    free.replaceAll((bin, q) -> q - out.binReserved(warehouse, bin, sku));
    List<Map.Entry<BinCode, Long>> bins = new ArrayList<>(free.entrySet());
    bins.sort(Map.Entry.<BinCode, Long>comparingByValue().reversed());
    Map<BinCode, Long> takes = new LinkedHashMap<>();
    long left = quantity;
    for (Map.Entry<BinCode, Long> b : bins) {
      if (left == 0 || b.getValue() <= 0) {
        break;
      }
      long t = Math.min(left, b.getValue());
      takes.put(b.getKey(), t);
      left -= t;
    }
    if (left > 0) {
      if (except != null) {
        return Map.of();
      }
      throw new InvalidInputException("sku", sku, "has " + (quantity - left) + " free units in the bins of " + warehouse + ", " + quantity + " needed");
    }
    return takes;
  }

  @Override
  public Optional<Wave> wave(WaveId id) {
    requireNonNull(id, "id == null");
    return w.tx(tx -> tx.repository(OutboundRepository.class).findWave(id));
  }

  @Override
  public Optional<PickTask> nextTask(WaveId wave) {
    return wave(wave).flatMap(Wave::nextTask);
  }

  private static Wave requireWave(StoreTransaction tx, WaveId id) {
    requireNonNull(id, "wave == null");
    return tx.repository(OutboundRepository.class).findWave(id).orElseThrow(() -> new NotFoundException("waveId", id.value()));
  }

  // ---- picking

  @Override
  public Wave scanBin(String key, WaveId wave, int seq, String bin) {
    return onWave(key, wave, "scan bin " + seq + " " + bin, (tx, v) -> {
      PickTask t = openTask(v, seq);
      if (bin == null || !t.bin().value().equals(bin.strip())) {
        throw new InvalidInputException("bin", String.valueOf(bin), "is not bin " + t.bin() + " of task " + seq);
      }
      return replace(v, t.scanned(true, false));
    });
  }

  @Override
  public Wave scanSku(String key, WaveId wave, int seq, String scanned) {
    return onWave(key, wave, "scan sku " + seq + " " + scanned, (tx, v) -> {
      PickTask t = openTask(v, seq);
      if (!t.binScanned()) {
        throw new InvalidInputException("bin", t.bin(), "must be scanned before the SKU of task " + seq);
      }
      SkuCode sku = w.resolve(scanned, List.of(t.sku()), "sku");
      if (!sku.equals(t.sku())) {
        throw new InvalidInputException("sku", scanned, "is not SKU " + t.sku() + " of task " + seq);
      }
      return replace(v, t.scanned(true, true));
    });
  }

  @Override
  public Wave confirmPick(String key, WaveId wave, int seq, long quantity) {
    return onWave(key, wave, "confirm " + seq + " " + quantity, (tx, v) -> {
      PickTask t = openTask(v, seq);
      if (!t.skuScanned()) {
        throw new InvalidInputException("sku", t.sku(), "must be scanned before confirming task " + seq);
      }
      if (quantity < 0 || quantity > t.quantity()) {
        throw new InvalidInputException("quantity", quantity, "must be 0 to " + t.quantity() + " for task " + seq);
      }
      OutboundRepository out = tx.repository(OutboundRepository.class);
      out.reserveBin(v.warehouse(), t.bin(), t.sku(), -t.quantity());
      takeFromLots(tx, v.warehouse(), t.bin(), t.sku(), quantity);
      Wave next = replace(v, t.done(PickState.PICKED, quantity));
      if (quantity == t.quantity()) {
        return next;
      }
      // short pick: what the system still counts in the bin is missing
      long missing = binUnits(tx, v.warehouse(), t.bin(), t.sku());
      long rest = t.quantity() - quantity;
      Map<BinCode, Long> other = allocate(tx, v.warehouse(), t.sku(), rest, t.bin());
      if (!other.isEmpty()) {
        variance(tx, v.warehouse(), t.bin(), t.sku(), missing, key);
        List<PickTask> tasks = new ArrayList<>(next.picks());
        for (Map.Entry<BinCode, Long> b : other.entrySet()) {
          out.reserveBin(v.warehouse(), b.getKey(), t.sku(), b.getValue());
          tasks.add(
              new PickTask(tasks.size(), t.batch(), t.tote(), t.order(), t.shipment(), t.orderLineId(), t.sku(),
                  b.getKey(), b.getValue(), 0, false, false, PickState.OPEN));
        }
        return new Wave(next.id(), next.warehouse(), next.group(), tasks, next.packs(), next.routeLength(), next.version());
      }
      Wave back = returnShipment(tx, next, t.shipment());
      variance(tx, v.warehouse(), t.bin(), t.sku(), missing, key);
      return back;
    });
  }

  /** Counts the bin's remaining units of the SKU as missing: bin stock and ledger on hand down. */
  private void variance(StoreTransaction tx, WarehouseId warehouse, BinCode bin, SkuCode sku, long missing, String key) {
    if (missing == 0) {
      return;
    }
    takeFromLots(tx, warehouse, bin, sku, missing);
    w.ledger(tx, () -> w.erp.inventory().adjust(key + "/variance", sku, warehouse, -missing, "short pick in bin " + bin));
    w.emit(tx, "bin", bin.value(), "bin.variance", key, Map.of("warehouse", warehouse.value(), "sku", sku.value(), "delta", -missing));
  }

  /** The shipment goes back to the order module: AWAITING_STOCK, reservations released, picks put back. */
  private Wave returnShipment(StoreTransaction tx, Wave v, ShipmentId shipment) {
    OutboundRepository out = tx.repository(OutboundRepository.class);
    List<PickTask> tasks = new ArrayList<>();
    for (PickTask p : v.picks()) {
      if (!p.shipment().equals(shipment)) {
        tasks.add(p);
      } else if (p.state() == PickState.OPEN) {
        out.reserveBin(v.warehouse(), p.bin(), p.sku(), -p.quantity());
        tasks.add(p.done(PickState.CANCELLED, 0));
      } else {
        if (p.picked() > 0) {
          w.putInto(tx, v.warehouse(), p.bin(), p.sku(), "", p.picked());
        }
        tasks.add(p.done(PickState.CANCELLED, p.picked()));
      }
    }
    List<PackJob> packs = new ArrayList<>();
    OrderId orderId = null;
    for (PackJob p : v.packs()) {
      if (p.shipment().equals(shipment)) {
        orderId = p.order();
        packs.add(p.with(p.scanned(), p.weight(), p.box(), p.carrier(), p.trackingNumber(), p.labelDocument(), false, true));
      } else {
        packs.add(p);
      }
    }
    OrderRepository orders = tx.repository(OrderRepository.class);
    Order order = orders.find(requireNonNull(orderId)).orElseThrow(() -> new NotFoundException("orderId", shipment.value()));
    for (Shipment s : order.shipments()) {
      for (ShipmentLine line : s.lines()) {
        w.erp.inventory().release(s.reservationKey(line));
      }
    }
    saveOrder(tx, order, order.toBuilder().shipments(List.of()).build().changeStatus(OrderStatus.AWAITING_STOCK), v.id().value());
    return new Wave(v.id(), v.warehouse(), v.group(), tasks, packs, v.routeLength(), v.version());
  }

  private static long binUnits(StoreTransaction tx, WarehouseId warehouse, BinCode bin, SkuCode sku) {
    return tx.repository(BinStockRepository.class).inBin(warehouse, bin).stream()
        .filter(s -> s.sku().equals(sku))
        .mapToLong(BinStock::quantity)
        .sum();
  }

  private void takeFromLots(StoreTransaction tx, WarehouseId warehouse, BinCode bin, SkuCode sku, long quantity) {
    long left = quantity;
    for (BinStock s : tx.repository(BinStockRepository.class).inBin(warehouse, bin)) {
      if (left == 0) {
        break;
      }
      if (s.sku().equals(sku)) {
        long t = Math.min(left, s.quantity());
        w.takeFrom(tx, warehouse, bin, sku, s.lot(), t, "quantity");
        left -= t;
      }
    }
    if (left > 0) {
      throw new InvalidInputException("quantity", quantity, "exceeds the units of " + sku + " in bin " + bin);
    }
  }

  private static PickTask openTask(Wave v, int seq) {
    if (seq < 0 || seq >= v.picks().size()) {
      throw new InvalidInputException("task", seq, "is not a task of wave " + v.id());
    }
    PickTask t = v.picks().get(seq);
    if (t.state() != PickState.OPEN) {
      throw new InvalidInputException("task", seq, "is " + t.state());
    }
    return t;
  }

  private static Wave replace(Wave v, PickTask t) {
    List<PickTask> tasks = new ArrayList<>(v.picks());
    tasks.set(t.seq(), t);
    return new Wave(v.id(), v.warehouse(), v.group(), tasks, v.packs(), v.routeLength(), v.version());
  }

  private static Wave replace(Wave v, PackJob p) {
    List<PackJob> packs = new ArrayList<>(v.packs());
    packs.replaceAll(x -> x.shipment().equals(p.shipment()) ? p : x);
    return new Wave(v.id(), v.warehouse(), v.group(), v.picks(), packs, v.routeLength(), v.version());
  }

  private interface WaveChange {
    Wave apply(StoreTransaction tx, Wave wave);
  }

  /** An idempotent command that changes one wave; a replay returns the wave as stored. */
  private Wave onWave(String key, WaveId id, String description, WaveChange change) {
    return w.command(
        key,
        id + " " + description,
        tx -> {
          Wave changed = change.apply(tx, requireWave(tx, id));
          return new WarehouseContext.Outcome<>(tx.repository(OutboundRepository.class).updateWave(changed), "");
        },
        (tx, record) -> requireWave(tx, id));
  }

  // ---- packing

  private static PackJob openPack(Wave v, ShipmentId shipment) {
    requireNonNull(shipment, "shipment == null");
    PackJob p = v.pack(shipment).orElseThrow(() -> new InvalidInputException("shipment", shipment, "is not in wave " + v.id()));
    if (p.returned() || p.shipped()) {
      throw new InvalidInputException("shipment", shipment, p.returned() ? "went back to the order module" : "has shipped");
    }
    boolean open = v.picks().stream().anyMatch(t -> t.shipment().equals(shipment) && t.state() == PickState.OPEN);
    if (open) {
      throw new InvalidInputException("shipment", shipment, "still has open picks");
    }
    return p;
  }

  @Override
  public Wave scanUnit(String key, WaveId wave, ShipmentId shipment, String unit) {
    return onWave(key, wave, "pack " + shipment + " " + unit, (tx, v) -> {
      PackJob p = openPack(v, shipment);
      List<SkuCode> skus = p.expected().keySet().stream().map(SkuCode::of).toList();
      SkuCode sku;
      try {
        sku = w.resolve(unit, skus, "unit");
      } catch (InvalidInputException unknown) {
        throw new InvalidInputException("unit", String.valueOf(unit), "is not in shipment " + shipment);
      }
      long want = p.expected().getOrDefault(sku.value(), 0L);
      long have = p.scanned().getOrDefault(sku.value(), 0L);
      if (have >= want) {
        throw new InvalidInputException("unit", unit, want == 0 ? "is not in shipment " + shipment : "is one more than the " + want + " units of " + sku + " in shipment " + shipment);
      }
      Map<String, Long> scanned = new TreeMap<>(p.scanned());
      scanned.put(sku.value(), have + 1);
      return replace(v, p.with(scanned, p.weight(), p.box(), p.carrier(), p.trackingNumber(), p.labelDocument(), false, false));
    });
  }

  @Override
  public Wave weigh(String key, WaveId wave, ShipmentId shipment, Weight weight, long toleranceGrams, List<Box> boxes) {
    requireNonNull(weight, "weight == null");
    return onWave(key, wave, "weigh " + shipment + " " + weight + " " + toleranceGrams + " " + boxes, (tx, v) -> {
      PackJob p = openPack(v, shipment);
      requireVerified(p, "weighing");
      BigDecimal volume = BigDecimal.ZERO;
      BigDecimal longest = BigDecimal.ZERO;
      BigDecimal grams = BigDecimal.ZERO;
      for (Map.Entry<String, Long> e : p.expected().entrySet()) {
        Optional<Sku> sku = w.erp.catalog().sku(SkuCode.of(e.getKey()));
        BigDecimal n = BigDecimal.valueOf(e.getValue());
        grams = grams.add(sku.flatMap(Sku::weight).map(Weight::grams).orElse(BigDecimal.ZERO).multiply(n));
        Optional<Dimensions> d = sku.flatMap(Sku::dimensions);
        if (d.isPresent()) {
          volume = volume.add(d.get().volumeCm3().multiply(n));
          longest = longest.max(longestSide(d.get()));
        }
      }
      final BigDecimal needVolume = volume;
      final BigDecimal needSide = longest;
      Box box =
          boxes.stream()
              .filter(b -> b.dimensions().volumeCm3().compareTo(needVolume) >= 0 && longestSide(b.dimensions()).compareTo(needSide) >= 0)
              .min(Comparator.comparing(b -> b.dimensions().volumeCm3()))
              .orElseThrow(() -> new InvalidInputException("boxes", boxes.size(), "has no box that fits shipment " + shipment));
      BigDecimal expectedGrams = grams.add(BigDecimal.valueOf(box.tareGrams()));
      if (weight.grams().subtract(expectedGrams).abs().compareTo(BigDecimal.valueOf(toleranceGrams)) > 0) {
        throw new InvalidInputException("weight", weight, "differs from the expected " + expectedGrams + " g by more than " + toleranceGrams + " g");
      }
      return replace(v, p.with(p.scanned(), weight, box.code(), p.carrier(), p.trackingNumber(), p.labelDocument(), false, false));
    });
  }

  /** Refuses, on {@code unit}, a step that needs every unit of the shipment scanned. */
  private static void requireVerified(PackJob p, String before) {
    if (!p.verified()) {
      throw new InvalidInputException("unit", p.scanned(), "must match every unit of shipment " + p.shipment() + " before " + before);
    }
  }

  /** The label reference of a shipment: its id if at most 30 characters, else 30 of its digest. */
  private static String reference(ShipmentId shipment) {
    String id = shipment.value();
    return id.length() <= 30 ? id : "S" + WarehouseContext.digest(id).substring(0, 29);
  }

  private static BigDecimal longestSide(Dimensions d) {
    return d.lengthCm().max(d.widthCm()).max(d.heightCm());
  }

  @Override
  public Wave buyLabel(String key, WaveId wave, ShipmentId shipment, CarrierConnector carrier) {
    requireNonNull(carrier, "carrier == null");
    // read and check, call the carrier outside any transaction, then record
    LabelRequest request =
        w.tx(tx -> {
          Wave v = requireWave(tx, wave);
          PackJob p = openPack(v, shipment);
          requireVerified(p, "the label");
          if (p.weight() == null) {
            throw new InvalidInputException("weight", "none", "shipment " + shipment + " must be weighed before the label");
          }
          Order order = tx.repository(OrderRepository.class).find(p.order()).orElseThrow(() -> new NotFoundException("orderId", p.order().value()));
          Shipment s = order.shipments().stream().filter(x -> x.id().equals(shipment)).findFirst().orElseThrow();
          Address shipTo = w.erp.orders().buyer(order.id()).map(BuyerDetails::shipTo)
              .orElseThrow(() -> new InvalidInputException("shipment", shipment, "has no ship-to address"));
          String origin = w.erp.inventory().warehouse(v.warehouse()).map(x -> x.country()).orElse(order.destination().country());
          LabelFormat format = carrier.formats().contains(LabelFormat.ZPL) ? LabelFormat.ZPL : carrier.formats().iterator().next();
          return new LabelRequest(
              "lbl-" + WarehouseContext.digest(wave.value(), shipment.value()),
              s.shippingMethod() == null ? "STANDARD" : s.shippingMethod(),
              Destination.of(origin), shipTo,
              dev.crossborder.erp.shipping.carrier.Parcel.of(p.weight()), reference(shipment), format);
        });
    ShippingLabel label = carrier.createLabel(request);
    return onWave(key, wave, "label " + shipment + " " + carrier.carrierName(), (tx, v) -> {
      PackJob p = openPack(v, shipment);
      String code =
          dev.crossborder.erp.shipping.Carrier.fromName(label.carrierName())
              .map(Enum::name)
              .orElse(label.carrierName().replaceAll("[^A-Za-z0-9_.-]", "_"));
      return replace(v, p.with(p.scanned(), p.weight(), p.box(), code, label.trackingNumber(), label.idempotencyKey(), false, false));
    });
  }

  @Override
  public List<PackJob> labelsInPickOrder(WaveId wave) {
    return wave(wave).map(v -> v.packs().stream().filter(p -> p.trackingNumber() != null && !p.returned()).toList()).orElse(List.of());
  }

  // ---- ship

  @Override
  public Wave handover(String key, WaveId wave, String trackingNumber) {
    return onWave(key, wave, "handover " + trackingNumber, (tx, v) -> {
      PackJob p = v.packs().stream()
          .filter(x -> x.trackingNumber() != null && x.trackingNumber().equals(trackingNumber) && !x.returned())
          .findFirst()
          .orElseThrow(() -> new InvalidInputException("trackingNumber", String.valueOf(trackingNumber), "is on no label of wave " + v.id()));
      if (p.shipped()) {
        throw new InvalidInputException("trackingNumber", trackingNumber, "was already handed over");
      }
      OrderRepository orders = tx.repository(OrderRepository.class);
      Order order = orders.find(p.order()).orElseThrow(() -> new NotFoundException("orderId", p.order().value()));
      List<Shipment> shipments = new ArrayList<>();
      for (Shipment s : order.shipments()) {
        if (s.id().equals(p.shipment())) {
          Shipment picked = s;
          for (ShipmentLine line : s.lines()) {
            w.ledger(tx, () -> w.erp.inventory().pick(picked.reservationKey(line)));
          }
          s = new Shipment(s.id(), s.warehouse(), s.shippingMethod(), s.lines(),
              List.of(new Parcel(ParcelId.of(s.id().value() + "-1"), p.carrier(), trackingNumber, p.weight())), s.mergedWith());
        }
        shipments.add(s);
      }
      saveOrder(tx, order, order.toBuilder().shipments(shipments).build().changeStatus(OrderStatus.SHIPPED), key);
      w.erp.trackingUploads().enqueue(order.id());
      return replace(v, p.with(p.scanned(), p.weight(), p.box(), p.carrier(), p.trackingNumber(), p.labelDocument(), true, false));
    });
  }

  /**
   * Writes an order's shipments and status in one update, emitting {@code order.status_changed}
   * with the same payload as erp-core's orders, keyed by the warehouse command.
   */
  private void saveOrder(StoreTransaction tx, Order before, Order after, String key) {
    Order saved = tx.repository(OrderRepository.class).update(after);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderId", saved.id());
    payload.put("from", before.status());
    payload.put("to", saved.status());
    w.emit(tx, "order", saved.id().value(), EventTypes.ORDER_STATUS_CHANGED, key, payload);
  }

  /** Maps the bin layout onto the routing geometry: one routing aisle per layout aisle. */
  private static final class Geometry {
    final RoutingLayout routing;
    final Map<BinCode, PickLocation> locations;

    private Geometry(RoutingLayout routing, Map<BinCode, PickLocation> locations) {
      this.routing = routing;
      this.locations = locations;
    }

    static Geometry of(WarehouseLayout layout) {
      List<Aisle> aisles = new ArrayList<>();
      for (Zone z : layout.zones()) {
        aisles.addAll(z.aisles());
      }
      aisles.removeIf(a -> a.bins().isEmpty());
      aisles.sort(Comparator.comparingDouble(Geometry::meanX));
      double minY = layout.bins().stream().mapToDouble(Bin::y).min().orElse(0);
      double maxY = layout.bins().stream().mapToDouble(Bin::y).max().orElse(0);
      double[] xs = new double[Math.max(1, aisles.size())];
      Map<BinCode, PickLocation> locations = new HashMap<>();
      int depot = 0;
      for (int i = 0; i < aisles.size(); i++) {
        double x = meanX(aisles.get(i));
        xs[i] = i > 0 && x <= xs[i - 1] ? xs[i - 1] + 0.01 : x;
        if (Math.abs(xs[i] - layout.dockX()) < Math.abs(xs[depot] - layout.dockX())) {
          depot = i;
        }
        for (Bin b : aisles.get(i).bins()) {
          locations.put(b.code(), PickLocation.of(i, b.y() - minY));
        }
      }
      RoutingLayout routing = RoutingLayout.of(xs, new double[] {0, maxY - minY + 1}, depot);
      return new Geometry(routing, locations);
    }

    private static double meanX(Aisle a) {
      return a.bins().stream().mapToDouble(Bin::x).average().orElse(0);
    }

    PickLocation location(BinCode bin) {
      PickLocation l = locations.get(bin);
      if (l == null) {
        throw new InvalidInputException("bin", bin, "is not in the layout");
      }
      return l;
    }
  }
}
