package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsgraph command line: data on standard output, messages on standard error. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns raw news into structured, checkable knowledge.",
    subcommands = {
      AnalyzeCommand.class,
      TagCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      RelationsCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      KbCommand.class,
      EventsCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for inputs that could not be read or analysed. */
  public static final int BAD_INPUT = 1;
  /** Exit code for a command line that does not parse. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          e.getCommandLine().getErr().println("newsgraph: " + e.getMessage());
          e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          command.getErr().println("newsgraph: " + e);
          return BAD_INPUT;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsgraph " + (v == null ? "(development build)" : v)};
    }
  }
}
