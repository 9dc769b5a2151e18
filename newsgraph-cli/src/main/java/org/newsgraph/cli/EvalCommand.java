package org.newsgraph.cli;

import picocli.CommandLine.Command;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures newsgraph against public evaluation data.",
    subcommands = {EvalOffTopicCommand.class, EvalNerCommand.class, EvalLinkingCommand.class, EvalSimilarityCommand.class, EvalExtractionCommand.class, EvalQuotesCommand.class, EvalSampleEventsCommand.class, EvalToneCommand.class, EvalFactsCommand.class, EvalEventsCommand.class, EvalFurnitureCommand.class})
final class EvalCommand {}
