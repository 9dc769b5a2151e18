package org.newsgraph.credit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Credit;
import org.newsgraph.model.Segment;
import org.newsgraph.model.SegmentKind;
import org.newsgraph.pipeline.Stage;

/**
 * Reads {@link Credit} from the article's credit segments and from a dateline such as "BERLIN
 * (dpa) -", and merges it with credit the reader found in the page's metadata.
 */
public final class CreditReader implements Stage {
  private static final Pattern DATELINE = Pattern.compile("^[^(\\n]{2,60}?\\(([^()\\n]{2,40})\\)\\s*[-–—:]");

  private final CreditLine creditLine = CreditLine.bundled();

  @Override
  public Article apply(Article article) {
    Credit known = article.credit();
    String outlet = known.outlet();
    Set<String> authors = new LinkedHashSet<>(known.authors());
    Set<String> agencies = new LinkedHashSet<>(known.agencies());
    for (Segment segment : article.segments(SegmentKind.CREDIT)) {
      Credit credit = creditLine.read(article.textOf(segment));
      if (credit != null) {
        outlet = outlet == null ? credit.outlet() : outlet;
        authors.addAll(credit.authors());
        agencies.addAll(credit.agencies());
      }
    }
    for (Segment lead : article.segments(SegmentKind.LEAD)) {
      Matcher dateline = DATELINE.matcher(article.textOf(lead));
      if (dateline.find()) {
        Credit credit = creditLine.readAgencies(dateline.group(1));
        if (credit != null) {
          agencies.addAll(credit.agencies());
        }
      }
    }
    Credit credit = new Credit(outlet, List.copyOf(authors), List.copyOf(agencies));
    return credit.equals(known) ? article : article.toBuilder().credit(credit).build();
  }
}
