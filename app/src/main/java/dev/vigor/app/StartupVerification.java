package dev.vigor.app;

import dev.vigor.app.verify.PropertyChoice;
import dev.vigor.app.verify.VerificationViewModel;
import dev.vigor.engine.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;

/**
 * {@code -Dvigor.verifyAtStart=NF_DIR}: the window verifies the NF's spec.py, its init.py and
 * every property in its props/ folder as soon as it is up, prints the verdict on stdout and
 * closes, with the CLI's exit code. For scripted checks of the workbench itself (it is how the launcher test runs two
 * workbenches at once). {@code -Dvigor.verifyAtStart.repeatUntil=FILE} verifies again and again
 * until FILE exists, so one workbench keeps verifying while something else happens.
 */
final class StartupVerification {
  /** The NF folder to verify at start. */
  static final String PROPERTY = "vigor.verifyAtStart";
  /** The file whose existence ends the repetition. */
  static final String REPEAT_UNTIL = "vigor.verifyAtStart.repeatUntil";

  private static volatile int exitCode = ExitCodes.OK;

  private StartupVerification() {}

  /** The exit code of the last verification started here (OK when none was). */
  static int exitCode() {
    return exitCode;
  }

  /** Starts verifying when the property is set; call on the FX thread once the window is up. */
  static void startIfAsked(VerificationViewModel verification) {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      return;
    }
    Path nf = Path.of(dir).toAbsolutePath().normalize();
    List<PropertyChoice> choices;
    try {
      choices = choices(nf);
    } catch (IOException e) {
      finish(ExitCodes.BAD_INPUT, "cannot read " + nf + ": " + e.getMessage());
      return;
    }
    if (choices.isEmpty()) {
      finish(ExitCodes.BAD_INPUT, nf + " has no spec.py and no props/*.py to verify");
      return;
    }
    String until = System.getProperty(REPEAT_UNTIL);
    int[] round = {0};
    verification.lastEndProperty().addListener((o, old, end) -> {
      if (end == null) {
        return;
      }
      round[0]++;
      System.out.println("vigor: verified " + nf.getFileName() + " (round " + round[0] + "): " + end.text());
      System.out.flush();
      if (until != null && !Files.exists(Path.of(until)) && end.kind().equals("proved")) {
        Platform.runLater(verification::run);
        return;
      }
      finish(code(end.kind()), null);
    });
    verification.selectNf(nf, choices);
    verification.checkedProperties().setAll(choices);
    System.out.println("vigor: verifying " + nf.getFileName() + " at start (" + choices.size() + " files)");
    System.out.flush();
    verification.run();
  }

  private static List<PropertyChoice> choices(Path nf) throws IOException {
    List<PropertyChoice> out = new ArrayList<>();
    if (Files.isRegularFile(nf.resolve("spec.py"))) {
      out.add(new PropertyChoice(nf.resolve("spec.py"), true, ""));
    }
    if (Files.isRegularFile(nf.resolve("init.py"))) {
      out.add(new PropertyChoice(nf.resolve("init.py"), false, ""));
    }
    Path props = nf.resolve("props");
    if (Files.isDirectory(props)) {
      try (Stream<Path> files = Files.list(props)) {
        files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted()
            .forEach(f -> out.add(new PropertyChoice(f, false, "")));
      }
    }
    return out;
  }

  private static int code(String kind) {
    return switch (kind) {
      case "proved" -> ExitCodes.OK;
      case "violated" -> ExitCodes.VIOLATED;
      case "unknown" -> ExitCodes.UNKNOWN;
      default -> ExitCodes.BAD_INPUT;
    };
  }

  private static void finish(int code, String problem) {
    if (problem != null) {
      System.err.println("vigor: " + problem);
    }
    exitCode = code;
    Platform.exit();
  }
}
