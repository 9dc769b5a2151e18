package org.newsgraph.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The news agencies of {@code agencies.tsv}, by each name that credit lines use. */
public final class Agencies {
  private static final Agencies BUNDLED = load();

  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, String> folded = new HashMap<>();

  private Agencies() {}

  public static Agencies bundled() {
    return BUNDLED;
  }

  private static Agencies load() {
    Agencies agencies = new Agencies();
    try (InputStream in = Agencies.class.getResourceAsStream("agencies.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (String alias : cols[1].split("\\|")) {
          boolean abbreviation = alias.length() <= 3 && alias.equals(alias.toUpperCase(Locale.ROOT));
          if (abbreviation) {
            agencies.exact.put(alias, cols[0]);
          } else {
            agencies.folded.put(alias.toLowerCase(Locale.ROOT), cols[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return agencies;
  }

  /** The agency's short name when the whole of {@code name} names one, else null. */
  public String canonical(String name) {
    String n = name.strip();
    String hit = exact.get(n);
    return hit != null ? hit : folded.get(n.toLowerCase(Locale.ROOT));
  }
}
