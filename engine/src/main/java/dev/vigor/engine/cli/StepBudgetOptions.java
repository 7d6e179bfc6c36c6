package dev.vigor.engine.cli;

import dev.vigor.engine.exec.NfConfig;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The statement budgets of the commands that execute an NF: nf_init's run and one path's. */
public final class StepBudgetOptions {
  @Option(names = "--max-steps", paramLabel = "N", defaultValue = "" + NfConfig.DEFAULT_MAX_STEPS,
      description = "C statements nf_init's concrete run may take (default ${DEFAULT-VALUE});"
          + " past it nothing is decided (exit 2).")
  long maxSteps;

  @Option(names = "--max-path-steps", paramLabel = "N",
      defaultValue = "" + NfConfig.DEFAULT_MAX_PATH_STEPS,
      description = "C statements one symbolic path of nf_process may take (default"
          + " ${DEFAULT-VALUE}); a path past it is undecided, the others are explored.")
  long maxPathSteps;

  /** Why the values given cannot be used, if they cannot. */
  Optional<String> problem() {
    return maxSteps < 1 || maxPathSteps < 1
        ? Optional.of("--max-steps and --max-path-steps must be at least 1") : Optional.empty();
  }
}
