package org.newsgraph.web;

import java.util.regex.Pattern;

/**
 * The words that give furniture away by its text, in English and German: advert labels
 * ("Advertisement", "Anzeige"), teaser labels ("Read more:", "Mehr zum Thema"), credit lines
 * ("By ...", "Foto: dpa", "© ..."), and the chrome of a page (share buttons, comment counters,
 * "Tags:", a date alone).
 */
final class FurnitureCues {
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ADVERT =
      Pattern.compile(
          "^(?:advertisements?|adverts?|anzeigen?|werbung|iklan|reklame|annonce|publicidade|anuncio|reclame|sponsored(?: content| post)?|paid (?:content|post)|ad|ads|publicité|publicidad|pubblicità"
              + "|(?:the )?(?:story|article) continues below(?: this)?(?: advertisement| ad)?|continue reading(?: the main story)?(?: below)?"
              + "|scroll (?:down )?to continue(?: with content)?|weiter nach der (?:anzeige|werbung)|ad feedback|report this ad"
              + "|this (?:article|story) continues (?:after|below) (?:the |this )?(?:advertisement|ad))[\\s.:!]*$",
          F);

  private static final Pattern TEASER_LABEL =
      Pattern.compile(
          "^(?:read more|read also|also read|read next|read this next|related(?: (?:stories|articles|coverage|content|links|reading|posts?|news|video))?"
              + "|see also|see more|more|more (?:stories|news|videos?|headlines)|more (?:from|on|about) [^:|]{1,40}|recommended(?: for you| stories| reading)?|watch|listen|video|podcast"
              + "|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don't miss|trending(?: now)?|most (?:read|popular|viewed)"
              + "|popular(?: stories)?|top stories|latest(?: news| stories)?|editor'?s picks?|further reading|in other news|previously"
              + "|mehr zum thema|mehr dazu|mehr lesen|lesen sie (?:auch|mehr|hier|weiter)|auch interessant|das könnte sie (?:auch )?interessieren"
              + "|weitere (?:artikel|themen|nachrichten|meldungen|beiträge)|zum thema|siehe auch|empfehlungen|meistgelesen|am meisten gelesen"
              + "|top-themen|aktuelle nachrichten|auch lesenswert|passend zum thema|lesetipps?|zum weiterlesen)"
              + "(?:\\s*[:|»>–—-]|\\s*(?:\\.\\.\\.|…)?\\s*$)",
          F);

  private static final Pattern CREDIT =
      Pattern.compile(
          "^(?:(?:by|von|text|written by|reported by|reporting by|editing by|additional reporting by|interview|autor(?:in)?|author)\\s*:?\\s+\\p{Lu}"
              + "|(?:photo|photos|foto|fotos|bild|bilder|image|images|picture|pictures|video|grafik|graphic|illustration|credit|credits|quelle|source|copyright)"
              + "(?: credit)?\\s*:"
              + "|©|\\(c\\)\\s|copyright\\s|\\(?(?:dpa|afp|ap|reuters|epd|kna|sid|apa|ots)\\)?[\\s/,.]*$)",
          F);

  private static final Pattern CHROME =
      Pattern.compile(
          "^(?:share(?: this(?: article| story| post)?)?(?: on \\w+)?|tweet|email|e-mail|print|pin(?: it)?|save|follow(?: us)?(?: on \\w+)?"
              + "|comments?|\\d+ comments?|no comments?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments"
              + "|teilen|drucken|merken|versenden|kommentare?|\\d+ kommentare?|kommentieren|artikel (?:teilen|drucken|merken|versenden)"
              + "|tags?|schlagworte|schlagwörter|themen|topics|filed under|posted in|categories|category|kategorie|kategorien"
              + "|(?:click|tap) (?:here|to) .{0,40}|sign up|subscribe|log ?in|sign in|anmelden|abonnieren|newsletter|jetzt abonnieren"
              + "|like this|gefällt mir|zurück|back to top|nach oben|top|home|startseite|menu|menü|close|schließen|skip to .{0,30}"
              + "|loading|wird geladen|updated|aktualisiert|published|veröffentlicht|listen to (?:this )?(?:article|story)"
              + "|\\d+ min(?:ute)?s? read|(?:lesezeit|reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture):? .{0,20}"
              + "|\\d+ min(?:uten)? lesezeit)[\\s.:!…]*$",
          F);

