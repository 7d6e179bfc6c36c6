package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.VectorContract;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A catalog NF's checked spec with its C layouts, and symbolic inputs with its libVig contracts. */
record CatalogSpec(Spec spec, LoadedNf nf, ProgramLayouts layouts, Map<String, StateShape> shapes) {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));

  static CatalogSpec load(String name) throws Exception {
    return load(name, "spec.py");
  }

  /** One spec or property file of a catalog NF, e.g. {@code props/learn.py}. */
  static CatalogSpec load(String name, String file) throws Exception {
    Path dir = CATALOG.resolve(name);
    LoadedNf nf = LoadedNf.load(dir);
    SpecCheckResult r = SpecChecker.check(dir.resolve(file),
        new ImportSearch(Optional.of(dir.resolve("props")), List.of()),
        Optional.of(SpecInterfaces.of(nf)));
    assertTrue(r.ok(), r.diagnostics().toString());
    ProgramLayouts layouts = new ProgramLayouts(nf.program());
    return new CatalogSpec(r.spec().orElseThrow(), nf, layouts,
        layouts.shapes(r.spec().orElseThrow()));
  }

  /**
   * The same spec with every object's capacity at most {@code capacity}: a full table then fits
   * in a query entry by entry. Both interpreters see the same capacities.
   */
  CatalogSpec withCapacityAtMost(int capacity) {
    Map<String, StateShape> scaled = new LinkedHashMap<>();
    shapes.forEach((name, s) -> scaled.put(name,
        new StateShape(s.key(), s.value(), Math.min(capacity, s.capacity()))));
    return new CatalogSpec(spec, nf, layouts, scaled);
  }

  /** Each imported object's contract (named after it) with a fresh pre-state {@code name.S0}. */
  Map<String, SymbolicState> contracts(Context ctx) {
    Map<String, SymbolicState> out = new LinkedHashMap<>();
    spec.stateObjects().forEach((name, object) -> {
      StateShape s = shapes.get(name);
      switch (object.kind()) {
        case EMAP -> {
          EmapContract c = EmapContract.create(ctx, name, s.capacity(), sort(ctx, s.key()));
          out.put(name, new SymbolicState.Emap(c, c.freshState(name + ".S0")));
        }
        case VECTOR -> {
          VectorContract c = VectorContract.create(ctx, name, s.capacity(), sort(ctx, s.value()),
              x -> ctx.mkTrue());
          out.put(name, new SymbolicState.Vector(c, c.freshState(name + ".S0")));
        }
        case MAP -> {
          MapContract c = MapContract.create(ctx, name, s.capacity(), sort(ctx, s.key()),
              sort(ctx, s.value()), x -> ctx.mkTrue());
          out.put(name, new SymbolicState.Map(c, c.freshState(name + ".S0")));
        }
        default -> throw new IllegalArgumentException(object.kind() + " not in these tests");
      }
    });
    return out;
  }

  private static BitVecSort sort(Context ctx, Optional<ValueLayout> layout) {
    return ctx.mkBitVecSort(8 * layout.orElseThrow().size());
  }

  /** Fresh symbolic inputs: packet, port, now, allocated index and time; no NF outcome. */
  SymbolicSpecInputs inputs(Context ctx) {
    return new SymbolicSpecInputs(ctx, ArrayPacketTerms.fresh(ctx, "pkt", 64),
        ctx.mkBVConst("received_on_port", 16), ctx.mkBVConst("now", 64),
        ctx.mkBVConst("the_index_allocated", 32), ctx.mkBVConst("time_for_allocated_index", 64),
        Map.of(), (int) nf.program().deviceCount(), Optional.empty(), contracts(ctx));
  }
}
