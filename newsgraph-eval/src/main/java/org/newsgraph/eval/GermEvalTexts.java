package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.eval.ner.ConllFormat;
import org.newsgraph.eval.ner.ConllSentence;

/**
 * The sentences of a GermEval 2014 TSV file as texts to draw from: each sentence one text, its
 * tokens joined with German spacing, its id the file's name, the sentence's number in the file
 * (from 1) and the source of its {@code #} line, its date the date of that line.
 */
public final class GermEvalTexts {
  /** The {@code #} line: the source (a URL, or a site and a date) and the date it was taken, {@code [2010-01-16]}. */
  private static final Pattern SOURCE = Pattern.compile("#\\s+(.+?)\\s+\\[(\\d{4}-\\d{2}-\\d{2})]");
  /** Tokens written without a space before them. */
  private static final Set<String> CLOSING = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "…", "...", "“");
  /** Tokens written without a space after them. */
  private static final Set<String> OPENING = Set.of("(", "[", "„");
  /** Quotation marks that open and close alike: the first of a sentence opens, the next closes. */
  private static final Set<String> PAIRED = Set.of("\"", "'", "»", "«");

  private GermEvalTexts() {}

  public static List<CorpusArticle> read(Path file) throws IOException {
    List<CorpusArticle> out = new ArrayList<>();
    List<ConllSentence> sentences = ConllFormat.GERMEVAL.read(file);
    for (int i = 0; i < sentences.size(); i++) {
      ConllSentence s = sentences.get(i);
      String source = "";
      String date = null;
      for (String line : s.before()) {
        Matcher m = SOURCE.matcher(line);
        if (m.lookingAt()) {
          source = " " + m.group(1);
          date = m.group(2);
        }
      }
      out.add(new CorpusArticle(file.getFileName() + ":" + (i + 1) + source, null, null, null, date, null, null, null, join(s.words())));
    }
    return out;
  }

  /** The tokens as German text: no space before closing punctuation or after opening brackets and quotes. */
  static String join(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    boolean glueNext = true;
    boolean quoteOpen = false;
    for (String t : tokens) {
      boolean opens = OPENING.contains(t);
      boolean closes = CLOSING.contains(t);
      if (PAIRED.contains(t)) {
        opens = !quoteOpen;
        closes = quoteOpen;
        quoteOpen = !quoteOpen;
      }
      if (!glueNext && !closes) {
        text.append(' ');
      }
      text.append(t);
      glueNext = opens;
    }
    return text.toString();
  }
}
