package dev.crossborder.erp.warehouse.putaway;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.warehouse.layout.BinType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The built-in {@link PutAwayPolicy} strategies. Each orders the candidate bins it accepts and
 * fills them in that order up to their free capacity, with a reason per suggestion. Thread-safe.
 */
public final class PutAwayPolicies {
  private PutAwayPolicies() {}

  /** Bins that already hold the SKU and have room, nearest to the dock first. */
  public static PutAwayPolicy sameSkuFirst() {
    return (request, candidates) ->
        fill(
            request,
            candidates,
            c -> c.skus().contains(request.sku()),
            Comparator.comparingDouble(BinOccupancy::distanceFromDock),
            c -> "already holds " + request.sku() + "; " + distance(c));
  }

  /** Empty bins of {@code type}, nearest to the dock first. */
  public static PutAwayPolicy nearestEmpty(BinType type) {
    requireNonNull(type, "type == null");
    return (request, candidates) ->
        fill(
            request,
            candidates,
            c -> c.empty() && c.bin().type() == type,
            Comparator.comparingDouble(BinOccupancy::distanceFromDock),
            c -> "nearest empty " + type + " bin; " + distance(c));
  }

  /**
   * By velocity class from {@code classes}: fast movers into pick bins nearest the dock (the pick
   * face), medium ones into the nearest bulk bins, slow ones into the farthest bulk bins.
   */
  public static PutAwayPolicy byVelocity(Function<SkuCode, VelocityClass> classes) {
    requireNonNull(classes, "classes == null");
    return (request, candidates) -> {
      VelocityClass velocity = requireNonNull(classes.apply(request.sku()), "velocity class == null");
      BinType type = velocity == VelocityClass.FAST ? BinType.PICK : BinType.BULK;
      Comparator<BinOccupancy> near = Comparator.comparingDouble(BinOccupancy::distanceFromDock);
      String label = velocity.name().toLowerCase(Locale.ROOT) + " mover";
      return fill(
          request,
          candidates,
          c -> c.bin().type() == type,
          velocity == VelocityClass.SLOW ? near.reversed() : near,
          c -> label + " → " + type + " bin; " + distance(c));
    };
  }

  /** The suggestions of {@code policies} in turn, each for what the ones before left unplaced. */
  public static PutAwayPolicy firstOf(PutAwayPolicy... policies) {
    List<PutAwayPolicy> chain = List.of(policies);
    return (request, candidates) -> {
      List<Suggestion> out = new ArrayList<>();
      List<BinOccupancy> left = new ArrayList<>(candidates);
      long remaining = request.quantity();
      for (PutAwayPolicy policy : chain) {
        if (remaining <= 0) {
          break;
        }
        PutAwayRequest rest = new PutAwayRequest(request.sku(), request.lot(), request.from(), remaining, request.unitVolumeCm3());
        for (Suggestion s : policy.suggest(rest, left)) {
          out.add(s);
          remaining -= s.quantity();
          left.removeIf(c -> c.bin().code().equals(s.bin()));
        }
      }
      return out;
    };
  }

  private static List<Suggestion> fill(
      PutAwayRequest request,
      List<BinOccupancy> candidates,
      Predicate<BinOccupancy> accept,
      Comparator<BinOccupancy> order,
      Function<BinOccupancy, String> reason) {
    List<BinOccupancy> ordered =
        candidates.stream()
            .filter(accept)
            .sorted(order.thenComparing(c -> c.bin().code()))
            .toList();
    List<Suggestion> out = new ArrayList<>();
    long remaining = request.quantity();
    for (BinOccupancy c : ordered) {
      if (remaining <= 0) {
        break;
      }
      long room = c.free(request.unitVolumeCm3());
      if (room <= 0) {
        continue;
      }
      long take = Math.min(room, remaining);
      out.add(new Suggestion(c.bin().code(), take, reason.apply(c) + "; room for " + (room == Long.MAX_VALUE ? "any" : room)));
      remaining -= take;
    }
    return out;
  }

  private static String distance(BinOccupancy c) {
    return String.format(Locale.ROOT, "%.1f m from dock", c.distanceFromDock());
  }
}
