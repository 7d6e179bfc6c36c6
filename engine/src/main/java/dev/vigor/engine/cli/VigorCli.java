package dev.vigor.engine.cli;

import dev.vigor.engine.Version;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless {@code vigor} command line: every subcommand the workbench's engine offers. */
@Command(
    name = "vigor",
    mixinStandardHelpOptions = true,
    versionProvider = VigorCli.VersionProvider.class,
    description = {
      "Verify software network functions against Python-syntax specs.",
      "Run without a subcommand (through the launcher) to open the workbench window."
    },
    subcommands = {
      CatalogCommand.class,
      CheckCommand.class,
      TracesCommand.class,
      VerifyCommand.class,
      WorkerCommand.class,
      RunCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VigorCli implements Runnable {

  /** Prints {@code vigor <version>}, the Java runtime it runs on and the Z3 it calls. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "vigor " + Version.get(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        "Z3 " + dev.vigor.engine.SolverLibrary.loaded()
      };
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line, with extension subcommands registered. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new VigorCli());
    for (CliExtension ext : ServiceLoader.load(CliExtension.class)) {
      for (Object sub : ext.subcommands()) {
        cl.addSubcommand(sub);
      }
    }
    // A bad argument is bad input, like any other.
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("vigor: " + ex.getMessage());
          c.getErr().println("Try 'vigor " + (c.getCommandName().equals("vigor") ? "" : c.getCommandName() + " ") + "--help'.");
          return ExitCodes.BAD_INPUT;
        });
    // An engine defect is reported in one line, never as a stack trace: nothing was decided.
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("vigor: internal error (" + ex.getClass().getSimpleName()
          + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "); nothing was decided;"
          + " please report it with the command and its input");
      c.getErr().flush();
      return ExitCodes.UNKNOWN;
    });
    return cl;
  }

  /** Runs the CLI and returns its exit code (no System.exit, for tests and the launcher). */
  public static int run(String... args) {
    try {
      return commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // the step budgets and lazy tables should prevent this; say what to do if not
      System.err.println("vigor: out of memory (" + e.getMessage() + "); nothing was decided."
          + " Lower --max-path-steps or --jobs, or give Java more memory (VIGOR_JAVA_OPTS=-Xmx8g)");
      return ExitCodes.UNKNOWN;
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}
