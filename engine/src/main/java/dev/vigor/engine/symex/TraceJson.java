package dev.vigor.engine.symex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.Decision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serialisable summary of a symbolic execution (no solver terms, only text): the tree, and per
 * trace its id, path condition in C syntax with locations, libVig calls, verdict, the linear C
 * trace's locations, check results and concrete input.
 */
public final class TraceJson {
  private TraceJson() {}

  /** The summary as plain maps and lists, ready for Jackson. */
  public static Map<String, Object> summary(String nf, SymexResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nf", nf);
    out.put("paths", r.traces().size());
    out.put("failedChecks", r.failures().size());
    out.put("undecidedChecks", r.checks().size() - r.failures().size());
    out.put("symbolicExecutionMillis", r.timings().symbolicNanos() / 1_000_000);
    out.put("solverMillis", r.timings().solverNanos() / 1_000_000);
    out.put("tree", tree(r.tree()));
    List<Object> traces = new ArrayList<>();
    for (Trace t : r.traces()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("verdict", t.verdictText());
      List<Object> path = new ArrayList<>();
      for (int i = 0; i < t.pathText().size(); i++) {
        path.add(Map.of("condition", t.pathText().get(i), "loc", t.pathLocs().get(i).toString()));
      }
      m.put("pathCondition", path);
      m.put("decisions", t.decisions().stream().map(Decision::toString).toList());
      List<Object> calls = new ArrayList<>();
      for (LibVigCallRecord c : t.calls()) {
        calls.add(Map.of("function", c.function(), "object", String.valueOf(c.object()), "loc", c.loc().toString(),
            "args", c.args().stream().map(a -> short_(a.toString())).toList(),
            "results", c.results().stream().map(a -> a.toString()).toList()));
      }
      m.put("calls", calls);
      m.put("locations", t.steps().stream().map(s -> s.loc() + " " + s.what()).toList());
      m.put("checks", t.checks().stream().map(TraceJson::check).toList());
      m.put("input", t.input() == null ? null : input(t.input()));
      m.put("feasibilityUnknown", t.feasibilityUnknown());
      traces.add(m);
    }
    out.put("traces", traces);
    out.put("checks", r.checks().stream().map(TraceJson::check).toList());
    return out;
  }

  /** Writes the summary to file. */
  public static void write(String nf, SymexResult r, Path file) throws IOException {
    // whole or not at all: a reader never sees half a file
    dev.vigor.engine.report.AtomicFiles.write(file, new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary(nf, r)) + "\n");
  }

  private static String short_(String s) {
    return s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }

  private static Object tree(ExecutionTree t) {
    if (t == null) {
      return null;
    }
    if (t instanceof ExecutionTree.Leaf l) {
      return Map.of("trace", l.traceId(), "verdict", l.verdict());
    }
    ExecutionTree.Node n = (ExecutionTree.Node) t;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("condition", n.condition());
    m.put("loc", n.loc().toString());
    m.put("true", tree(n.whenTrue()));
    m.put("false", tree(n.whenFalse()));
    return m;
  }

  private static Map<String, Object> check(CheckResult c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("check", c.check().name());
    m.put("status", c.status().name());
    m.put("loc", c.loc().toString());
    m.put("message", c.message());
    m.put("input", c.input() == null ? null : input(c.input()));
    m.put("locations", c.steps().stream().map(s -> s.loc() + " " + s.what()).toList());
    return m;
  }

  private static Map<String, Object> input(ConcreteInput in) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", in.device());
    m.put("length", in.length());
    m.put("now", in.now());
    m.put("packet", HexFormat.of().formatHex(in.packet()));
    List<Object> objects = new ArrayList<>();
    for (ConcreteInput.ObjectState o : in.objects()) {
      objects.add(Map.of("object", o.object(), "kind", o.kind(), "full", o.full(),
          "entries", o.entries().stream().map(ConcreteInput.Entry::toString).toList()));
    }
    m.put("preState", objects);
    m.put("hashes", in.hashes().stream().map(ConcreteInput.HashValue::toString).toList());
    return m;
  }
}
