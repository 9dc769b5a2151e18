package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.web.ArticleSink;
import org.newsgraph.web.Inputs;
import org.newsgraph.web.OpenedInput;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.read.BadInputException;
import org.newsgraph.read.Source;
import org.newsgraph.web.HtmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the events (who did what to whom, in CAMEO) that the inputs report, one JSON",
      "object a line: the fields of events[] in newsgraph/1 with the article's `input` and `id`.",
      "Inputs are read as `analyze` reads them. Only `asserted` events happened as the article",
      "tells it; the others are negated, hypothetical or reported claims."
    })
final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EventOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or http(s) URLs to read, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = EventOptions.standardWith(options.coder());
    HtmlReader html = new HtmlReader(Source.DEFAULT_MAX_BYTES, warning -> err.println("newsgraph: " + warning));
    Inputs reader = Inputs.builder(html).build();
    int failed = 0;
    for (String input : inputs) {
      try (OpenedInput opened = reader.open(input)) {
        int[] bad = {0};
        opened.read(new ArticleSink() {
          @Override
          public void article(Article read) {
            Article a;
            try {
              a = pipeline.run(read);
            } catch (RuntimeException e) {
              err.println("newsgraph: " + read.input() + ": analysis failed: " + e);
              bad[0]++;
              return;
            }
            JsonNode doc = ArticleJson.toTree(a);
            JsonNode events = doc.get("events");
            if (events == null) {
              return;
            }
            for (JsonNode e : events) {
              ObjectNode line = ((ObjectNode) e).deepCopy();
              ObjectNode o = line.objectNode();
              o.put("input", a.input());
              o.put("id", doc.path("id").asText(null));
              o.setAll(line);
              out.println(o);
            }
            out.flush();
          }

          @Override
          public void warning(String part, String reason) {
            err.println("newsgraph: " + part + ": warning: " + reason);
          }

          @Override
          public void summary(String in, String line) {
            err.println("newsgraph: " + in + ": " + line);
          }
        });
        failed += bad[0] > 0 ? 1 : 0;
      } catch (BadInputException e) {
        err.println("newsgraph: " + e.getMessage());
        failed++;
      }
    }
    return failed > 0 ? Main.BAD_INPUT : 0;
  }
}
