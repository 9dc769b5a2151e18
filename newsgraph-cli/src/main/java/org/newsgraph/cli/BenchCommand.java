package org.newsgraph.cli;

import picocli.CommandLine.Command;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures how fast newsgraph is.",
    subcommands = {BenchExtractionCommand.class})
final class BenchCommand {}
