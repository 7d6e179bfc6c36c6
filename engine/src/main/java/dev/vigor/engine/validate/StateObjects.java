package dev.vigor.engine.validate;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.specexec.SymbolicState;
import dev.vigor.engine.symex.SymbolicInputs;
import dev.vigor.engine.exec.ChtBackends;
import dev.vigor.libvig.contract.ChtContract;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.LpmContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.VectorContract;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NF's emap, vector, map and lpm objects as spec state, in the executor's Z3 context. Each contract
 * is created under the C object's name, as the executor's ObjectContracts does, so its
 * vocabulary (sorts and function symbols, interned by name in Z3) is the very one the trace's
 * terms use; the pre-state is the trace's own {@code S0}. Vector element bounds are left out
 * (true): they are only ever assumed, so leaving them out can lose proofs but never make one.
 */
final class StateObjects {
  /** By C object name. */
  final Map<String, SymbolicState> byCName = new LinkedHashMap<>();
  /** C object name by the name the spec imports it under. */
  final Map<String, String> cNameBySpecName = new LinkedHashMap<>();
  final Map<String, LibVigObject> objects = new LinkedHashMap<>();

  StateObjects(Context ctx, Program program, SymbolicInputs inputs) {
    for (LibVigObject o : program.objects()) {
      Expr<?> s0 = inputs.preStates().get(o.name());
      if (s0 == null) {
        continue;
      }
      int cap = Math.toIntExact(o.capacity());
      SymbolicState s = switch (o.kind()) {
        case EMAP -> new SymbolicState.Emap(
            EmapContract.create(ctx, o.name(), cap, sort(ctx, o.keyType().size())), s0);
        case VECTOR -> new SymbolicState.Vector(VectorContract.create(ctx, o.name(), cap,
            sort(ctx, o.valueType().size()), x -> ctx.mkTrue()), s0);
        case MAP -> new SymbolicState.Map(MapContract.create(ctx, o.name(), cap,
            sort(ctx, o.keyType().size()), sort(ctx, o.valueType().size()), x -> ctx.mkTrue()), s0);
        case LPM -> new SymbolicState.Lpm(LpmContract.create(ctx, o.name(), cap), s0);
        default -> null;
      };
      if (s != null) {
        put(o, s);
      }
    }
    // a cht reads its backends emap's contract (the executor's, by name), filled as nf_init left it
    ChtBackends.of(program).forEach((cht, emap) -> {
      LibVigObject o = program.object(cht).orElseThrow();
      Expr<?> s0 = inputs.preStates().get(cht);
      if (s0 != null && byCName.get(emap) instanceof SymbolicState.Emap e) {
        put(o, new SymbolicState.Cht(ChtContract.create(ctx, cht, Math.toIntExact(o.capacity()),
            Math.toIntExact(o.height()), e.contract(), ChtBackends.filledTable(o)), s0));
      }
    });
  }

  private void put(LibVigObject o, SymbolicState s) {
    byCName.put(o.name(), s);
    objects.put(o.name(), o);
    if (o.exportName() != null) {
      cNameBySpecName.put(o.exportName(), o.name());
    }
  }

  /** The spec's view: each exported object under its spec name. */
  Map<String, SymbolicState> bySpecName() {
    Map<String, SymbolicState> out = new LinkedHashMap<>();
    cNameBySpecName.forEach((spec, c) -> out.put(spec, byCName.get(c)));
    return out;
  }

  static dev.vigor.libvig.contract.StructureContract<?> contract(SymbolicState s) {
    if (s instanceof SymbolicState.Emap e) {
      return e.contract();
    }
    if (s instanceof SymbolicState.Vector v) {
      return v.contract();
    }
    if (s instanceof SymbolicState.Lpm l) {
      return l.contract();
    }
    if (s instanceof SymbolicState.Cht c) {
      return c.contract();
    }
    return ((SymbolicState.Map) s).contract();
  }

  private static BitVecSort sort(Context ctx, long bytes) {
    return ctx.mkBitVecSort(Math.toIntExact(8 * bytes));
  }
}
