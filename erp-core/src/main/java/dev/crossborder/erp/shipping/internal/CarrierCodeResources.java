package dev.crossborder.erp.shipping.internal;

import dev.crossborder.erp.shipping.Carrier;
import dev.crossborder.erp.shipping.CarrierCodeList;
import dev.crossborder.erp.shipping.CarrierCodeList.Coverage;
import dev.crossborder.erp.shipping.CarrierCodeList.Entry;
import dev.crossborder.erp.shop.PlatformId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the carrier-code resources. A file is UTF-8 lines: {@code # source: ...} and {@code #
 * coverage: COMPLETE|PARTIAL|OPEN} headers, other {@code #} comments, and entries {@code
 * code|name|CARRIER} where the name defaults to the code and the {@link Carrier} is optional. A
 * malformed file is a packaging bug and fails loudly with the file and line.
 */
public final class CarrierCodeResources {
  private static final String BASE = "/dev/crossborder/erp/shipping/";

  private CarrierCodeResources() {}

  /** Loads one list per platform from the named resource files. */
  public static Map<PlatformId, CarrierCodeList> load(Map<PlatformId, String> files) {
    Map<PlatformId, CarrierCodeList> lists = new HashMap<>();
    files.forEach((platform, file) -> lists.put(platform, read(platform, file)));
    return Map.copyOf(lists);
  }

  /** Reads one resource file. */
  public static CarrierCodeList read(PlatformId platform, String file) {
    try (InputStream in = CarrierCodeResources.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("carrier-code resource missing: " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(platform, file, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read carrier-code resource " + file, e);
    }
  }

  static CarrierCodeList parse(PlatformId platform, String file, List<String> lines) {
    String source = null;
    Coverage coverage = null;
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = file + ":" + (i + 1);
      if (line.startsWith("# source:")) {
        source = line.substring("# source:".length()).strip();
      } else if (line.startsWith("# coverage:")) {
        coverage = Coverage.valueOf(line.substring("# coverage:".length()).strip());
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        Entry entry = entry(line, where);
        // Exact duplicates only: platforms compare codes as written and some list two spellings
        // (Amazon: SENDLE and Sendle).
        if (!seen.add(entry.code())) {
          throw new IllegalStateException(where + ": duplicate code " + entry.code());
        }
        entries.add(entry);
      }
    }
    if (source == null || coverage == null) {
      throw new IllegalStateException(file + ": header needs '# source:' and '# coverage:'");
    }
    return new CarrierCodeList(platform, source, coverage, entries);
  }

  private static Entry entry(String line, String where) {
    String[] parts = line.split("\\|", -1);
    if (parts.length > 3 || parts[0].isBlank()) {
      throw new IllegalStateException(where + ": expected code|name|CARRIER, got " + line);
    }
    String code = parts[0].strip();
    String name = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : code;
    @Nullable Carrier carrier = parts.length > 2 && !parts[2].isBlank() ? Carrier.valueOf(parts[2].strip()) : null;
    return new Entry(code, name, carrier);
  }
}
