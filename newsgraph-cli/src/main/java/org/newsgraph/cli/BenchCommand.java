package org.newsgraph.cli;

import picocli.CommandLine.Command;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures how fast newsgraph is on this machine.",
    subcommands = {BenchSearchCommand.class, BenchNerCommand.class, BenchExtractionCommand.class, BenchServeCommand.class, BenchEnrichCommand.class, BenchEventsCommand.class})
final class BenchCommand {}
