package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.rules.Action;
import dev.crossborder.erp.order.rules.RuleInputException;
import dev.crossborder.erp.order.rules.ShippingTable;
import dev.crossborder.erp.order.rules.Stage;
import java.time.Duration;
import java.util.List;

/** The built-in action kinds, as records compared by value. */
public final class Act {
  private Act() {}

  /** Put the order on hold. */
  public record Hold(String reason) implements Action {
    /** Validates the reason. */
    public Hold {
      reason = Checks.text("reason", reason, 200);
    }

    @Override
    public Stage stage() {
      return Stage.AUDIT;
    }

    @Override
    public String describe() {
      return "hold(" + reason + ")";
    }
  }

  /** Hold the order as blacklisted. */
  public record Blacklist(String reason) implements Action {
    /** Validates the reason. */
    public Blacklist {
      reason = Checks.text("reason", reason, 200);
    }

    @Override
    public Stage stage() {
      return Stage.AUDIT;
    }

    @Override
    public String describe() {
      return "blacklist(" + reason + ")";
    }
  }

  /** Pass the audit; later audit rules are not evaluated. */
  public record Approve() implements Action {
    @Override
    public Stage stage() {
      return Stage.AUDIT;
    }

    @Override
    public String describe() {
      return "approve";
    }
  }

  /** How a warehouse strategy ranks warehouses. */
  public enum Strategy {
    /** The given list's order; unlisted warehouses are not considered. */
    PRIORITY("priority"),
    /** The context's warehouse order. */
    STOCK("stock"),
    /** Ascending distance to the destination country. */
    NEAREST("nearest"),
    /** Ascending shipment cost to the destination country. */
    CHEAPEST("cheapest");

    private final String json;

    Strategy(String json) {
      this.json = json;
    }

    /** The JSON kind name. */
    public String json() {
      return json;
    }
  }

  /** Rank warehouses by a strategy; the first that covers every line wins. */
  public record PickWarehouse(Strategy strategy, List<WarehouseId> priority) implements Action {
    /** Copies the list; a priority list must not be empty, other strategies take none. */
    public PickWarehouse {
      priority = List.copyOf(priority);
      if ((strategy == Strategy.PRIORITY) == priority.isEmpty()) {
        throw new RuleInputException(
            "warehouses", priority, strategy == Strategy.PRIORITY ? "must not be empty" : "are only for a priority list");
      }
    }

    @Override
    public Stage stage() {
      return Stage.WAREHOUSE;
    }

    @Override
    public String describe() {
      return strategy == Strategy.PRIORITY ? "priority" + priority : strategy.json();
    }
  }

  /** When no warehouse covers every line: ship each line from the first ranked warehouse that has it. */
  public record Split() implements Action {
    @Override
    public Stage stage() {
      return Stage.SPLIT_MERGE;
    }

    @Override
    public String describe() {
      return "split by warehouse";
    }
  }

  /** When no warehouse covers every line: wait for stock (AWAITING_STOCK). */
  public record Backorder() implements Action {
    @Override
    public Stage stage() {
      return Stage.SPLIT_MERGE;
    }

    @Override
    public String describe() {
      return "backorder";
    }
  }

  /** Look for open orders of the same buyer and address placed within {@code window}. */
  public record Merge(Duration window) implements Action {
    /** Requires a positive window. */
    public Merge {
      if (window.isNegative() || window.isZero()) {
        throw new RuleInputException("window", window, "must be positive");
      }
    }

    @Override
    public Stage stage() {
      return Stage.SPLIT_MERGE;
    }

    @Override
    public String describe() {
      return "merge within " + window;
    }
  }

  /** Ship every shipment by one method. */
  public record ShipWith(String method) implements Action {
    /** Validates the method. */
    public ShipWith {
      method = Checks.text("method", method, 64);
    }

    @Override
    public Stage stage() {
      return Stage.SHIPPING;
    }

    @Override
    public String describe() {
      return "ship with " + method;
    }
  }

  /** Pick each shipment's method from a table. */
  public record ShipByTable(ShippingTable table) implements Action {
    @Override
    public Stage stage() {
      return Stage.SHIPPING;
    }

    @Override
    public String describe() {
      return "shipping table (" + table.rows().size() + " rows)";
    }
  }
}
