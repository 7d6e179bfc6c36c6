package dev.vigor.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.engine.Version;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.readable.ReadableJson;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verification run as SARIF 2.1.0: one run of tool "vigor"; a result per violated (error) or
 * unknown (warning) trace, per malformed spec, and per failed low-level check. A violation is
 * located at the spec line that decided it and at the C line where the NF decided, and carries the
 * C trace as a code flow. Files are named relative to the NF folder.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  /** Writes the report for {@code result} of the NF in {@code nfDir} to {@code out}, atomically. */
  public static void write(Verification.Result result, Path nfDir, Path out) throws IOException {
    AtomicFiles.write(out, render(result, nfDir));
  }

  /** The report as SARIF JSON text. */
  public static String render(Verification.Result result, Path nfDir) {
    ArtifactUris uris = new ArtifactUris(nfDir);
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    // rules: one per spec file (its name is the rule id), plus one per low-level check kind
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = JSON.createArrayNode();
    for (Verification.SpecResult s : result.specs()) {
      String id = ruleId(s.file());
      if (!ruleIndex.containsKey(id)) {
        ruleIndex.put(id, rules.size());
        ObjectNode rule = rules.addObject().put("id", id);
        rule.putObject("shortDescription").put("text", "The NF behaves as " + id + " says.");
        ArtifactUris.Artifact a = uris.of(s.file().toString());
        ObjectNode ruleProps = rule.putObject("properties").put("specFile", a.uri());
        if (!s.sources().isEmpty()) {
          ruleProps.put("sha256", s.sources().get(0).sha256());
        }
      }
    }
    for (Verification.LowLevel l : result.lowLevel()) {
      String id = "low-level/" + l.check();
      if (!ruleIndex.containsKey(id)) {
        ruleIndex.put(id, rules.size());
        rules.addObject().put("id", id).putObject("shortDescription")
            .put("text", "The NF never fails the " + l.check() + " check.");
      }
    }
    for (dev.vigor.engine.layers.LayerResult l : result.lowerLayers()) {
      for (dev.vigor.engine.layers.LayerFinding f : l.findings()) {
        String id = "layer/" + l.layer() + "/" + f.check();
        if (!ruleIndex.containsKey(id)) {
          ruleIndex.put(id, rules.size());
          rules.addObject().put("id", id).putObject("shortDescription")
              .put("text", "The " + l.layer() + " layer never fails the " + f.check() + " check.");
        }
      }
    }
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "vigor");
    driver.put("version", Version.get());
    driver.put("informationUri", "https://github.com/vigor-nf/vigor");
    driver.set("rules", rules);

    ObjectNode bases = run.putObject("originalUriBaseIds");
    bases.putObject(ArtifactUris.NF_BASE).put("uri", dirUri(uris.nfDir()));
    uris.libvig().ifPresent(p -> bases.putObject(ArtifactUris.LIBVIG_BASE).put("uri", dirUri(p)));

    ArrayNode results = run.putArray("results");
    for (Verification.LowLevel l : result.lowLevel()) {
      lowLevel(results, uris, ruleIndex, l, result.specs());
    }
    for (dev.vigor.engine.layers.LayerResult l : result.lowerLayers()) {
      for (dev.vigor.engine.layers.LayerFinding f : l.findings()) {
        String id = "layer/" + l.layer() + "/" + f.check();
        ObjectNode r = result(results, id, ruleIndex.get(id), f.failed() ? "error" : "warning",
            "The " + l.layer() + " layer " + (f.failed() ? "fails" : "may fail") + ": " + f.message()
                + (f.inputs().isEmpty() ? "" : " when " + f.inputs().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "))));
        // the layer's files are named relative to the checkout that holds libvig/
        Position.parse(f.loc()).ifPresent(p -> r.putArray("locations").add(location(uris,
            new Position(uris.libvig().map(lib -> lib.getParent().getParent().resolve(p.file())
                .toString()).orElse(p.file()), p.line(), p.column(), ""), null)));
      }
    }
    for (Verification.SpecResult s : result.specs()) {
      String id = ruleId(s.file());
      int index = ruleIndex.get(id);
      for (Diagnostic d : s.diagnostics()) {
        if (!d.isError()) {
          continue;
        }
        ObjectNode r = result(results, id, index, "error", "The spec is malformed: "
            + d.message());
        r.putArray("locations").add(location(uris, new Position(d.location().file(),
            d.location().line(), d.location().column(), ""), null));
      }
      for (TraceResult t : s.traces()) {
        if (t.verdict() == Verdict.VIOLATED && t.counterexample().isPresent()) {
          violation(results, uris, id, index, s.file(), t, t.counterexample().get());
        } else if (LowLevelReport.onlyLowLevelOrUnchecked(t)) {
          continue; // reported once, as the low-level result or the run's stop notification
        } else if (t.verdict() != Verdict.PROVED) {
          ObjectNode r = result(results, id, index, "warning", subject(t)
              + " could not be decided against " + id + ": " + String.join("; ", t.reasons()));
          r.putArray("locations").add(fileLocation(uris, s.file()));
          r.putObject("properties").put("traceId", t.traceId());
        }
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    // A run stopped early (--fail-fast, its time budget) did not analyse everything: say so.
    invocation.put("executionSuccessful", result.stopped() == null);
    // The layers of the stack the verdicts cover (the rest of the stack was modelled).
    ObjectNode invocationProps = invocation.putObject("properties");
    result.layers().forEach(invocationProps.putArray("layers")::add);
    if (result.stopped() != null) {
      ObjectNode note = invocation.putArray("toolExecutionNotifications").addObject();
      note.put("level", "warning");
      note.putObject("message").put("text", "The run stopped early (" + result.stopped()
          + "); traces not checked by then are unknown, so these results are incomplete.");
      invocationProps.put("stopped", result.stopped());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render SARIF", e);
    }
  }

  /**
   * A low-level finding: an error when it replayed (with its input and the C trace to the check
   * as a code flow), a warning when it did not or was undecided; its properties name the specs
   * it keeps from being proved.
   */
  private static void lowLevel(ArrayNode results, ArtifactUris uris, Map<String, Integer> ruleIndex,
      Verification.LowLevel l, List<Verification.SpecResult> specs) {
    if (l.verdict() == Verdict.PROVED) {
      return;
    }
    String id = "low-level/" + l.check();
    ObjectNode r = result(results, id, ruleIndex.get(id), level(l.verdict()),
        "Low-level check " + l.check() + " " + (l.confirmed() ? "fails (replayed)"
            : l.failed() ? "may fail (the input did not replay)" : "is undecided")
            + ": " + l.message() + (l.input() != null ? "; input: " + l.input().summary()
            .lines().findFirst().orElse("") + " (full input in properties.input)" : "")
            + ". No spec holds on the traces through it.");
    ArrayNode locs = r.putArray("locations");
    Position.parse(l.loc()).ifPresent(p -> locs.add(location(uris, p, "the check")));
    List<Position> steps = new ArrayList<>();
    l.cSteps().forEach(st -> Position.parse(st).ifPresent(steps::add));
    codeFlow(r, uris, steps, "the NF's path to the check");
    ObjectNode props = r.putObject("properties");
    props.put("check", l.check());
    props.put("status", l.status());
    if (l.input() != null) {
      props.put("device", l.input().device());
      props.put("now", l.input().now());
      props.put("input", l.input().summary());
    }
    ArrayNode notProved = props.putArray("notProved");
    for (Verification.SpecResult s : specs) {
      if (s.traces().stream().anyMatch(t -> t.lowLevel().stream().anyMatch(x -> x.id() == l.id()))) {
        notProved.add(ruleId(s.file()));
      }
    }
  }

  /** The C steps as the result's one code flow (none when there is no step). */
  private static void codeFlow(ObjectNode r, ArtifactUris uris, List<Position> steps,
      String text) {
    if (steps.isEmpty()) {
      return;
    }
    ObjectNode flow = r.putArray("codeFlows").addObject();
    flow.putObject("message").put("text", text);
    ArrayNode flowLocs = flow.putArray("threadFlows").addObject().putArray("locations");
    for (Position p : steps) {
      flowLocs.addObject().set("location", location(uris, p, p.what()));
    }
  }

  private static void violation(ArrayNode results, ArtifactUris uris, String id, int index,
      Path specFile, TraceResult t, Counterexample c) {
    ObjectNode r = result(results, id, index, "error", subject(t)
        + " violates " + id + ": the NF did \"" + c.nfOutcome() + "\" but the spec requires \""
        + c.specOutcome() + "\" (the input, the state before and after, and the packet's"
        + " headers below and in properties.readable).\n" + c.render());
    ArrayNode locs = r.putArray("locations");
    Optional<Position> specAt = Position.parse(c.specLine());
    locs.add(specAt.map(p -> location(uris, p, "the spec decides: " + c.specOutcome()))
        .orElseGet(() -> fileLocation(uris, specFile)));
    List<Position> steps = new ArrayList<>();
    c.cSteps().forEach(s -> Position.parse(s).ifPresent(steps::add));
    Optional<Position> nfAt = lastInNf(uris, steps);
    nfAt.ifPresent(p -> {
      locs.add(location(uris, p, "the NF decides: " + c.nfOutcome()));
      ObjectNode related = location(uris, p, "the NF decides: " + c.nfOutcome());
      related.put("id", 1);
      r.putArray("relatedLocations").add(related);
    });
    codeFlow(r, uris, steps, "the NF's path for this input");
    ObjectNode props = r.putObject("properties");
    props.put("traceId", t.traceId());
    props.put("nfOutcome", c.nfOutcome());
    props.put("specOutcome", c.specOutcome());
    props.put("device", c.input().device());
    props.put("now", c.input().now());
    props.put("input", c.input().summary());
    props.put("packet", c.readable().packetHex());
    props.set("readable", ReadableJson.tree(c.readable()));
  }

  /** What a result is about, as a sentence starts: "Trace 4", or "nf_init" for an init spec. */
  private static String subject(TraceResult t) {
    return t.traceId() == TraceResult.NF_INIT ? t.label() : "Trace " + t.traceId();
  }

  /** The last C step in the NF's own files (not a libVig header): where the NF decided. */
  private static Optional<Position> lastInNf(ArtifactUris uris, List<Position> steps) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (uris.of(steps.get(i).file()).baseId().filter(ArtifactUris.NF_BASE::equals).isPresent()) {
        return Optional.of(steps.get(i));
      }
    }
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }

  /** A result: level "error" for a violation (or a malformed spec), "warning" for unknown. */
  private static ObjectNode result(ArrayNode results, String ruleId, int ruleIndex, String level,
      String message) {
    ObjectNode r = results.addObject();
    r.put("ruleId", ruleId);
    r.put("ruleIndex", ruleIndex);
    r.put("kind", "fail");
    r.put("level", level);
    r.putObject("message").put("text", message);
    return r;
  }

  private static String level(Verdict v) {
    return v == Verdict.VIOLATED ? "error" : "warning";
  }

  private static ObjectNode location(ArtifactUris uris, Position p, String message) {
    ObjectNode loc = JSON.createObjectNode();
    ObjectNode physical = loc.putObject("physicalLocation");
    artifact(physical, uris.of(p.file()));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, p.line()));
    if (p.column() > 0) {
      region.put("startColumn", p.column());
    }
    if (message != null && !message.isEmpty()) {
      loc.putObject("message").put("text", message);
    }
    return loc;
  }

  private static ObjectNode fileLocation(ArtifactUris uris, Path file) {
    ObjectNode loc = JSON.createObjectNode();
    artifact(loc.putObject("physicalLocation"), uris.of(file.toString()));
    return loc;
  }

  private static void artifact(ObjectNode physical, ArtifactUris.Artifact a) {
    ObjectNode art = physical.putObject("artifactLocation").put("uri", a.uri());
    a.baseId().ifPresent(b -> art.put("uriBaseId", b));
  }

  /** A spec's rule id: its file name (e.g. {@code spec.py}, {@code learn.py}). */
  static String ruleId(Path specFile) {
    return specFile.getFileName().toString();
  }

  private static String dirUri(Path dir) {
    String u = dir.toUri().toString();
    return u.endsWith("/") ? u : u + "/";
  }
}
