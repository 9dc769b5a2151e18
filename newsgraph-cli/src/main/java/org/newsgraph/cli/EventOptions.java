package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.event.EventCoder;
import org.newsgraph.event.PetrarchDictionaries;
import org.newsgraph.event.VerbLexicon;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.text.ParserProvider;
import picocli.CommandLine.Option;

/** The options that choose the event coder's dictionaries, shared by the event commands. */
final class EventOptions {
  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description = "Also load the TABARI/PETRARCH dictionaries in DIR: verbs (CAMEO*.txt, *.verbs.txt) beside ours, actors (*.actors.txt) beside the entities' actors.")
  Path dictionaries;

  @Option(names = "--dictionaries-only", description = "With --dictionaries: PETRARCH's verbs in place of ours.")
  boolean dictionariesOnly;

  /** The coder these options ask for. */
  EventCoder coder() throws IOException {
    return coder(dictionaries);
  }

  EventCoder coder(Path dir) throws IOException {
    VerbLexicon english = VerbLexicon.bundled("en");
    if (dir == null) {
      return new EventCoder();
    }
    PetrarchDictionaries d = PetrarchDictionaries.read(dir, dictionariesOnly ? PetrarchDictionaries.noVerbs() : english);
    return new EventCoder(ParserProvider.installed(), d.verbs(), VerbLexicon.bundled("de"), d.actors());
  }

  /** The standard pipeline with this coder in place of the standard one. */
  static Pipeline standardWith(EventCoder coder) {
    List<Stage> stages = new ArrayList<>(Pipeline.standard().stages());
    Pipeline.Builder b = Pipeline.builder();
    for (Stage s : stages) {
      b.add(s instanceof EventCoder ? coder : s);
    }
    return b.build();
  }

}
