package org.newsgraph.store.ingest;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.ingest.FieldMapping;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.Segmenter;
import org.newsgraph.store.LuceneArticleStore;

/**
 * An ingest in a process of its own, for the kill test: {@code DATA INPUT}. Analysis is the
 * segmenter plus a few milliseconds of waiting, so that the run lasts long enough to be killed
 * half way; every commit is announced on standard output as {@code COMMITTED <stored>}.
 */
public final class IngestChild {
  public static void main(String[] args) throws Exception {
    Ingester.Report report = run(Path.of(args[0]), Path.of(args[1]), 3);
    System.out.println("DONE " + report.counts().stored.get());
  }

  static Ingester.Report run(Path data, Path input, long millisPerArticle) throws Exception {
    Pipeline pipeline = Pipeline.builder().add(new Segmenter()).build();
    IngestProgress announce =
        new IngestProgress() {
          @Override
          public void update(IngestCounts counts, long total, double elapsed) {}

          @Override
          public void committed(IngestCounts counts) {
            System.out.println("COMMITTED " + counts.stored.get());
            System.out.flush();
          }
        };
    try (LuceneArticleStore store = LuceneArticleStore.open(data);
        RejectLog rejects = new RejectLog(data)) {
      Ingester ingester =
          new Ingester(
              store,
              (Article a) -> {
                try {
                  Thread.sleep(millisPerArticle);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return pipeline.run(a);
              },
              rejects,
              new Ingester.Options(2, 100, 100, false),
              announce);
      return ingester.run(Inputs.standard(FieldMapping.DEFAULT, 1 << 20, List.of()).expand(List.of(input.toString())));
    }
  }
}
