package org.newsgraph.model;

/**
 * The article's tone as GDELT measures it: shares of positive and negative words in the article's
 * own text, in percent of its words.
 *
 * @param score positive minus negative, -100..100
 * @param positive percent of words that are positive, 0..100
 * @param negative percent of words that are negative, 0..100
 * @param polarity percent of words that carry tone either way, 0..100
 * @param words how many words were counted
 */
public record Tone(double score, double positive, double negative, double polarity, int words) {
  public Tone {
    if (!(positive >= 0 && positive <= 100 && negative >= 0 && negative <= 100 && polarity >= 0 && polarity <= 100)) {
      throw new IllegalArgumentException("tone shares out of 0..100");
    }
    if (!(score >= -100 && score <= 100)) {
      throw new IllegalArgumentException("tone score out of -100..100: " + score);
    }
  }
}
