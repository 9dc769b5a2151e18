package org.newsgraph.cli;

import picocli.CommandLine.Command;

@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Builds and inspects the knowledge base.",
    subcommands = {KbImportCommand.class})
final class KbCommand {}