  /** A shortcode that a content system failed to expand: "[button link=...]Send[/button]". */
  private static final Pattern SHORTCODE = Pattern.compile("^\\[\\w+(?:\\s[^\\]]*)?\\].*\\[/\\w+\\]$");

  private static final Pattern CHROME_PREFIX =
      Pattern.compile(
          "^(?:tags|schlagworte|schlagwörter|themen|topics|filed under|posted in|categories|kategorie|share this|teilen|share on)\\s*:", F);

  private static final Pattern DATE_ONLY =
      Pattern.compile(
          "^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|stand|last updated|erstellt|zuletzt aktualisiert)(?: on| am)?:?\\s*)?"
              + "(?:\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr)?\\s*(?:[A-Z]{2,4})?,?\\s+)?"
              + "(?:[\\p{L}-]+,?\\s+)?(?:\\d{1,2}\\.?\\s*(?:de\\s+)?\\p{L}+\\.?\\s+(?:de\\s+)?\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})"
              + "(?:,?\\s*(?:at|um|às|a las|à|-|\\|)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr))?(?:\\s*[A-Z]{2,4})?)?[\\s.]*$",
          F);

  /** Contact lines under an article: "Jane Doe may be reached at ...", "Follow her on Twitter". */
  private static final Pattern CONTACT =
      Pattern.compile(
          "(?:\\b(?:may|can) be reached at\\b|\\b(?:follow|contact) (?:him|her|them|me|us|the author)\\b|^(?:have a tip|got a tip)\\b|^follow [^.]{1,40} on (?:instagram|facebook|twitter|youtube|tiktok|linkedin|x)\\b|^follow\\b.{1,80}(?:https?://|www\\.)"
              + "|\\bsie erreichen (?:die autorin|den autor)\\b|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b)",
          F);

