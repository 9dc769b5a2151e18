package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.text.DependencyParser.Node;

/**
 * A CoreNLP part-of-speech tagger and neural dependency parser (Chen and Manning 2014) for one
 * language, called directly as CoreNLP's {@code pos} and {@code depparse} annotators call them.
 * Loaded once, on first use; thread-safe (the tagger and the parser keep no per-call state).
 */
final class CoreNlpParser implements org.newsgraph.text.DependencyParser {
  /** Words as the English models saw them in training (Penn Treebank escapes). */
  private static final Map<String, String> PTB = Map.of(
      "(", "-LRB-", ")", "-RRB-", "[", "-LSB-", "]", "-RSB-", "{", "-LCB-", "}", "-RCB-",
      "“", "``", "”", "''", "\"", "''", "’", "'");

  /**
   * German prepositions fused with an article, which the German UD treebank splits into two words
   * ("im" is "in dem"): the tagger, trained on the split words, tags the fused word "_" and the
   * parser then makes it a verb's subject or the sentence's root ("Piraten haben im Golf ...
   * geentert" with "im" as root).
   */
  private static final Map<String, List<String>> GERMAN_CONTRACTIONS = Map.ofEntries(
      Map.entry("im", List.of("in", "dem")), Map.entry("ins", List.of("in", "das")),
      Map.entry("am", List.of("an", "dem")), Map.entry("ans", List.of("an", "das")),
      Map.entry("zum", List.of("zu", "dem")), Map.entry("zur", List.of("zu", "der")),
      Map.entry("vom", List.of("von", "dem")), Map.entry("beim", List.of("bei", "dem")),
      Map.entry("aufs", List.of("auf", "das")), Map.entry("fürs", List.of("für", "das")),
      Map.entry("übers", List.of("über", "das")), Map.entry("ums", List.of("um", "das")),
      Map.entry("durchs", List.of("durch", "das")));

  private final MaxentTagger tagger;
  private final DependencyParser parser;
  private final boolean english;

  CoreNlpParser(String taggerModel, String parserModel, boolean english) {
    this.tagger = new MaxentTagger(taggerModel);
    this.parser = DependencyParser.loadFromModelFile(parserModel);
    this.english = english;
  }

  @Override
  public List<Node> parse(List<String> words) {
    return english ? parseWords(words) : parseGerman(words);
  }

  /**
   * Parses German with its fused prepositions split as the treebank splits them, and gives each
   * fused word the reading of its preposition: a head that is the article part becomes the fused
   * word's own head.
   */
  private List<Node> parseGerman(List<String> words) {
    List<String> split = new ArrayList<>(words.size() + 4);
    int[] first = new int[words.size()];
    List<Integer> original = new ArrayList<>(words.size() + 4);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      List<String> parts = GERMAN_CONTRACTIONS.get(w.toLowerCase(Locale.ROOT));
      first[i] = split.size();
      if (parts == null) {
        split.add(w);
        original.add(i);
      } else {
        split.add(Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(parts.get(0).charAt(0)) + parts.get(0).substring(1) : parts.get(0));
        split.add(parts.get(1));
        original.add(i);
        original.add(i);
      }
    }
    if (split.size() == words.size()) {
      return parseWords(words);
    }
    List<Node> parsed = parseWords(split);
    List<Node> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      Node n = parsed.get(first[i]);
      int head = n.head() < 0 ? -1 : original.get(n.head());
      if (head == i) {
        Node article = parsed.get(first[i] + 1);
        head = article.head() < 0 ? -1 : original.get(article.head());
      }
      out.add(new Node(n.tag(), head == i ? -1 : head, n.relation()));
    }
    return out;
  }

  private List<Node> parseWords(List<String> words) {
    List<Word> in = new ArrayList<>(words.size());
    for (String w : words) {
      in.add(new Word(english ? PTB.getOrDefault(w, w) : w));
    }
    List<TaggedWord> tagged = tagger.tagSentence(in);
    if (english) {
      prepositionalFollowing(tagged);
      nounAfterArticle(tagged);
    }
    GrammaticalStructure gs = parser.predict(tagged);
    Node[] nodes = new Node[words.size()];
    for (TypedDependency d : gs.typedDependencies()) {
      int dep = d.dep().index() - 1;
      if (dep < 0 || dep >= nodes.length) {
        continue;
      }
      nodes[dep] = new Node(tagged.get(dep).tag(), d.gov().index() - 1, d.reln().toString().toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < nodes.length; i++) {
      if (nodes[i] == null) {
        nodes[i] = new Node(tagged.get(i).tag(), -1, "dep");
      }
    }
    return Arrays.asList(nodes);
  }

  /**
   * "Following" between a noun and a noun phrase is a preposition ("criticised China following North
   * Korea's test"); tagged as a gerund, the parser reads the noun before it as its subject.
   */
  static void prepositionalFollowing(List<TaggedWord> tagged) {
    for (int i = 1; i + 1 < tagged.size(); i++) {
      TaggedWord w = tagged.get(i);
      if (w.word().equalsIgnoreCase("following") && w.tag().equals("VBG") && tagged.get(i - 1).tag().startsWith("NN")
          && Set.of("DT", "NNP", "NNPS", "PRP$", "CD", "JJ", "NN", "NNS").contains(tagged.get(i + 1).tag())) {
        w.setTag("IN");
      }
    }
  }

  /** Adjectives after "a" that quantify a plural subject of a verb: "a few remain". */
  private static final Set<String> QUANTIFIERS = Set.of("few", "little", "lot");

  /**
   * A base-form verb right after "a"/"an" and a name or an adjective is a noun: no verb follows an
   * article and its modifier ("shot down a US drone", "a Washington think tank"); tagged as a verb,
   * the parser makes the name its subject and the sentence loses its object.
   */
  static void nounAfterArticle(List<TaggedWord> tagged) {
    for (int i = 2; i < tagged.size(); i++) {
      TaggedWord w = tagged.get(i);
      TaggedWord modifier = tagged.get(i - 1);
      String article = tagged.get(i - 2).word().toLowerCase(Locale.ROOT);
      if ((w.tag().equals("VB") || w.tag().equals("VBP")) && (article.equals("a") || article.equals("an"))
          && Set.of("NNP", "JJ").contains(modifier.tag()) && !QUANTIFIERS.contains(modifier.word().toLowerCase(Locale.ROOT))) {
        w.setTag("NN");
      }
    }
  }
}
