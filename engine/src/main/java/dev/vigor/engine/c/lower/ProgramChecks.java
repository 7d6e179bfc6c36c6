package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.IntKind;
import dev.vigor.engine.ir.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whole-program checks: the entry points' exact types, no recursion, every called NF function defined. */
final class ProgramChecks {
  private ProgramChecks() {}

  static final String NF_INIT = "bool nf_init(void)";
  static final String NF_PROCESS = "int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now)";

  static void entryPoints(Globals g, SourceLocation mainFile, List<Diagnostic> out) {
    check(g, "nf_init", NF_INIT, CType.BOOL, List.of(), mainFile, out);
    check(g, "nf_process", NF_PROCESS, CType.INT,
        List.of(new CType.Int(IntKind.USHORT), new CType.Pointer(new CType.Int(IntKind.UCHAR), false),
            new CType.Int(IntKind.USHORT), CType.LONG),
        mainFile, out);
  }

  /** A layer's harness entry: {@code void entry(void)}, defined. */
  static void layerEntry(Globals g, String entry, SourceLocation mainFile, List<Diagnostic> out) {
    check(g, entry, "void " + entry + "(void)", CType.VOID, List.of(), mainFile, out);
  }

  private static void check(Globals g, String name, String spelled, CType ret, List<CType> params,
      SourceLocation mainFile, List<Diagnostic> out) {
    Function f = g.definitions.get(name);
    if (f == null) {
      out.add(Diagnostic.error(mainFile, "missing " + name + ": " + (g.layer ? "the layer's harness" : "every NF")
          + " must define " + spelled));
      return;
    }
    boolean ok = f.returnType().equals(ret) && f.params().size() == params.size();
    for (int i = 0; ok && i < params.size(); i++) {
      ok = f.params().get(i).type().equals(params.get(i));
    }
    if (!ok) {
      out.add(Diagnostic.error(f.loc(), name + " has the wrong type; it must be exactly " + spelled));
    }
  }

  /** Every call to an NF function needs its definition; libVig prototypes are bound to contracts instead. */
  static void definedCallees(Globals g, List<Diagnostic> out) {
    for (Function f : g.definitions.values()) {
      for (Stmt.Call c : calls(f.body())) {
        if (!g.definitions.containsKey(c.function())) {
          out.add(Diagnostic.error(c.loc(), g.layer
              ? c.function() + " is declared but never defined; a layer's code calls the layers next to"
                  + " it through their models, so define it in one (the engine needs its body)"
              : c.function() + " is declared but never defined, and it is not a libVig "
              + "function; define it in the NF (the engine needs its body)"));
        }
      }
    }
  }

  /** Rejects every call cycle, at a call that closes it. */
  static void noRecursion(Globals g, List<Diagnostic> out) {
    Map<String, List<Stmt.Call>> edges = new HashMap<>();
    for (Function f : g.definitions.values()) {
      edges.put(f.name(), calls(f.body()));
    }
    Set<String> done = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String root : edges.keySet().stream().sorted().toList()) {
      dfs(root, new ArrayList<>(), new HashSet<>(), done, edges, reported, out);
    }
  }

  private static void dfs(String f, List<String> path, Set<String> onPath, Set<String> done,
      Map<String, List<Stmt.Call>> edges, Set<String> reported, List<Diagnostic> out) {
    if (done.contains(f)) {
      return;
    }
    path.add(f);
    onPath.add(f);
    for (Stmt.Call c : edges.getOrDefault(f, List.of())) {
      if (onPath.contains(c.function())) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(c.function()), path.size()));
        cycle.add(c.function());
        if (reported.add(c.function())) {
          out.add(Diagnostic.error(c.loc(), "recursion (" + String.join(" -> ", cycle) + "): the engine inlines every "
              + "call, so NF code must not recurse; rewrite it as a bounded loop"));
        }
      } else if (edges.containsKey(c.function())) {
        dfs(c.function(), path, onPath, done, edges, reported, out);
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(f);
    done.add(f);
  }

  static List<Stmt.Call> calls(List<Stmt> body) {
    List<Stmt.Call> out = new ArrayList<>();
    collect(body, out);
    return out;
  }

  private static void collect(List<Stmt> body, List<Stmt.Call> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Call c) {
        out.add(c);
      } else if (s instanceof Stmt.If i) {
        collect(i.then(), out);
        collect(i.otherwise(), out);
      } else if (s instanceof Stmt.Loop l) {
        collect(l.header(), out);
        collect(l.body(), out);
        collect(l.step(), out);
      }
    }
  }
}
