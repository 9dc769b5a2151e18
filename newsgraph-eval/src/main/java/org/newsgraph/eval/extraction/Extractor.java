package org.newsgraph.eval.extraction;

import org.newsgraph.eval.extraction.ExtractionDataset.Page;

/** Something that takes a page's HTML and returns the article body it finds, as plain text. */
public interface Extractor {
  String name();

  /** The article body; empty when the extractor finds none. Never throws for a bad page. */
  String body(Page page);
}
