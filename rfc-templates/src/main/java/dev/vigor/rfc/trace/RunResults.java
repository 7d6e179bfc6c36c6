package dev.vigor.rfc.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

  /** The newest {@code <timestamp>-<nf>.json} in the folder, if there is one. */
  static Optional<Path> newestFile(Path runsDir, String nf) throws DiagnosticException {
    if (!Files.isDirectory(runsDir)) {
      return Optional.empty();
    }
    String suffix = "-" + nf + ".json";
    try (Stream<Path> files = Files.list(runsDir)) {
      return files
          .filter(p -> isRunOf(p.getFileName().toString(), suffix) && Files.isRegularFile(p))
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(runsDir.toString(), 1, 1), "cannot list: " + e.getMessage()));
    }
  }

  // "20261124-053000-bridge.json" is a run of bridge; "…-my-bridge.json" is not (timestamp check).
  private static boolean isRunOf(String name, String suffix) {
    if (!name.endsWith(suffix)) {
      return false;
    }
    String stamp = name.substring(0, name.length() - suffix.length());
    return stamp.matches("\\d{8}-\\d{6}");
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
