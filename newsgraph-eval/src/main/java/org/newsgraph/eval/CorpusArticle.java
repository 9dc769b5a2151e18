package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One article of the news corpus in {@code ../shared/data/corpus/}, as its JSON Lines hold it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CorpusArticle(
    String id,
    String source,
    String site,
    String url,
    String date,
    String authors,
    String title,
    String topic,
    String text) {}