  /** A caption's credit at its end: "... (Image: Getty)", "... Photo: AP", "... Foto: dpa". */
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?:\\((?:image|images|photo|photos|picture|pictures|foto|fotos|bild|credit|source|quelle|video)s?\\s*:[^()]{1,60}\\)"
              + "|\\b(?:photo|photograph|picture|image|foto|bild) (?:by|credit|von)\\s*:?\\s*[^.]{1,60}|(?:photos?|images?|fotos?|bilder?)?\\s*©\\s*[^.©]{1,60}|\\b(?:getty images|afp via getty images|shutterstock|istock(?:photo)?|picture alliance|imago images)\\b[^.]{0,30})\\s*$",
          F);

  /** A plea for money or a subscription under the article: "If you enjoyed this article, ...". */
  private static final Pattern PLEA =
      Pattern.compile(
          "^(?:if you (?:enjoyed|liked|value|appreciate|found)\\b.{0,40}\\b(?:article|story|post|journalism|reporting|work)"
              + "|(?:hat|gefällt) ihnen (?:dieser|der) (?:artikel|beitrag)|unterstützen sie (?:unseren|unabhängigen) journalismus)",
          F);

  /** Calls to subscribe, sign up, download: "Subscribe to our newsletter", "Jetzt abonnieren". */
  private static final Pattern PROMOTION =
      Pattern.compile(
          "\\b(?:subscribe|subscription|sign up|newsletters?|abonnieren|abonnement|abo\\b|jetzt (?:testen|lesen|bestellen|herunterladen)|download (?:our|the) app)\\b",
          F);

  /** How a call to the reader starts. */
  private static final Pattern CALL =
      Pattern.compile(
          "^(?:subscribe|sign up|get|click|tap|join|register|download|follow|like|want|jetzt|hier|melden|abonnieren|holen|newsletter)\\b", F);

  /** The heading above readers' comments: "42 Reader comments", "Kommentare (3)", "Leave a reply". */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "^(?:\\d+\\s+)?(?:reader'?s?\\s+|user\\s+|leser-?)?(?:comments?|kommentare?|responses?|replies|reactions|diskussion|discussion)"
              + "(?:\\s*\\(\\d+\\))?\\s*:?"
              + "|^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|what do you think\\??"
              + "|schreiben sie einen kommentar|kommentar schreiben|diskutieren sie mit|ihre meinung)\\s*[:.!]?"
              + "|^\\d+ (?:thoughts|responses|comments|replies) (?:on|to) .{1,200}$",
          F);

  /** Labels of boxes with background beside the story. */
  private static final Pattern INFO_BOX =
      Pattern.compile(
          "^(?:zur person|zur sache|zum thema|info|infobox|infokasten|hintergrund|stichwort|steckbrief|fakten|zahlen und fakten"
              + "|chronologie|factbox|fact box|key facts|fast facts|at a glance|about the author"
              + "|über (?:den|die) autor(?:in)?|zum autor|zur autorin)(?:\\s*:|\\s*$)",
          F);

  private FurnitureCues() {}

  /** The heading above the readers' comments. */
  static boolean isCommentsLabel(String text) {
    return text.length() <= 250 && COMMENTS.matcher(text).matches();
  }

  /** The label of a box of background: "Zur Person", "Hintergrund", "Factbox". */
  static boolean isInfoBoxLabel(String text) {
    return text.length() <= 60 && INFO_BOX.matcher(text).find();
  }

  /** A date alone, perhaps with a time and a label: "Veröffentlicht am 18.10.2019, 14:32 Uhr". */
  static boolean isDate(String text) {
    return DATE_ONLY.matcher(text).matches();
  }

  /** A short line that only tells how to reach the author or follow them. */
  static boolean isContact(String text, int words) {
    if (words > 40) {
      return false;
    }
    if (text.indexOf('@') < 0) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (!(lower.contains("reached") || lower.contains("follow") || lower.contains("contact") || lower.contains("tip")
          || lower.contains("erreichen"))) {
        return false; // the cheap test first: most paragraphs are no contact line
      }
    }
    return CONTACT.matcher(text).find();
  }

  /** A picture's caption, known by the credit at its end. */
  static boolean isCaption(String text) {
    // the credit is at the end: look at the end only
    return text.length() <= 400 && CAPTION.matcher(text).region(Math.max(0, text.length() - 100), text.length()).find();
  }

  /** A short call to subscribe or sign up. */
  static boolean isPromotion(String text, int words) {
    if (words <= 60 && PLEA.matcher(text).find()) {
      return true;
    }
    return words <= 25 && CALL.matcher(text).find() && PROMOTION.matcher(text).find();
  }

  static boolean isAdvert(String text) {
    return text.length() <= 120 && ADVERT.matcher(text).matches();
  }

  /** A teaser label at the start: "Read more: ...", "Mehr zum Thema", "Lesen Sie auch: ...". */
  static boolean isTeaser(String text) {
    return TEASER_LABEL.matcher(text).find();
  }

  /** A credit line: a byline, a photo credit, a copyright line, an agency's name alone. */
  static boolean isCredit(String text, int words) {
    return words <= 16 && CREDIT.matcher(text).find() || isContact(text, words);
  }

  /** Page chrome: share and print buttons, comment counters, tag lists, a date alone. */
  static boolean isChrome(String text, int words) {
    if (SHORTCODE.matcher(text).matches() || (words <= 3 && !hasLetter(text))) {
      return true; // an unexpanded shortcode; a counter or a number alone
    }
    if (words > 12 && !CHROME_PREFIX.matcher(text).find()) {
      return false;
    }
    return CHROME.matcher(text).matches() || CHROME_PREFIX.matcher(text).find() || DATE_ONLY.matcher(text).matches();
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
