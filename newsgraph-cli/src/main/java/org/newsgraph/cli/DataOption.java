package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the store's folder, shared by the commands that use one. */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:NEWSGRAPH_DATA:-newsgraph-data}",
      description = "The data folder of the store (default: ${DEFAULT-VALUE}; env NEWSGRAPH_DATA).")
  Path data;
}
