package org.newsgraph.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys under which names are looked up. {@link #exact} ignores case, diacritics, punctuation and a
 * leading article; {@link #folded} also folds the spelling differences of transliterations between
 * English and German (Lukjanow/Lukyanov, Selenskyj/Zelensky, Chamenei/Khamenei, Wladimir/Vladimir).
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ARTICLE = Pattern.compile("^(the|der|die|das|des|dem|den) ");
  private static final Pattern POSSESSIVE = Pattern.compile("['’`´]s?$");

  private NameKey() {}

  static String exact(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT).replace("ß", "ss");
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    // "U.S." and "US", "Al-Assad" and "al Assad" are the same name.
    s = s.replace(".", "");
    s = NOT_WORD.matcher(s).replaceAll(" ").strip();
    return ARTICLE.matcher(s).replaceAll("");
  }

  /** The exact key with German umlaut spellings and transliteration variants folded together. */
  static String folded(String name) {
    String s = exact(name);
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    s = s.replace("tsch", "ch").replace("sch", "sh").replace("kh", "ch").replace("tch", "ch");
    s = s.replace('w', 'v').replace('j', 'y').replace('z', 's');
    s = s.replace("ij", "y").replace("iy", "y").replace("yy", "y").replace("ii", "i");
    s = s.replace("ff", "f").replace("ss", "s").replace("ll", "l").replace("nn", "n");
    s = s.replace("ou", "u").replace("ie", "i");
    return s;
  }

  /**
   * Forms of a German name without the inflection endings its words may have taken: "Russlands" to
   * "Russland", "Europäischen Union" to "Europäische Union", "russischen" to "russisch". Fewest
   * changes first; no word is cut below four letters.
   */
  static List<String> germanStems(String key) {
    String[] words = key.split(" ");
    List<List<String>> options = new ArrayList<>();
    for (String w : words) {
      List<String> forms = new ArrayList<>();
      forms.add(w);
      for (String ending : ENDINGS) {
        if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
          forms.add(w.substring(0, w.length() - ending.length()));
        }
      }
      options.add(forms);
    }
    List<String> stems = new ArrayList<>();
    combine(options, 0, new StringBuilder(), stems);
    stems.sort(java.util.Comparator.comparingInt(s -> key.length() - s.length()));
    stems.remove(key);
    return stems.size() > MAX_STEMS ? stems.subList(0, MAX_STEMS) : stems;
  }

  private static final String[] ENDINGS = {"n", "s", "e", "en", "es", "er", "em"};
  private static final int MAX_STEMS = 32;

  private static void combine(List<List<String>> options, int i, StringBuilder prefix, List<String> out) {
    if (out.size() >= 4 * MAX_STEMS) {
      return;
    }
    if (i == options.size()) {
      out.add(prefix.toString());
      return;
    }
    for (String form : options.get(i)) {
      int mark = prefix.length();
      prefix.append(i == 0 ? "" : " ").append(form);
      combine(options, i + 1, prefix, out);
      prefix.setLength(mark);
    }
  }
}
