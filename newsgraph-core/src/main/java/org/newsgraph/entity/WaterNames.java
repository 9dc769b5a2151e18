package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * The names of gulfs, bays, straits and seas that name a country or a place ("Golf von Mexiko",
 * "Gulf of Oman", "Straße von Hormus", "Sea of Japan"): the recognizer often tags the country alone,
 * which then links to the state and acts in events ("Obama warnt vor Naturkatastrophe am Golf von
 * Mexiko" coded the US warning Mexico). A mention right after such a word and "of"/"von" becomes the
 * whole name, one place; the knowledge base links it only where it holds that name.
 */
final class WaterNames {
  /** The water's word and "of"/"von" right before a mention's start, capitalised as a name's first word. */
  private static final Pattern BEFORE =
      Pattern.compile("(?:Golf|Gulf|Bay|Bucht|Straits?|Straße|Strasse|Meerenge|Sea|Meer)\\s+(?:of|von)\\s+(?:the\\s+)?$");

  private WaterNames() {}

  /** The mentions, those inside a water's name widened to the whole name and others inside it dropped. */
  static List<Mention> join(String text, List<Mention> mentions) {
    List<Mention> widened = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Matcher b = BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
      if (m.type() != EntityType.PERSON && b.find()) {
        int start = Math.max(0, m.start() - 30) + b.start();
        if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
          widened.add(new Mention(start, m.end(), EntityType.LOCATION));
          continue;
        }
      }
      widened.add(m);
    }
    List<Mention> out = new ArrayList<>(widened.size());
    for (Mention m : widened) {
      boolean inside = widened.stream().anyMatch(w -> w != m && w.start() <= m.start() && m.end() <= w.end()
          && w.end() - w.start() > m.end() - m.start());
      if (!inside) {
        out.add(m);
      }
    }
    return out;
  }
}
