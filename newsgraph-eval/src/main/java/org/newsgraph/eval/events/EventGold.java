package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a hand-coded event sample (evaluation/README.md): blocks separated by blank lines, each with
 * one {@code text:} line, an optional {@code # date:} comment and {@code event: SOURCE TARGET CODE}
 * lines, or the single line {@code event: none}. A {@code # language: de} comment sets the language
 * of the blocks after it (ISO 639-1; without one, English). A {@code # sample: ID sentence N}
 * comment names the corpus article the sentence was drawn from. A malformed line is an error that
 * names the file and the line.
 */
public final class EventGold {
  /**
   * One hand-coded sentence. {@code line} is where its {@code text:} stands; {@code date} may be
   * null; {@code language} is the language the file's {@code # language:} gives it, "en" without one;
   * {@code articleId} is the corpus article of its {@code # sample:} line, null without one;
   * {@code events} keep the file's order, so that --verbose prints the same lines on every run.
   */
  public record Sentence(int line, String text, String date, String language, String articleId, Set<EventTriple> events) {}

  private EventGold() {}

  public static List<Sentence> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Sentence> out = new ArrayList<>();
    Block b = new Block();
    String language = "en";
    for (int n = 1; n <= lines.size() + 1; n++) {
      String l = n <= lines.size() ? lines.get(n - 1).strip() : "";
      if (l.isEmpty()) {
        if (b.started()) {
          out.add(b.sentence(file, language));
        }
        b = new Block();
        continue;
      }
      if (l.startsWith("#")) {
        String c = l.substring(1).strip();
        if (c.startsWith("date:")) {
          b.date = c.substring(5).strip();
        } else if (c.startsWith("sample:")) {
          b.articleId = c.substring(7).strip().split("\\s+")[0];
        } else if (c.startsWith("language:")) {
          language = c.substring(9).strip();
          if (!language.matches("[a-z]{2}")) {
            throw error(file, n, "expected # language: and an ISO 639-1 code (de), got: " + l);
          }
        }
        continue;
      }
      if (l.startsWith("text:")) {
        if (b.text != null) {
          throw error(file, n, "a second text: in one block (blocks are separated by blank lines)");
        }
        b.text = l.substring(5).strip().replaceAll("\\s+", " ");
        b.line = n;
      } else if (l.startsWith("event:")) {
        String[] f = l.substring(6).strip().split("\\s+");
        if (f.length == 1 && f[0].equals("none")) {
          b.none = true;
        } else if (f.length == 3 && f[0].matches("[A-Z0-9]{3,}") && f[1].matches("[A-Z0-9]{3,}") && f[2].matches("[0-9]{2,4}")) {
          b.events.add(EventTriple.of(f[0], f[1], f[2]));
        } else {
          throw error(file, n, "expected event: SOURCE TARGET CODE or event: none, got: " + l);
        }
      } else {
        throw error(file, n, "expected text:, event: or a # comment, got: " + l);
      }
      b.lastLine = n;
    }
    return out;
  }

  private static IOException error(Path file, int line, String message) {
    return new IOException(file + ":" + line + ": " + message);
  }

  private static final class Block {
    String text;
    String date;
    String articleId;
    int line;
    int lastLine;
    boolean none;
    final Set<EventTriple> events = new LinkedHashSet<>();

    boolean started() {
      return text != null || none || !events.isEmpty();
    }

    Sentence sentence(Path file, String language) throws IOException {
      if (text == null) {
        throw error(file, lastLine, "a block without text:");
      }
      if (none == !events.isEmpty()) {
        throw error(file, line, none ? "event: none beside events" : "no event: line (write event: none)");
      }
      return new Sentence(line, text, date, language, articleId, Collections.unmodifiableSet(new LinkedHashSet<>(events)));
    }
  }
}
