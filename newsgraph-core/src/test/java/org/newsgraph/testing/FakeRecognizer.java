package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.entity.EntityRecognizer;
import org.newsgraph.entity.LanguageRecognizer;
import org.newsgraph.entity.RecognizerProvider;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/**
 * A recognizer for tests of the stages: words and punctuation as tokens, one sentence per stretch of
 * text, and names from a fixed list, longest first. It records the words it was given.
 */
public final class FakeRecognizer implements EntityRecognizer {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[^\\s]");

  private final Map<String, EntityType> names;
  public final List<String> seen = new ArrayList<>();

  public FakeRecognizer(Map<String, EntityType> names) {
    this.names = names;
  }

  public static final Tokenizer TOKENIZER = (text, start, end) -> {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens.isEmpty() ? List.of() : List.of(tokens);
  };

  /** A provider with this recognizer for the given language only. */
  public RecognizerProvider provider(String language) {
    LanguageRecognizer r = new LanguageRecognizer(TOKENIZER, this);
    return lang -> language.equals(lang) ? Optional.of(r) : Optional.empty();
  }

  @Override
  public synchronized List<Mention> recognize(List<List<Token>> sentences) {
    List<Mention> out = new ArrayList<>();
    for (List<Token> s : sentences) {
      s.forEach(t -> seen.add(t.word()));
      int i = 0;
      while (i < s.size()) {
        int matched = 0;
        EntityType type = null;
        for (int j = s.size(); j > i && matched == 0; j--) {
          StringBuilder b = new StringBuilder();
          for (int k = i; k < j; k++) {
            b.append(k > i ? " " : "").append(s.get(k).word());
          }
          type = names.get(b.toString());
          if (type != null) {
            matched = j - i;
          }
        }
        if (matched > 0) {
          out.add(new Mention(s.get(i).start(), s.get(i + matched - 1).end(), type));
          i += matched;
        } else {
          i++;
        }
      }
    }
    return out;
  }
}
