package dev.crossborder.erp.warehouse.putaway;

import java.util.List;

/**
 * A put-away strategy: where to shelve units. {@link PutAwayPolicies} holds the built-in ones (same
 * SKU's bin first, nearest empty bin of a type, by velocity class) and {@link
 * PutAwayPolicies#firstOf} chains them; a host may write its own.
 *
 * <p>Implementations must be pure and thread-safe: they see a snapshot and return suggestions; the
 * service checks them again (storage bins only, capacity) before it creates tasks.
 */
@FunctionalInterface
public interface PutAwayPolicy {

  /**
   * Suggests bins for {@code request.quantity()} units among {@code candidates} (every sellable
   * storage bin of the warehouse, with what it holds); the quantities may add up to less when the
   * policy finds too little room, and never exceed any bin's free capacity.
   */
  List<Suggestion> suggest(PutAwayRequest request, List<BinOccupancy> candidates);
}
