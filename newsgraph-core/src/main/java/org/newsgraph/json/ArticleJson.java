package org.newsgraph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.Tone;

/**
 * Writes an {@link Article} as one JSON document of schema {@value #SCHEMA}, documented in
 * docs/schema.md and checked by {@code newsgraph-1.schema.json} beside this class.
 */
public final class ArticleJson {
  public static final String SCHEMA = "newsgraph/1";
  /** The JSON Schema that every document validates against, as a class-path resource. */
  public static final String SCHEMA_RESOURCE = "/org/newsgraph/json/newsgraph-1.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleJson() {}

  public static ObjectNode toTree(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("id", id(a.text()));
    o.put("input", a.input());
    o.put("reader", a.reader());
    o.put("url", a.url());
    o.put("published", a.published());
    o.put("language", a.language());
    o.put("title", a.title());
    o.put("body", a.body());
    o.put("text", a.text());
    o.set("credit", credit(a.credit()));
    ArrayNode segments = o.putArray("segments");
    for (Segment s : a.segments()) {
      ObjectNode so = segments.addObject();
      so.put("kind", s.kind().label());
      so.put("start", s.start());
      so.put("end", s.end());
      so.put("text", a.textOf(s));
      so.put("offTopic", s.offTopic());
      if (s.relevance() == null) {
        so.putNull("relevance");
      } else {
        so.put("relevance", s.relevance());
      }
    }
    if (a.entities() != null) {
      ArrayNode entities = o.putArray("entities");
      for (Entity e : a.entities()) {
        ObjectNode eo = entities.addObject();
        eo.put("id", e.id());
        eo.put("name", e.name());
        eo.put("type", e.type().name());
        eo.put("kb", e.kb());
        eo.put("actor", e.actor());
        eo.put("salience", e.salience());
        ArrayNode mentions = eo.putArray("mentions");
        for (Mention m : e.mentions()) {
          ObjectNode mo = mentions.addObject();
          mo.put("start", m.start());
          mo.put("end", m.end());
          mo.put("text", a.textOf(m.span()));
        }
      }
    }
    if (a.quotes() != null) {
      ArrayNode quotes = o.putArray("quotes");
      for (Quote q : a.quotes()) {
        quotes.add(quote(a, q));
      }
    }
    if (a.events() != null) {
      ArrayNode events = o.putArray("events");
      for (Event e : a.events()) {
        events.add(event(a, e));
      }
    }
    if (a.tone() != null) {
      Tone t = a.tone();
      ObjectNode to = o.putObject("tone");
      to.put("score", t.score());
      to.put("positive", t.positive());
      to.put("negative", t.negative());
      to.put("polarity", t.polarity());
      to.put("words", t.words());
    }
    if (a.facts() != null) {
      ArrayNode facts = o.putArray("facts");
      for (Fact f : a.facts()) {
        ObjectNode fo = facts.addObject();
        fo.put("text", f.text());
        f.about().forEach(fo.putArray("about")::add);
        fo.put("source", f.source());
        fo.put("asOf", f.asOf());
        fo.put("relevance", f.relevance());
        if (f.contradiction() == null) {
          fo.putNull("contradiction");
        } else {
          fo.set("contradiction", span(a, f.contradiction()));
        }
      }
    }
    return o;
  }

  private static ObjectNode event(Article a, Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("source", e.source());
    o.put("target", e.target());
    o.put("code", e.code());
    o.put("goldstein", e.goldstein());
    o.put("quadClass", e.quadClass().number());
    o.put("start", e.start());
    o.put("end", e.end());
    o.put("text", a.textOf(e.span()));
    o.put("sourceEntity", e.sourceEntity());
    o.put("targetEntity", e.targetEntity());
    if (e.cue() == null) {
      o.putNull("cue");
      o.putNull("cueStart");
      o.putNull("cueEnd");
    } else {
      o.put("cue", a.textOf(e.cue()));
      o.put("cueStart", e.cue().start());
      o.put("cueEnd", e.cue().end());
    }
    o.put("factuality", e.factuality().label());
    return o;
  }

  private static ObjectNode quote(Article a, Quote q) {
    ObjectNode o = span(a, q.span());
    o.put("direct", q.direct());
    o.put("kind", q.kind().label());
    ArrayNode parts = o.putArray("parts");
    for (Span p : q.parts()) {
      parts.add(span(a, p));
    }
    if (q.cue() == null) {
      o.putNull("cue");
      o.putNull("cueStart");
      o.putNull("cueEnd");
    } else {
      o.put("cue", a.textOf(q.cue()));
      o.put("cueStart", q.cue().start());
      o.put("cueEnd", q.cue().end());
    }
    Speaker sp = q.speaker();
    if (sp == null) {
      o.putNull("speaker");
    } else {
      ObjectNode so = span(a, sp.span());
      so.put("entity", sp.entity());
      if (sp.antecedent() == null) {
        so.putNull("antecedent");
      } else {
        so.set("antecedent", span(a, sp.antecedent()));
      }
      o.set("speaker", so);
    }
    return o;
  }

  private static ObjectNode span(Article a, Span s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("text", a.textOf(s));
    return o;
  }

  /** One line, for JSON Lines. */
  public static String toLine(Article a) {
    return write(MAPPER, a);
  }

  public static String toPrettyString(Article a) {
    return write(PRETTY, a);
  }

  private static String write(ObjectMapper mapper, Article a) {
    try {
      return mapper.writeValueAsString(toTree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ObjectNode credit(Credit c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("outlet", c.outlet());
    c.authors().forEach(o.putArray("authors")::add);
    c.agencies().forEach(o.putArray("agencies")::add);
    return o;
  }

  /**
   * A stable id: the first 128 bits of SHA-256 over the text in Unicode NFC, lower case, with runs
   * of whitespace made one space, so that copies differing only in layout share it.
   */
  public static String id(String text) {
    String normal =
        Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
