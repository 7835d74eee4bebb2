package dev.crossborder.erp.finance.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.SettlementEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads Amazon's flat-file settlement report V2 (tab-separated, one header row, a summary row with
 * the settlement's currency and total, then one row per amount) or the same columns
 * comma-separated with double-quoted fields. Rows without {@code amount-type} (the summary) carry
 * no event. Errors name the line and column on field {@code report} and never echo more of a row
 * than the refused cell. Stateless.
 */
public final class SettlementReportParser {
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.ROOT);
  private static final int MAX_ROWS = 1_000_000;

  private SettlementReportParser() {}

  /** The events of the report, in file order. */
  public static List<SettlementEvent> parse(Reader report) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(report)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (lines.size() > MAX_ROWS) {
          throw new InvalidInputException("report", lines.size() + " rows", "is too long");
        }
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the settlement report failed", e);
    }
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new InvalidInputException("report", "line 1", "has no header row");
    }
    String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
    char sep = header.indexOf('\t') >= 0 ? '\t' : ',';
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = split(header, sep);
    for (int i = 0; i < names.size(); i++) {
      columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("settlement-id", "order-id", "amount-type", "amount-description", "amount")) {
      if (!columns.containsKey(required)) {
        throw new InvalidInputException("report", "line 1", "has no column " + required);
      }
    }
    if (!columns.containsKey("posted-date-time") && !columns.containsKey("posted-date")) {
      throw new InvalidInputException("report", "line 1", "has no column posted-date-time or posted-date");
    }
    String currency = null;
    List<List<String>> rows = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      List<String> row = lines.get(n).isBlank() ? List.of() : split(lines.get(n), sep);
      rows.add(row);
      String c = cell(row, columns, "currency");
      if (currency == null && c != null) {
        currency = c;
      }
    }
    List<SettlementEvent> events = new ArrayList<>();
    for (int n = 0; n < rows.size(); n++) {
      List<String> row = rows.get(n);
      String amountType = cell(row, columns, "amount-type");
      if (amountType == null) {
        continue;
      }
      int lineNo = n + 2;
      String settlement = required(row, columns, "settlement-id", lineNo);
      String rowCurrency = cell(row, columns, "currency");
      String code = rowCurrency != null ? rowCurrency : currency;
      if (code == null) {
        throw new InvalidInputException("report", "line " + lineNo + " currency", "is empty in every row");
      }
      Money amount;
      try {
        amount = Money.of(required(row, columns, "amount", lineNo).replace(",", "."), code);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("report", "line " + lineNo + " amount", e.getMessage());
      }
      String posted = cell(row, columns, "posted-date-time");
      if (posted == null) {
        posted = required(row, columns, "posted-date", lineNo);
      }
      String transaction = cell(row, columns, "transaction-type");
      String description = cell(row, columns, "amount-description");
      events.add(new SettlementEvent(
          settlement + ":" + lineNo,
          cell(row, columns, "order-id"),
          instant(posted, lineNo),
          kind(transaction, amountType),
          description != null ? description : amountType,
          amount));
    }
    return events;
  }

  private static SettlementEvent.Kind kind(@Nullable String transaction, String amountType) {
    if (transaction != null && transaction.equalsIgnoreCase("Refund")) {
      return SettlementEvent.Kind.REFUND;
    }
    switch (amountType) {
      case "ItemFees":
        return SettlementEvent.Kind.FEE;
      case "ItemPrice":
      case "Promotion":
        return SettlementEvent.Kind.REVENUE;
      default:
        return SettlementEvent.Kind.OTHER;
    }
  }

  static Instant instant(String text, int lineNo) {
    String t = text.trim();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the flat file's own formats
    }
    String local = t.endsWith(" UTC") ? t.substring(0, t.length() - 4) : t;
    for (DateTimeFormatter f : List.of(SPACED, DOTTED)) {
      try {
        return LocalDateTime.parse(local, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next format
      }
    }
    try {
      return LocalDate.parse(local).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("report", "line " + lineNo + " posted date " + t, "is not a date");
    }
  }

  private static String required(List<String> row, Map<String, Integer> columns, String name, int lineNo) {
    String value = cell(row, columns, name);
    if (value == null) {
      throw new InvalidInputException("report", "line " + lineNo + " " + name, "is empty");
    }
    return value;
  }

  private static @Nullable String cell(List<String> row, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    if (i == null || i >= row.size()) {
      return null;
    }
    String v = row.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  /** Splits a row; with {@code ,} a field may be double-quoted, {@code ""} being a quote. */
  static List<String> split(String line, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (sep == ',' && c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == sep && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
