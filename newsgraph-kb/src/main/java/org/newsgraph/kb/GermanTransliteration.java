package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The German spellings of a name that English writes in its own romanisation of Cyrillic: "Maria
 * Zakharova" is "Maria Sacharowa", "Sergei Shoigu" "Sergej Schoigu", "Oleksii Reznikov" "Oleksij
 * Resnikow". German newspapers transliterate Russian, Ukrainian, Belarusian and Bulgarian names
 * after the Duden rules (ж sch, х ch, ш sch, щ schtsch, ч tsch, ц z, з s, в w, й j, я ja, ю ju,
 * е after a vowel je, с between vowels ss); English writes the same letters zh, kh, sh, shch, ch, ts,
 * z, v, y, ya, yu, ye, s, so the German form follows from the English one letter group by letter
 * group. Endings differ by language: the Russian -ий is -ij or -i in German ("Dmitry" Dmitrij,
 * Dmitri), the Ukrainian -ий and -ій -yj and -ij ("Zelenskyy" Selenskyj, "Andriy" Andrij).
 *
 * <p>Only for the states whose names are written in Cyrillic and reach German through these rules
 * ({@link #convention}); Serbian, Macedonian and Montenegrin names have a Latin form of their own
 * that German keeps (Vučić), and Mongolian names follow another scheme. Kazakhstan, Kyrgyzstan,
 * Tajikistan and Uzbekistan are left out until the knowledge base holds their people and a reference
 * to measure the rule against. A name with a letter outside a-z (already in Cyrillic, or in
 * Belarusian Łacinka) is left alone.
 */
final class GermanTransliteration {
  /** How a state's names come into German. */
  enum Convention { RUSSIAN, UKRAINIAN, BULGARIAN }

  private static final Map<String, Convention> STATES = Map.of(
      "RUS", Convention.RUSSIAN,
      "BLR", Convention.RUSSIAN, // the press names Belarusian officials in their Russian forms (Lukaschenko)
      "UKR", Convention.UKRAINIAN,
      "BGR", Convention.BULGARIAN);

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z.' -]*");
  private static final String VOWELS = "aeiouy";

  private GermanTransliteration() {}

  /** The convention of a state (ISO 3166 alpha-3), or null where its names are not transliterated. */
  static Convention convention(String country) {
    return STATES.get(country);
  }

  /**
   * The German forms of an English romanisation of a name of the convention: the press's ("Sergej
   * Schojgu", "Dmitrij"), then the German Wikipedia's ("Sergei Schoigu", "Dmitri") where they
   * differ. A Russian patronymic in the middle ("Alexander Vladimirovich Konovalov") is left out, as
   * German writes the name. None where the name is not plain a-z or German writes it as English does.
   */
  static List<String> german(String name, Convention convention) {
    if (!PLAIN.matcher(name).matches()) {
      return List.of();
    }
    String[] words = name.trim().split("\\s+");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      boolean middle = i > 0 && i < words.length - 1;
      if (!(middle && PATRONYMIC.matcher(words[i]).matches())) {
        kept.add(words[i]);
      }
    }
    Set<String> forms = new LinkedHashSet<>();
    for (boolean press : new boolean[] {true, false}) {
      StringBuilder out = new StringBuilder();
      for (String w : kept) {
        if (out.length() > 0) {
          out.append(' ');
        }
        String[] parts = w.split("-", -1);
        for (int j = 0; j < parts.length; j++) {
          out.append(j == 0 ? "" : "-").append(word(parts[j], convention, press));
        }
      }
      forms.add(out.toString());
    }
    forms.remove(name);
    return new ArrayList<>(forms);
  }

  /** A Russian, Ukrainian or Bulgarian patronymic: Vladimirovich, Vasilyevich, Ivanovna, Mykolaiovych. */
  private static final Pattern PATRONYMIC =
      Pattern.compile("(?i)[a-z]+(ovich|evich|ovych|ivna|ovna|evna|ichna)");

  /** One word, its first letter's case kept. */
  private static String word(String w, Convention convention, boolean press) {
    if (w.length() < 2 || w.endsWith(".")) {
      return w; // an initial
    }
    String s = w.toLowerCase(Locale.ROOT);
    if (convention != Convention.UKRAINIAN) {
      s = givenName(s); // German keeps the Ukrainian Oleksandr, Maksym
    }
    s = ending(s, convention, press);
    s = letters(s, convention, press);
    return Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
  }

  /** "Aleksandr" is Alexander in German, "Aleksei" Alexej, "Maksim" Maxim, "Oksana" Oxana. */
  private static String givenName(String s) {
    if (s.equals("aleksandr") || s.equals("alexandr")) {
      return "alexander";
    }
    if (s.startsWith("aleks") || s.startsWith("maks") || s.startsWith("oks")) {
      return s.replaceFirst("ks", "x");
    }
    return s;
  }

  /**
   * The word's ending, before the letters: a Russian or Bulgarian -ий (English -iy, -ii, -y after a
   * consonant; -sky) is -ij in the press and -i in the German Wikipedia (-ski in both); a Ukrainian
   * -ий (-yy, -yi, -sky) -yj and -ій (-iy, -ii, -y) -ij; a й after a vowel at the end (-ei, -ey,
   * -ai, -oi) -ej, -aj in the press and -ei, -ai in the German Wikipedia (Ukrainian: j in both).
   */
  private static String ending(String s, Convention convention, boolean press) {
    if (convention == Convention.UKRAINIAN) {
      if (s.matches(".*sk(y|yy|yi|iy|ii|i)")) {
        return s.replaceFirst("sk(y|yy|yi|iy|ii|i)$", "skyj");
      }
      if (s.matches(".*[^aeiou](yy|yi)")) {
        return s.substring(0, s.length() - 2) + "yj";
      }
      if (s.matches(".*[^aeiouy](iy|ii|y)")) {
        return s.replaceFirst("(iy|ii|y)$", "ij");
      }
    } else {
      if (s.matches(".*sk(y|yy|yi|iy|ii)")) {
        return s.replaceFirst("sk(y|yy|yi|iy|ii)$", "ski");
      }
      if (s.matches(".*[^aeiouy](iy|ii|y)")) {
        return s.replaceFirst("(iy|ii|y)$", press ? "ij" : "i");
      }
    }
    if (s.matches(".*[aeou][iyj]")) {
      return s.substring(0, s.length() - 1) + (press || convention == Convention.UKRAINIAN ? "j" : "i");
    }
    return s;
  }

  /** The letter groups of the English romanisation in their German spelling, left to right. */
  private static String letters(String s, Convention convention, boolean press) {
    boolean ukrainian = convention == Convention.UKRAINIAN;
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      char before = i > 0 ? s.charAt(i - 1) : 0;
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (s.startsWith("shch", i)) {
        out.append("schtsch");
        i += 4;
      } else if (s.startsWith("zh", i) || s.startsWith("sh", i)) {
        out.append("sch");
        i += 2;
      } else if (s.startsWith("kh", i)) {
        out.append("ch");
        i += 2;
      } else if (s.startsWith("ch", i)) {
        out.append("tsch");
        i += 2;
      } else if (s.startsWith("ts", i)) {
        out.append('z');
        i += 2;
      } else if (c == 'z') {
        out.append('s');
        i++;
      } else if (c == 's' && vowel(before) && vowel(next)) {
        out.append("ss"); // с between vowels: Gerasimov, Gerassimow
        i++;
      } else if (c == 'c') {
        out.append('k'); // a Latin spelling: Victor, Wiktor
        i++;
      } else if (c == 'v') {
        out.append('w');
        i++;
      } else if (c == 'y' && "aeiou".indexOf(next) >= 0 && next != 0) {
        out.append('j'); // я ю е ё ї: ya, yu, ye, yo, yi
        i++;
      } else if (c == 'y' && vowel(before)) {
        out.append(press || ukrainian ? 'j' : 'i'); // й after a vowel: Chuychenko, Tschujtschenko
        i++;
      } else if (ukrainian && s.startsWith("ii", i) && vowel(i + 2 < s.length() ? s.charAt(i + 2) : 0)) {
        out.append("ij"); // ія: Yuliia, Julija
        i += 2;
      } else if (ukrainian && c == 'i' && i > 0 && !vowel(before) && "aue".indexOf(next) >= 0 && next != 0
          && i + 2 < s.length()) {
        out.append('j'); // the Ukrainian я ю є after a consonant within the word: Maliuska, Maljuska
        i++;
      } else if (ukrainian && c == 'i' && "aeou".indexOf(before) >= 0 && before != 0 && !vowel(next)) {
        out.append('j'); // the Ukrainian й after a vowel: Prystaiko, Prystajko
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean vowel(char c) {
    return c != 0 && VOWELS.indexOf(c) >= 0;
  }
}
