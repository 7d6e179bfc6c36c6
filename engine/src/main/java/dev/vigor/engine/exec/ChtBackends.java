package dev.vigor.engine.exec;

import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.LibVigKind;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import dev.vigor.libvig.concrete.ConcreteCht;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which emap holds each cht's backends: the one the NF passes to {@code cht_find_preferred} on it
 * (its contract reads that emap's indices). A cht the NF never looks up is read over the one emap
 * whose capacity is its backend capacity, if exactly one is. A cht looked up over two different
 * emaps has none (its calls are reported as unsupported).
 */
public final class ChtBackends {
  private ChtBackends() {}

  /** By cht name, the name of its backends emap (chts with none left out). */
  public static Map<String, String> of(Program program) {
    Map<String, String> found = new LinkedHashMap<>();
    Map<String, Boolean> ambiguous = new LinkedHashMap<>();
    for (Function f : program.functions().values()) {
      walk(f.body(), found, ambiguous);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (LibVigObject o : program.objects()) {
      if (o.kind() != LibVigKind.CHT || ambiguous.containsKey(o.name())) {
        continue;
      }
      String e = found.get(o.name());
      if (e == null) {
        List<LibVigObject> same = program.objects().stream()
            .filter(x -> x.kind() == LibVigKind.EMAP && x.capacity() == o.capacity()).toList();
        e = same.size() == 1 ? same.get(0).name() : null;
      }
      Optional<LibVigObject> emap = e == null ? Optional.empty() : program.object(e);
      if (emap.isPresent() && emap.get().kind() == LibVigKind.EMAP
          && emap.get().capacity() == o.capacity()) {
        out.put(o.name(), e);
      }
    }
    return out;
  }

  /** The table cht_fill builds for this cht (deterministic: a function of its shape). */
  public static ConcreteCht filledTable(LibVigObject cht) {
    ConcreteCht c = new ConcreteCht(Math.toIntExact(cht.capacity()), Math.toIntExact(cht.height()));
    c.fill();
    return c;
  }

  private static void walk(List<Stmt> body, Map<String, String> found, Map<String, Boolean> ambiguous) {
    for (Stmt s : body) {
      if (s instanceof Stmt.LibVigCall c && c.function().equals("cht_find_preferred")
          && c.args().size() > 2 && c.args().get(2) instanceof Expr.ObjectRef r) {
        String was = found.putIfAbsent(c.object(), r.object());
        if (was != null && !was.equals(r.object())) {
          ambiguous.put(c.object(), true);
        }
      } else if (s instanceof Stmt.If i) {
        walk(i.then(), found, ambiguous);
        walk(i.otherwise(), found, ambiguous);
      } else if (s instanceof Stmt.Loop l) {
        walk(l.header(), found, ambiguous);
        walk(l.body(), found, ambiguous);
        walk(l.step(), found, ambiguous);
      }
    }
  }
}
