package org.newsgraph.kb;

import java.io.Writer;
import java.nio.file.Path;

/** Runs an import to nowhere, for a test that starts it in a JVM with a small heap. */
final class SmallHeapImport {
  private SmallHeapImport() {}

  public static void main(String[] args) throws Exception {
    WikidataImport.Counts c = WikidataImport.run(Path.of(args[0]), Writer.nullWriter());
    System.out.println(c.read() + " " + c.kept());
  }
}
