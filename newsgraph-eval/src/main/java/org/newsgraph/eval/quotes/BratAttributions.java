package org.newsgraph.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Reads PolNeAR's brat standoff files: text-bound annotations {@code T<n> Source|Cue|Content
 * start end[;start end...] text} and the relations {@code E<n> Attribution:T.. Content:T..
 * Cue:T.. Source:T..} that tie them into attributions. An annotation's text may run over several
 * lines of the file; only the offsets are read.
 */
final class BratAttributions {
  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(.*)$");

  private BratAttributions() {}

  static List<GoldQuote> read(Path ann, String text) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      Matcher t = TEXT_BOUND.matcher(line);
      if (t.find()) {
        List<Span> parts = new ArrayList<>();
        for (String frag : t.group(3).strip().split(";")) {
          String[] se = frag.strip().split("\\s+");
          int start = Integer.parseInt(se[0]);
          int end = Integer.parseInt(se[1]);
          if (end > text.length()) {
            throw new IOException(ann + ": span " + frag + " runs past the text");
          }
          parts.add(new Span(start, end));
        }
        spans.put(t.group(1), parts);
        continue;
      }
      Matcher e = EVENT.matcher(line);
      if (e.find()) {
        Map<String, String> roles = new HashMap<>();
        for (String kv : e.group(2).strip().split("\\s+")) {
          int c = kv.indexOf(':');
          if (c > 0) {
            String role = kv.substring(0, c);
            roles.put(role.startsWith("Attribution") ? "Attribution" : role, kv.substring(c + 1));
          }
        }
        events.add(roles);
      }
    }
    List<GoldQuote> out = new ArrayList<>();
    for (Map<String, String> ev : events) {
      List<Span> content = spans.get(ev.get("Content"));
      if (content == null || content.isEmpty()) {
        continue;
      }
      List<Span> source = ev.containsKey("Source") ? spans.get(ev.get("Source")) : null;
      List<Span> cue = ev.containsKey("Cue") ? spans.get(ev.get("Cue")) : null;
      out.add(new GoldQuote(content, source == null ? List.of() : source, cue == null ? List.of() : cue, GoldQuote.isDirect(text, content)));
    }
    return out;
  }
}
