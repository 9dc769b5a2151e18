package org.newsgraph.store.events;

import java.util.List;
import java.util.Locale;

/** An SVG chart of {@link Relations}: events each way per period, and the cooperation share. */
public final class RelationsChart {
  private RelationsChart() {}

  public static String svg(List<Relations.Row> rows, String ab, String ba) {
    int w = 900;
    int h = 420;
    int left = 60;
    int right = 60;
    int top = 40;
    int bottom = 70;
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    int max = 1;
    for (Relations.Row r : rows) {
      max = Math.max(max, Math.max(r.ab.events, r.ba.events));
    }
    max = (max + 3) / 4 * 4; // four whole-number steps on the count axis
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
    s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"16\">%s</text>%n", left, esc(ab + " and " + ba + ": events per period (counted once per story)")));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", left, top + plotH, left + plotW, top + plotH));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", left, top, left, top + plotH));
    for (int i = 0; i <= 4; i++) {
      int y = top + plotH - plotH * i / 4;
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>%n", left - 6, y + 4, Math.round(max * i / 4.0)));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d%%</text>%n", left + plotW + 6, y + 4, 25 * i));
    }
    int n = rows.size();
    double step = n <= 1 ? 0 : plotW / (double) (n - 1);
    StringBuilder pab = new StringBuilder();
    StringBuilder pba = new StringBuilder();
    StringBuilder pco = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Relations.Row r = rows.get(i);
      double x = left + (n <= 1 ? plotW / 2.0 : i * step);
      pab.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + plotH - plotH * r.ab.events / (double) max));
      pba.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + plotH - plotH * r.ba.events / (double) max));
      if (!Double.isNaN(r.cooperationShare())) {
        pco.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + plotH - plotH * r.cooperationShare()));
      }
      if (n <= 24 || i % Math.max(1, n / 12) == 0) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-45 %.1f %d)\">%s</text>%n", x, top + plotH + 16, x, top + plotH + 16, esc(r.period)));
      }
    }
    s.append("<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"").append(pab).append("\"/>\n");
    s.append("<polyline fill=\"none\" stroke=\"#2471a3\" stroke-width=\"2\" points=\"").append(pba).append("\"/>\n");
    s.append("<polyline fill=\"none\" stroke=\"#27ae60\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\" points=\"").append(pco).append("\"/>\n");
    int ly = h - 12;
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#c0392b\">%s events</text>%n", left, ly, esc(ab)));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#2471a3\">%s events</text>%n", left + 180, ly, esc(ba)));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#27ae60\">cooperation share (right axis)</text>%n", left + 360, ly));
    s.append("</svg>\n");
    return s.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
