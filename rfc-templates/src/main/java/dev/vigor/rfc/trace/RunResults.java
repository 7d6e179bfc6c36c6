package dev.vigor.rfc.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last verdicts of an NF's properties, read from the newest verification run saved in a runs
 * folder. Each run is the engine's results JSON ({@code {"nf": ..., "specs": [{"file": ...,
 * "verdict": "proved"}, ...]}}) named {@code <yyyyMMdd-HHmmss>-<nf>.json}, so the newest run of an
 * NF is the greatest such name. A spec's property is its file name without {@code .py}.
 */
public final class RunResults {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The verdicts of one run and the file they came from. */
  public record LastRun(Path file, Map<String, Verdict> verdicts) {
    public LastRun {
      verdicts = Map.copyOf(verdicts);
    }
  }

  private RunResults() {}

  /** The newest run of {@code nf} in {@code runsDir}; empty when the folder or a run is missing. */
  public static Optional<LastRun> newest(Path runsDir, String nf) throws DiagnosticException {
    Optional<Path> file = newestFile(runsDir, nf);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LastRun(file.get(), read(file.get())));
  }

  /**
   * The newest {@code <timestamp>-<nf>.json} in the folder, if there is one; a second run saved in
   * the same second is {@code <timestamp>-<nf>-2.json} (the workbench's RunStore), and newer.
   */
  static Optional<Path> newestFile(Path runsDir, String nf) throws DiagnosticException {
    if (!Files.isDirectory(runsDir)) {
      return Optional.empty();
    }
    // "20261124-053000-bridge.json" is a run of bridge; "…-my-bridge.json" is not.
    Pattern run = Pattern.compile("(\\d{8}-\\d{6})-" + Pattern.quote(nf) + "(?:-(\\d+))?\\.json");
    try (Stream<Path> files = Files.list(runsDir)) {
      return files
          .filter(p -> run.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))
          .max(Comparator.comparing((Path p) -> order(run, p, 1))
              .thenComparing(p -> Long.parseLong(order(run, p, 2))));
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(runsDir.toString(), 1, 1), "cannot list: " + e.getMessage()));
    }
  }

  /** Group g of the run file name: 1 the timestamp, 2 the same-second number (1 when absent). */
  private static String order(Pattern run, Path p, int g) {
    Matcher m = run.matcher(p.getFileName().toString());
    m.matches();
    return m.group(g) == null ? "1" : m.group(g);
  }

  /** The verdict of each spec in one results file, keyed by property name. */
  public static Map<String, Verdict> read(Path file) throws DiagnosticException {
    String name = file.toString();
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(name, 1, 1), "not a verification results file: " + e.getMessage()));
    }
    if (root == null || !root.path("specs").isArray()) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(name, 1, 1), "not a verification results file: no \"specs\" list"));
    }
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (JsonNode spec : root.get("specs")) {
      String specFile = spec.path("file").asText("");
      Optional<Verdict> verdict = Verdict.parse(spec.path("verdict").asText(""));
      if (!specFile.isEmpty() && verdict.isPresent()) {
        verdicts.put(NfAnnotations.propertyName(Path.of(specFile)), verdict.get());
      }
    }
    return verdicts;
  }
}
