package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Coarse families of the corpus's fine-grained topic labels, written by hand in {@code
 * topic-families.txt}: two topics are distant only when their families differ, neither is the
 * catch-all family {@code broad}, and the two families are not declared near.
 */
public final class TopicFamilies {
  public static final String BROAD = "broad";

  private final Map<String, String> familyOfTopic;
  private final Set<String> near;

  TopicFamilies(Map<String, String> familyOfTopic, Set<String> near) {
    this.familyOfTopic = Map.copyOf(familyOfTopic);
    this.near = Set.copyOf(near);
  }

  public static TopicFamilies bundled() {
    try (InputStream in = TopicFamilies.class.getResourceAsStream("topic-families.txt")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TopicFamilies parse(String text) {
    Map<String, String> families = new HashMap<>();
    Set<String> near = new HashSet<>();
    Set<String> names = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("family ")) {
          int colon = line.indexOf(':');
          String family = line.substring("family ".length(), colon).strip();
          names.add(family);
          for (String topic : line.substring(colon + 1).strip().split("\\s+")) {
            if (families.put(topic, family) != null) {
              throw new IllegalArgumentException("topic in two families: " + topic);
            }
          }
        } else if (line.startsWith("near ")) {
          String[] pair = line.substring("near ".length()).strip().split("\\s+");
          if (pair.length != 2 || !names.contains(pair[0]) || !names.contains(pair[1])) {
            throw new IllegalArgumentException("bad near line: " + line);
          }
          near.add(key(pair[0], pair[1]));
        } else {
          throw new IllegalArgumentException("bad line: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TopicFamilies(families, near);
  }

  public Optional<String> family(String topic) {
    return Optional.ofNullable(familyOfTopic.get(topic));
  }

  /** Whether an article on {@code b} is off the subject of an article on {@code a}. Unknown topics are not. */
  public boolean distant(String a, String b) {
    String fa = familyOfTopic.get(a);
    String fb = familyOfTopic.get(b);
    if (fa == null || fb == null || fa.equals(BROAD) || fb.equals(BROAD) || fa.equals(fb)) {
      return false;
    }
    return !near.contains(key(fa, fb));
  }

  private static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
  }
}
