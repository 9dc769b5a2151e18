package org.newsgraph.web.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent newsgraph fetches with: its name, version and where to read about it. */
public final class UserAgent {
  /** Where a site's operator reads what is fetching their pages. */
  public static final String PROJECT_URL = "https://github.com/newsgraph/newsgraph";

  private UserAgent() {}

  public static String value() {
    return "newsgraph/" + version() + " (+" + PROJECT_URL + ")";
  }

  /** The project version, from the build; "dev" when run from classes that were not built by Maven. */
  public static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/org/newsgraph/web/version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank() && !v.startsWith("${")) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "dev";
  }
}
