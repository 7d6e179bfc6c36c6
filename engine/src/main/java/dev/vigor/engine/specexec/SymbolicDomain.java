package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.enumerations.Z3_decl_kind;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.libvig.contract.Terms;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec domain over Z3 terms. Spec integers are Z3 {@code Int} terms: the spec's arithmetic is
 * mathematical, so Int needs no overflow checks on every operation (wide bit-vectors would), and
 * the C values the spec reads (header bytes, inputs, state results) enter through {@code bv2int}.
 * Where a spec integer meets a C value (a key, an index, a time, an element), it goes back to a
 * bit-vector with a side condition that it fits; that conversion is pushed through {@code + - *}
 * and numerals (int2bv is a ring homomorphism modulo 2^w) and undoes {@code bv2int}, so
 * {@code m.add(h.saddr, the_index_allocated, now)} builds exactly the NF's
 * {@code add(S, concat(packet bytes), i, now)} term and most state equalities are syntactic.
 * Bitwise operators go through 256-bit vectors (the walk asks operands to fit).
 */
public final class SymbolicDomain
    implements SpecDomain<Expr<IntSort>, BoolExpr, Expr<BitVecSort>, Expr<?>> {
  private static final int BITWISE_BITS = 256;

  private final Context ctx;
  private final SymbolicSpecInputs in;
  // Which Int terms are bv2int of a bit-vector, so converting back gives the bit-vector itself.
  private final Map<Expr<IntSort>, Origin> origins = new HashMap<>();
  // The state updates of the current run, in order.
  private final List<ContractStep> steps = new ArrayList<>();

  private record Origin(Expr<BitVecSort> bits, boolean signed) {}

  public SymbolicDomain(SymbolicSpecInputs inputs) {
    this.ctx = inputs.ctx();
    this.in = inputs;
  }

  public Context ctx() {
    return ctx;
  }

  /** The state updates made since the last call, in order; starts a new log. */
  public List<ContractStep> takeSteps() {
    List<ContractStep> out = List.copyOf(steps);
    steps.clear();
    return out;
  }

  private Expr<?> step(String object, StructureContractOp op, Expr<?> before, List<Expr<?>> args,
      List<Expr<?>> results) {
    Expr<?> after = op.operation().nextState(before, args, results);
    steps.add(new ContractStep(object, op.operation(), before, after, args, results));
    return after;
  }

  /** An operation looked up by C name. */
  private record StructureContractOp(dev.vigor.libvig.contract.Operation operation) {
    static StructureContractOp of(dev.vigor.libvig.contract.StructureContract<?> c, String name) {
      return new StructureContractOp(c.operation(name).orElseThrow(() ->
          new SpecExecutionException("the " + c.kind() + " contract has no " + name)));
    }
  }

  @Override
  public Expr<IntSort> num(BigInteger value) {
    return ctx.mkInt(value.toString());
  }

  @Override
  public BoolExpr truth(boolean value) {
    return ctx.mkBool(value);
  }

  @Override
  public Expr<IntSort> add(Expr<IntSort> a, Expr<IntSort> b) {
    if (a instanceof IntNum x && b instanceof IntNum y) {
      return num(x.getBigInteger().add(y.getBigInteger()));
    }
    return ctx.mkAdd(a, b);
  }

  @Override
  public Expr<IntSort> sub(Expr<IntSort> a, Expr<IntSort> b) {
    if (a instanceof IntNum x && b instanceof IntNum y) {
      return num(x.getBigInteger().subtract(y.getBigInteger()));
    }
    return ctx.mkSub(a, b);
  }

  @Override
  public Expr<IntSort> mul(Expr<IntSort> a, Expr<IntSort> b) {
    // Numerals fold, so constants such as 300 * 1000 * 1000 * 1000 stay one numeral.
    if (a instanceof IntNum x && b instanceof IntNum y) {
      return num(x.getBigInteger().multiply(y.getBigInteger()));
    }
    return ctx.mkMul(a, b);
  }

  @Override
  public Expr<IntSort> floorDiv(Expr<IntSort> a, Expr<IntSort> b) {
    // SMT-LIB div floors for positive divisors; for negative ones floor(a/b) = div(-a, -b).
    Expr<IntSort> zero = num(BigInteger.ZERO);
    return ctx.mkITE(ctx.mkGt(b, zero), ctx.mkDiv(a, b),
        ctx.mkITE(ctx.mkLt(b, zero), ctx.mkDiv(ctx.mkUnaryMinus(a), ctx.mkUnaryMinus(b)), zero));
  }

  @Override
  public Expr<IntSort> mod(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkSub(a, ctx.mkMul(b, floorDiv(a, b)));
  }

  @Override
  public Expr<IntSort> bitAnd(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkBV2Int(ctx.mkBVAND(wide(a), wide(b)), true);
  }

  @Override
  public Expr<IntSort> bitOr(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkBV2Int(ctx.mkBVOR(wide(a), wide(b)), true);
  }

  @Override
  public Expr<IntSort> bitXor(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkBV2Int(ctx.mkBVXOR(wide(a), wide(b)), true);
  }

  private BitVecExpr wide(Expr<IntSort> a) {
    return (BitVecExpr) toBits(a, BITWISE_BITS);
  }

  @Override
  public BoolExpr eq(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkEq(a, b);
  }

  @Override
  public BoolExpr lt(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkLt(a, b);
  }

  @Override
  public BoolExpr le(Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkLe(a, b);
  }

  @Override
  public BoolExpr not(BoolExpr a) {
    return a.isTrue() ? ctx.mkFalse() : a.isFalse() ? ctx.mkTrue() : ctx.mkNot(a);
  }

  @Override
  public BoolExpr and(List<BoolExpr> parts) {
    List<BoolExpr> kept = parts.stream().filter(p -> !p.isTrue()).toList();
    return kept.isEmpty() ? ctx.mkTrue()
        : kept.size() == 1 ? kept.get(0) : ctx.mkAnd(kept.toArray(new BoolExpr[0]));
  }

  @Override
  public BoolExpr or(List<BoolExpr> parts) {
    List<BoolExpr> kept = parts.stream().filter(p -> !p.isFalse()).toList();
    return kept.isEmpty() ? ctx.mkFalse()
        : kept.size() == 1 ? kept.get(0) : ctx.mkOr(kept.toArray(new BoolExpr[0]));
  }

  @Override
  public BoolExpr implies(BoolExpr a, BoolExpr b) {
    return ctx.mkImplies(a, b);
  }

  @Override
  public Expr<IntSort> ite(BoolExpr c, Expr<IntSort> a, Expr<IntSort> b) {
    return ctx.mkITE(c, a, b);
  }

  @Override
  public Expr<BitVecSort> toBits(Expr<IntSort> value, int bits) {
    Origin o = origins.get(value);
    if (o != null) {
      return resize(o.bits(), bits, o.signed());
    }
    if (value instanceof IntNum n) {
      BigInteger mod = n.getBigInteger().mod(BigInteger.ONE.shiftLeft(bits));
      return ctx.mkBV(mod.toString(), bits);
    }
    if (value.isAdd() || value.isSub() || value.isMul()) {
      Expr<?>[] args = value.getArgs();
      @SuppressWarnings("unchecked")
      Expr<BitVecSort> acc = toBits((Expr<IntSort>) args[0], bits);
      for (int k = 1; k < args.length; k++) {
        @SuppressWarnings("unchecked")
        Expr<BitVecSort> next = toBits((Expr<IntSort>) args[k], bits);
        acc = value.isAdd() ? ctx.mkBVAdd(acc, next)
            : value.isSub() ? ctx.mkBVSub(acc, next) : ctx.mkBVMul(acc, next);
      }
      return acc;
    }
    return ctx.mkInt2BV(bits, value);
  }

  private Expr<BitVecSort> resize(Expr<BitVecSort> bv, int bits, boolean signed) {
    int have = ((BitVecSort) bv.getSort()).getSize();
    if (have == bits) {
      return bv;
    }
    if (have > bits) {
      return ctx.mkExtract(bits - 1, 0, bv);
    }
    return signed ? ctx.mkSignExt(bits - have, bv) : ctx.mkZeroExt(bits - have, bv);
  }

  @Override
  public Expr<IntSort> fromBits(Expr<BitVecSort> bits, boolean signed) {
    Expr<IntSort> n = ctx.mkBV2Int(bits, signed);
    origins.put(n, new Origin(bits, signed));
    return n;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Expr<BitVecSort> extract(Expr<BitVecSort> w, int hi, int lo) {
    int size = ((BitVecSort) w.getSort()).getSize();
    if (hi == size - 1 && lo == 0) {
      return w;
    }
    if (w instanceof BitVecNum n) {
      BigInteger part = n.getBigInteger().shiftRight(lo)
          .mod(BigInteger.ONE.shiftLeft(hi - lo + 1));
      return ctx.mkBV(part.toString(), hi - lo + 1);
    }
    if (isKind(w, Z3_decl_kind.Z3_OP_CONCAT)) {
      // Bits inside one part of a concatenation are that part's bits: keeps re-encoded values
      // the very terms they were built from.
      int top = size;
      for (Expr<?> part : w.getArgs()) {
        int width = ((BitVecSort) part.getSort()).getSize();
        int bottom = top - width;
        if (lo >= bottom && hi < top) {
          return extract((Expr<BitVecSort>) part, hi - bottom, lo - bottom);
        }
        top = bottom;
      }
    }
    return ctx.mkExtract(hi, lo, w);
  }

  @Override
  public Expr<BitVecSort> concat(List<Expr<BitVecSort>> parts) {
    List<Expr<BitVecSort>> merged = mergeAdjacentExtracts(parts);
    Expr<BitVecSort> acc = merged.get(0);
    for (int k = 1; k < merged.size(); k++) {
      acc = ctx.mkConcat(acc, merged.get(k));
    }
    return acc;
  }

  /**
   * extract(x, h, m+1) ++ extract(x, m, l) is extract(x, h, l), and numerals merge: keeps
   * re-encoded values the small terms the NF builds.
   */
  @SuppressWarnings("unchecked")
  private List<Expr<BitVecSort>> mergeAdjacentExtracts(List<Expr<BitVecSort>> parts) {
    List<Expr<BitVecSort>> out = new ArrayList<>();
    for (Expr<BitVecSort> p : parts) {
      if (!out.isEmpty()) {
        Expr<BitVecSort> last = out.get(out.size() - 1);
        if (last instanceof BitVecNum a && p instanceof BitVecNum b) {
          int width = b.getSortSize();
          BigInteger v = a.getBigInteger().shiftLeft(width).or(b.getBigInteger());
          out.set(out.size() - 1, ctx.mkBV(v.toString(), a.getSortSize() + width));
          continue;
        }
        if (isExtract(last) && isExtract(p)
            && last.getArgs()[0].equals(p.getArgs()[0])
            && last.getFuncDecl().getParameters()[1].getInt()
                == p.getFuncDecl().getParameters()[0].getInt() + 1) {
          int hi = last.getFuncDecl().getParameters()[0].getInt();
          int lo = p.getFuncDecl().getParameters()[1].getInt();
          out.set(out.size() - 1, extract((Expr<BitVecSort>) p.getArgs()[0], hi, lo));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static boolean isExtract(Expr<?> e) {
    return isKind(e, Z3_decl_kind.Z3_OP_EXTRACT);
  }

  private static boolean isKind(Expr<?> e, Z3_decl_kind kind) {
    return e.isApp() && e.getFuncDecl().getDeclKind() == kind;
  }

  @Override
  public BoolExpr bitsEq(Expr<BitVecSort> a, Expr<BitVecSort> b) {
    return ctx.mkEq(a, b);
  }

  @Override
  public Expr<IntSort> fromBytes(List<Expr<IntSort>> bytes) {
    List<Expr<BitVecSort>> bvs = new ArrayList<>();
    for (Expr<IntSort> b : bytes) {
      Origin o = origins.get(b);
      if (o == null || o.signed() || ((BitVecSort) o.bits().getSort()).getSize() != 8) {
        return SpecDomain.super.fromBytes(bytes);
      }
      bvs.add(o.bits());
    }
    return fromBits(concat(bvs), false);
  }

  @Override
  public PacketAccess<Expr<IntSort>> packet() {
    return packetAccess(in.packet());
  }

  /** A packet's bytes and length as spec integers. */
  public PacketAccess<Expr<IntSort>> packetAccess(PacketTerms p) {
    return new PacketAccess<>() {
      @Override
      public Expr<IntSort> byteAt(Expr<IntSort> offset) {
        BitVecExpr off = (BitVecExpr) toBits(offset, 32).simplify();
        return fromBits(p.byteAt(off), false);
      }

      @Override
      public Expr<IntSort> length() {
        return fromBits(p.length(), false);
      }
    };
  }

  @Override
  public Expr<IntSort> input(Input input) {
    return switch (input) {
      case RECEIVED_ON_PORT -> fromBits(in.receivedOnPort(), false);
      case NOW -> fromBits(in.now(), true);
      case THE_INDEX_ALLOCATED -> fromBits(in.theIndexAllocated(), true);
      case TIME_FOR_ALLOCATED_INDEX -> fromBits(in.timeForAllocatedIndex(), true);
      case PACKET_SIZE -> packet().length();
      default -> throw new SpecExecutionException(input.specName() + " is not a number");
    };
  }

  @Override
  public Expr<IntSort> config(String name) {
    CTerm c = in.config().get(name);
    if (c == null) {
      throw new SpecExecutionException("no value given for configuration value " + name);
    }
    return fromBits(c.bits(), c.signed());
  }

  @Override
  public Optional<NfOutcome<Expr<IntSort>>> nfOutcome() {
    return in.nfOutcome().map(o -> o instanceof NfOutcome.Device<BitVecExpr> d
        ? new NfOutcome.Device<>(fromBits(d.device(), false))
        : o instanceof NfOutcome.Drop ? new NfOutcome.Drop<>() : new NfOutcome.Flood<>());
  }

  @Override
  public int deviceCount() {
    return in.deviceCount();
  }

  // ---- state: every next state is the contract operation's own term ----

  private <T extends SymbolicState> T state(String object, Class<T> kind) {
    SymbolicState s = in.states().get(object);
    if (!kind.isInstance(s)) {
      throw new SpecExecutionException("no " + kind.getSimpleName().toLowerCase()
          + " contract given for state object " + object);
    }
    return kind.cast(s);
  }

  private dev.vigor.libvig.contract.EmapContract emap(String object) {
    return state(object, SymbolicState.Emap.class).contract();
  }

  private BitVecExpr index(Expr<IntSort> i) {
    return (BitVecExpr) toBits(i, Terms.INDEX_BITS);
  }

  private BitVecExpr time(Expr<IntSort> t) {
    return (BitVecExpr) toBits(t, Terms.TIME_BITS);
  }

  @Override
  public Expr<?> initialState(String object) {
    SymbolicState s = in.states().get(object);
    if (s == null) {
      throw new SpecExecutionException("no state given for imported object " + object);
    }
    return s.pre();
  }

  @Override
  public Expr<?> expireAll(String object, Expr<?> s, Expr<IntSort> t) {
    // emap_expire's count does not enter the next state; the spec leaves it open.
    Expr<?> count = ctx.mkFreshConst(object + ".expired", ctx.mkBitVecSort(Terms.INDEX_BITS));
    return step(object, StructureContractOp.of(emap(object), "emap_expire"), s,
        List.of(time(t)), List.of(count));
  }

  @Override
  public Expr<?> emapAdd(String object, Expr<?> s, Expr<BitVecSort> key, Expr<IntSort> index,
      Expr<IntSort> t) {
    // The spec's add is a successful emap_add that handed out index.
    return step(object, StructureContractOp.of(emap(object), "emap_add"), s,
        List.of(key, time(t)), List.of(ctx.mkTrue(), index(index)));
  }

  @Override
  public Expr<?> emapRefresh(String object, Expr<?> s, Expr<IntSort> index, Expr<IntSort> t) {
    return step(object, StructureContractOp.of(emap(object), "emap_refresh"), s,
        List.of(index(index), time(t)), List.of());
  }

  @Override
  public Expr<?> emapErase(String object, Expr<?> s, Expr<BitVecSort> key) {
    return step(object, StructureContractOp.of(emap(object), "emap_erase"), s, List.of(key),
        List.of());
  }

  @Override
  public BoolExpr emapHas(String object, Expr<?> s, Expr<BitVecSort> key) {
    return state(object, SymbolicState.Emap.class).contract().has(s, key);
  }

  @Override
  public Expr<IntSort> emapGet(String object, Expr<?> s, Expr<BitVecSort> key) {
    return fromBits(state(object, SymbolicState.Emap.class).contract().idx(s, key), true);
  }

  @Override
  public BoolExpr emapHasIdx(String object, Expr<?> s, Expr<IntSort> index) {
    return state(object, SymbolicState.Emap.class).contract().hasIdx(s, index(index));
  }

  @Override
  public Expr<BitVecSort> emapGetKey(String object, Expr<?> s, Expr<IntSort> index) {
    return state(object, SymbolicState.Emap.class).contract().key(s, index(index));
  }

  @Override
  public BoolExpr emapFull(String object, Expr<?> s) {
    return state(object, SymbolicState.Emap.class).contract().full(s);
  }

  @Override
  public Expr<BitVecSort> vectorGet(String object, Expr<?> s, Expr<IntSort> index) {
    return state(object, SymbolicState.Vector.class).contract().get(s, index(index));
  }

  @Override
  public Expr<?> vectorSet(String object, Expr<?> s, Expr<IntSort> index, Expr<BitVecSort> value) {
    return step(object, StructureContractOp.of(
        state(object, SymbolicState.Vector.class).contract(), "vector_set"), s,
        List.of(index(index), value), List.of());
  }

  @Override
  public BoolExpr mapHas(String object, Expr<?> s, Expr<BitVecSort> key) {
    return state(object, SymbolicState.Map.class).contract().has(s, key);
  }

  @Override
  public Expr<BitVecSort> mapGet(String object, Expr<?> s, Expr<BitVecSort> key) {
    return state(object, SymbolicState.Map.class).contract().get(s, key);
  }

  @Override
  public Expr<?> mapPut(String object, Expr<?> s, Expr<BitVecSort> key, Expr<BitVecSort> value) {
    return step(object, StructureContractOp.of(
        state(object, SymbolicState.Map.class).contract(), "map_put"), s, List.of(key, value),
        List.of());
  }

  @Override
  public Expr<?> mapErase(String object, Expr<?> s, Expr<BitVecSort> key) {
    return step(object, StructureContractOp.of(
        state(object, SymbolicState.Map.class).contract(), "map_erase"), s, List.of(key),
        List.of());
  }

  @Override
  public BoolExpr mapFull(String object, Expr<?> s) {
    return state(object, SymbolicState.Map.class).contract().full(s);
  }
}
