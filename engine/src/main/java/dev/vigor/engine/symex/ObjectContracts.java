package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.exec.BoundEvaluator;
import dev.vigor.engine.exec.ChtBackends;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.libvig.contract.ChtContract;
import dev.vigor.libvig.contract.DchainContract;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.LpmContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.StructureContract;
import dev.vigor.libvig.contract.VectorContract;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract and havoced pre-state {@code S0} of every libVig object of a program, in one Z3
 * context. Declared bounds become contract predicates through the shared interpreter.
 *
 * <p>Key and value sorts hold C objects with byte 0 MOST significant (see
 * {@code Interpreter.readKey}). libVig's {@code Bytes} helper, used by the contracts'
 * {@code abstraction}, reads bytes little-endian instead; the executor never calls
 * {@code abstraction}, but whoever relates concrete structures to these terms must convert.
 */
public final class ObjectContracts {
  final Map<String, StructureContract<?>> contracts = new LinkedHashMap<>();
  final Map<String, Expr<?>> initial = new LinkedHashMap<>();
  final Map<String, LibVigObject> objects = new LinkedHashMap<>();

  /** The bounds' {@code now}: the time of the packet the path processes. */
  final Expr<?> now;
  final BoundEvaluator<Expr<?>> bounds;

  /** The contracts of program's objects; config gives NF_CONFIG values, now the bounds' time. */
  public ObjectContracts(Context ctx, Program program, Z3Domain domain, Map<String, Long> config,
      Expr<?> now) {
    this.now = now;
    BoundEvaluator<Expr<?>> bounds = new BoundEvaluator<>(program, domain, config);
    this.bounds = bounds;
    for (LibVigObject o : program.objects()) {
      StructureContract<?> c = switch (o.kind()) {
        case EMAP -> EmapContract.create(ctx, o.name(), cap(o), sort(ctx, o.keyType().size()));
        case VECTOR -> VectorContract.create(ctx, o.name(), cap(o), sort(ctx, o.valueType().size()),
            x -> valueBound(ctx, o, x));
        case MAP -> MapContract.create(ctx, o.name(), cap(o), sort(ctx, o.keyType().size()),
            sort(ctx, o.valueType().size()),
            x -> valueBound(ctx, o, x));
        case DCHAIN -> DchainContract.create(ctx, o.name(), cap(o));
        case LPM -> LpmContract.create(ctx, o.name(), cap(o));
        default -> null; // cht: below, once its backends emap's contract exists
      };
      if (c != null) {
        put(o, c);
      }
    }
    // a cht reads its backends emap's contract, so it comes after every emap
    ChtBackends.of(program).forEach((cht, emap) -> {
      LibVigObject o = program.object(cht).orElseThrow();
      put(o, ChtContract.create(ctx, cht, cap(o), Math.toIntExact(o.height()),
          (EmapContract) contracts.get(emap), ChtBackends.filledTable(o)));
    });
  }

  /** The contract of the object called name, or null (a cht with no backends emap). */
  public StructureContract<?> contract(String name) {
    return contracts.get(name);
  }

  /** The havoced pre-state of the object called name. */
  public Expr<?> initial(String name) {
    return initial.get(name);
  }

  private void put(LibVigObject o, StructureContract<?> c) {
    contracts.put(o.name(), c);
    initial.put(o.name(), c.freshState(o.name() + ".S0"));
    objects.put(o.name(), o);
  }

  /** What a stored value of o always satisfies: its declared bound, and zero padding. */
  private BoolExpr valueBound(Context ctx, LibVigObject o, Expr<?> x) {
    BoolExpr bound = (BoolExpr) bounds.holds(o, x, now);
    if (dev.vigor.engine.ir.StructPadding.of(o.valueType()).isEmpty()) {
      return bound;
    }
    return bound.isTrue() ? paddingZero(ctx, x, o.valueType())
        : ctx.mkAnd(bound, paddingZero(ctx, x, o.valueType()));
  }

  /**
   * A stored value's padding bytes are zero: the executor stores values with zero padding (see
   * {@code Memory.readStored}) and specs build them so, so a value the NF wrote back unchanged
   * equals the one it read.
   */
  private static BoolExpr paddingZero(Context ctx, Expr<?> value, dev.vigor.engine.ir.CType type) {
    java.util.BitSet padding = dev.vigor.engine.ir.StructPadding.of(type);
    int bytes = Math.toIntExact(type.size());
    java.util.List<BoolExpr> zero = new java.util.ArrayList<>();
    for (int i = padding.nextSetBit(0); i >= 0; i = padding.nextSetBit(i)) {
      int end = padding.nextClearBit(i); // a run of padding bytes [i, end); byte 0 is the top
      int hi = 8 * (bytes - i) - 1;
      int lo = 8 * (bytes - end);
      zero.add(ctx.mkEq(ctx.mkExtract(hi, lo, (com.microsoft.z3.BitVecExpr) value),
          ctx.mkBV(0, hi - lo + 1)));
      i = end;
    }
    return ctx.mkAnd(zero.toArray(BoolExpr[]::new));
  }

  private static int cap(LibVigObject o) {
    return Math.toIntExact(o.capacity());
  }

  private static BitVecSort sort(Context ctx, long bytes) {
    return ctx.mkBitVecSort(Math.toIntExact(8 * bytes));
  }
}
