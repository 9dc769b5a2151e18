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
    List<Word> in = new ArrayList<>(words.size());
    for (String w : words) {
      in.add(new Word(english ? PTB.getOrDefault(w, w) : w));
    }
    List<TaggedWord> tagged = tagger.tagSentence(in);
    if (english) {
      prepositionalFollowing(tagged);
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
}
