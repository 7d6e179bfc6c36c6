package dev.vigor.rfc.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.nf.NfSourceHash;
import dev.vigor.engine.spec.SourceHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last verdicts of an NF's properties, read from the verification runs saved in a runs
 * folder. Each run is the engine's results JSON ({@code {"nf": ..., "specs": [{"file": ...,
 * "verdict": "proved"}, ...]}}) named {@code <yyyyMMdd-HHmmss>-<nf>.json}, so the newest run of an
 * NF is the greatest such name. A spec's property is its file name without {@code .py}.
 *
 * <p>{@link #merged} combines every run of one NF folder, property by property: a verdict holds
 * while the texts it verified (their SHA-256s in the run) are what the files hold now and the NF's
 * code has the hash the run names, so a property proved alone stays proved until its file (or a
 * property it imports) or the NF changes.
 */
public final class RunResults {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The verdicts of one run and the file they came from. */
  public record LastRun(Path file, Map<String, Verdict> verdicts) {
    public LastRun {
      verdicts = Map.copyOf(verdicts);
    }
  }

  /**
   * Verdicts merged over an NF's runs: each property's newest verdict that is still current, the
   * run files those verdicts came from (newest first), and how many newer verdicts were dropped
   * because their file or the NF's code has changed since.
   */
  public record Merged(Map<String, Verdict> verdicts, List<Path> runs, int stale) {
    public Merged {
      verdicts = Map.copyOf(verdicts);
      runs = List.copyOf(runs);
    }
  }

  /** How many of an NF's newest runs are read: older ones are almost never still current. */
  static final int MAX_RUNS = 100;

  private RunResults() {}

  /**
   * Every still-current verdict of the NF at {@code nfDir} in {@code runsDir} (runs of another
   * folder with the same name, e.g. the catalog's bridge and the workspace copy, are not mixed).
   * Runs written before results named their hashes count only when they are the newest run.
   */
  public static Merged merged(Path runsDir, Path nfDir) throws DiagnosticException {
    Path dir = nfDir.toAbsolutePath().normalize();
    String name = String.valueOf(dir.getFileName());
    String nfHash;
    try {
      nfHash = NfSourceHash.of(dir);
    } catch (IOException | RuntimeException e) {
      nfHash = null; // no nf.properties (a bare folder of specs): its code cannot go stale
    }
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    Set<Path> used = new LinkedHashSet<>();
    Map<Path, String> current = new HashMap<>();
    int stale = 0;
    boolean newest = true;
    for (Path file : runFiles(runsDir, name).stream().limit(MAX_RUNS).toList()) {
      JsonNode root;
      try {
        root = parse(file);
      } catch (DiagnosticException e) {
        if (newest) {
          throw e;
        }
        continue; // an older broken file cannot hide what newer runs say
      }
      if (!sameNf(root.path("nf").asText(""), dir)) {
        continue;
      }
      boolean codeChanged = nfHash != null && root.hasNonNull("nfSha256")
          && !nfHash.equals(root.get("nfSha256").asText());
      for (JsonNode spec : root.get("specs")) {
        String specFile = spec.path("file").asText("");
        Optional<Verdict> verdict = Verdict.parse(spec.path("verdict").asText(""));
        if (specFile.isEmpty() || verdict.isEmpty()) {
          continue;
        }
        String property = NfAnnotations.propertyName(Path.of(specFile));
        if (verdicts.containsKey(property)) {
          continue;
        }
        boolean hashed = spec.path("sources").isArray() && !spec.path("sources").isEmpty();
        if (codeChanged || (hashed && !stillCurrent(spec.get("sources"), current))) {
          stale++;
          continue;
        }
        if (!hashed && !newest) {
          continue; // an old-format verdict can only be trusted as the NF's last word
        }
        verdicts.put(property, verdict.get());
        used.add(file);
      }
      newest = false;
    }
    return new Merged(verdicts, List.copyOf(used), stale);
  }

  // Runs record the NF folder absolute; `vigor verify --json` may have been given a relative one.
  private static boolean sameNf(String recorded, Path dir) {
    if (recorded.isEmpty()) {
      return true;
    }
    Path p = Path.of(recorded);
    return p.isAbsolute() ? p.normalize().equals(dir)
        : String.valueOf(p.normalize().getFileName()).equals(String.valueOf(dir.getFileName()));
  }

  /** Whether every file a verdict verified holds the same text now (hashes cached per call). */
  private static boolean stillCurrent(JsonNode sources, Map<Path, String> current) {
    for (JsonNode source : sources) {
      Path f = Path.of(source.path("file").asText(""));
      String now = current.computeIfAbsent(f, RunResults::hashNow);
      if (now.isEmpty() || !now.equals(source.path("sha256").asText())) {
        return false;
      }
    }
    return true;
  }

  private static String hashNow(Path f) {
    try {
      return SourceHash.sha256(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return ""; // gone or unreadable: nothing verified it as it is
    }
  }

  /** An NF's run files, newest first. */
  private static List<Path> runFiles(Path runsDir, String nf) throws DiagnosticException {
    if (!Files.isDirectory(runsDir)) {
      return List.of();
    }
    Pattern run = runName(nf);
    try (Stream<Path> files = Files.list(runsDir)) {
      return files
          .filter(p -> run.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))
          .sorted(newestFirst(run))
          .toList();
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(runsDir.toString(), 1, 1), "cannot list: " + e.getMessage()));
    }
  }

  private static Pattern runName(String nf) {
    // "20261124-053000-bridge.json" is a run of bridge; "…-my-bridge.json" is not.
    return Pattern.compile("(\\d{8}-\\d{6})-" + Pattern.quote(nf) + "(?:-(\\d+))?\\.json");
  }

  private static Comparator<Path> newestFirst(Pattern run) {
    return Comparator.comparing((Path p) -> order(run, p, 1))
        .thenComparing(p -> Long.parseLong(order(run, p, 2))).reversed();
  }

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
    return runFiles(runsDir, nf).stream().findFirst();
  }

  /** Group g of the run file name: 1 the timestamp, 2 the same-second number (1 when absent). */
  private static String order(Pattern run, Path p, int g) {
    Matcher m = run.matcher(p.getFileName().toString());
    m.matches();
    return m.group(g) == null ? "1" : m.group(g);
  }

  /** The verdict of each spec in one results file, keyed by property name. */
  public static Map<String, Verdict> read(Path file) throws DiagnosticException {
    JsonNode root = parse(file);
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

  /** A results file's JSON, with a "specs" list; a clear error otherwise. */
  private static JsonNode parse(Path file) throws DiagnosticException {
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
    return root;
  }
}
