package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.IntKind;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one walk over the IR that both interpreters share. It owns memory (regions of cells,
 * little-endian like the x86-64/AArch64 hosts), C's arithmetic and conversion rules and the
 * low-level checks' conditions; the {@link Machine} decides branches, answers libVig calls and
 * says what a failed check does. One instance runs one path (or one concrete run).
 */
public final class Interpreter<V> {
  private static final CType.Int INT = CType.INT;

  private final Program program;
  private final Machine<V> m;
  private final Domain<V> d;
  private final Map<String, Region> globals = new HashMap<>();
  private final Region packetRegion = new Region("packet", Region.Kind.PACKET, 0, false);
  private final Map<String, Long> config;
  private final Memory<V> mem;
  private final Arithmetic<V> arith;
  private Frame frame;
  private int depth;
  /** Evaluating a declared bound: lazy operators merge both sides, no checks, no branches. */
  private boolean pure;
  private Region boundElement;
  /** While evaluating a declared bound: the packet's time its {@code now} reads (null: none given). */
  private V boundNow;
  /** Where the outermost function last returned: the verdict check's location. */
  private SourceLocation lastReturn;
  /** Every element vector_borrow lent on this run, given back or not. */
  private final List<Region> lent = new ArrayList<>();
  /** Statements run so far, and how many may run (the step budget). */
  private long steps;
  private long stepLimit = Long.MAX_VALUE;
  /** The innermost loop running, for the budget's message. */
  private Stmt.Loop loopRunning;

  private enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

  private static final class Frame {
    final Function fn;
    /** Where the C code called fn; null for the program's entry points. */
    final SourceLocation calledAt;
    final Map<String, Region> locals = new HashMap<>();
    Val result;
    SourceLocation returnedAt;

    Frame(Function fn, SourceLocation calledAt) {
      this.fn = fn;
      this.calledAt = calledAt;
    }
  }

  /** An interpreter for program; config gives the values of NF_CONFIG constants by name. */
  public Interpreter(Program program, Machine<V> machine, Map<String, Long> config) {
    this.program = program;
    this.m = machine;
    this.d = machine.domain();
    this.config = Map.copyOf(config);
    this.mem = new Memory<>(machine, () -> pure);
    this.arith = new Arithmetic<>(machine, () -> pure);
    for (ConstGlobal g : program.globals().values()) {
      globals.put(g.name(), globalRegion(g));
    }
  }

  private Region globalRegion(ConstGlobal g) {
    Region r = new Region(g.name(), Region.Kind.GLOBAL, (int) g.type().size(), !g.writable());
    if (g.config() && !config.containsKey(g.name())) {
      // left open (config.NAME = any; nf.properties' check reports a missing one): written by
      // withConfigTerms on a symbolic path, unreadable in a concrete run, whose read fails
      return r;
    }
    V zero = d.num(0, 8); // static storage starts zeroed (a driver's DMA memory is large)
    for (int i = 0; i < r.size(); i++) {
      r.setCell(i, zero);
    }
    if (g.config()) {
      writeInt(r, 0, d.num(BigInteger.valueOf(config.get(g.name())), (int) g.type().size() * 8));
    }
    for (ConstGlobal.Init init : g.init()) {
      writeInt(r, (int) init.offset(), d.num(init.value(), init.type().kind().bits()));
    }
    return r;
  }

  /**
   * Gives open configuration values (config.NAME = any) their terms: symbolic execution covers
   * every value at once. Each term must have its global's width.
   */
  public Interpreter<V> withConfigTerms(Map<String, V> terms) {
    terms.forEach((name, bits) -> writeInt(globals.get(name), 0, bits));
    return this;
  }

  private void writeInt(Region r, int offset, V bits) {
    int n = d.bits(bits) / 8;
    for (int i = 0; i < n; i++) {
      r.setCell(offset + i, d.extract(bits, 8 * i + 7, 8 * i));
    }
  }

  public Domain<V> domain() {
    return d;
  }

  /** A pointer to byte 0 of the packet. */
  public Val.Ptr packetPointer() {
    return new Val.Ptr(packetRegion, d.num(0, 64));
  }

  /**
   * Runs nf_process(device, packet, length, now) and checks its verdict is a device, NF_DROP or
   * NF_FLOOD. Returns the verdict (a C int).
   */
  public Val.Int process(V device16, V length16, V now64) {
    Function fn = program.function("nf_process")
        .orElseThrow(() -> new OutsideSubsetException("the NF defines no nf_process"));
    Val r = call(fn, List.of(new Val.Int(device16, new CType.Int(IntKind.USHORT)), packetPointer(),
        new Val.Int(length16, new CType.Int(IntKind.USHORT)), new Val.Int(now64, CType.LONG)));
    Val.Int verdict = (Val.Int) r;
    V v = bv(verdict);
    int w = d.bits(v);
    V safe = d.bor(d.band(d.sle(d.num(0, w), v), d.slt(v, d.num(program.deviceCount(), w))),
        d.bor(d.eq(v, d.num(-1, w)), d.eq(v, d.num(-2, w))));
    m.check(safe, LowLevelCheck.VERDICT, lastReturn != null ? lastReturn : fn.loc(), "nf_process returns a value that is neither a device (0.."
        + (program.deviceCount() - 1) + "), NF_DROP nor NF_FLOOD");
    List<String> kept = lent.stream().filter(e -> e.ended() == null)
        .map(e -> e.lease().object() + " (borrowed at " + e.lease().at() + ")").toList();
    if (!kept.isEmpty()) {
      m.check(d.truth(false), LowLevelCheck.LIBVIG_PRECONDITION, lastReturn != null ? lastReturn : fn.loc(),
          "nf_process returns with vector elements still borrowed: " + String.join(", ", kept)
              + " (give each back with vector_return)");
      throw new PathEnded("element still borrowed");
    }
    return verdict;
  }

  /** Runs nf_init; returns its boolean result. */
  public boolean init() {
    Function fn = program.function("nf_init")
        .orElseThrow(() -> new OutsideSubsetException("the NF defines no nf_init"));
    Val r = call(fn, List.of());
    return d.truthOf(d.nonZero(bv((Val.Int) r))) == Boolean.TRUE;
  }

  /**
   * The truth of a declared bound (an int 0/1 expression over {@link Expr.BoundElement}) for an
   * element with these cells, without branching or checks.
   */
  public V evalBound(Expr bound, List<Object> elementCells) {
    return evalBound(bound, elementCells, null);
  }

  /**
   * {@link #evalBound(Expr, List)} where the bound's {@code now} is this 64-bit time (null when no
   * packet is being processed: a bound that reads {@code now} is then refused).
   */
  public V evalBound(Expr bound, List<Object> elementCells, V now) {
    Region r = new Region("element", Region.Kind.ELEMENT, elementCells.size(), true);
    for (int i = 0; i < elementCells.size(); i++) {
      r.setCell(i, elementCells.get(i));
    }
    boolean wasPure = pure;
    Region wasElement = boundElement;
    V wasNow = boundNow;
    Frame wasFrame = frame;
    pure = true;
    boundElement = r;
    boundNow = now;
    frame = new Frame(null, null);
    try {
      return d.nonZero(bv((Val.Int) eval(bound)));
    } finally {
      pure = wasPure;
      boundElement = wasElement;
      boundNow = wasNow;
      frame = wasFrame;
    }
  }

  /**
   * Reads size bytes at p as one bit-vector of 8 * size bits with byte 0 MOST significant: the
   * convention for libVig keys and values everywhere (the validator builds spec-side keys the same
   * way). For a MAC address read from the packet this is its 48-bit network-order number.
   */
  public V readKey(Val.Ptr p, int size, String what, SourceLocation loc) {
    return mem.readKey(p, size, what, loc);
  }

  /** The inverse of {@link #readKey}: the cells of a key or value bit-vector. */
  public List<Object> unpack(V bits) {
    return mem.unpack(bits);
  }

  // ---- statements ------------------------------------------------------------------------------

  private Val call(Function fn, List<Val> args) {
    return call(fn, args, null);
  }

  private Val call(Function fn, List<Val> args, SourceLocation calledAt) {
    if (++depth > 64) {
      throw new OutsideSubsetException(fn.loc() + ": calls nested deeper than 64");
    }
    Frame caller = frame;
    frame = new Frame(fn, calledAt);
    try {
      for (int i = 0; i < fn.params().size(); i++) {
        Function.Local p = fn.params().get(i);
        Region r = localRegion(p);
        mem.store(new Val.Ptr(r, d.num(0, 64)), args.get(i), p.type(), p.loc());
      }
      for (Function.Local l : fn.locals()) {
        localRegion(l);
      }
      exec(fn.body());
      // A local lives until its function returns: a pointer to it that got out (through an
      // out-parameter) must not be used after that, by the NF or by a libVig call writing to it.
      String ended = "belonged to " + fn.name() + (frame.returnedAt != null ? " (returned at "
          + frame.returnedAt + ")" : " (returned)") + "; keep the variable in the caller and pass its address down";
      for (Region r : frame.locals.values()) {
        r.end(ended);
      }
      return frame.result;
    } finally {
      frame = caller;
      depth--;
    }
  }

  private Region localRegion(Function.Local l) {
    Region r = new Region(l.sourceName(), Region.Kind.LOCAL, (int) l.type().size(), false);
    frame.locals.put(l.name(), r);
    return r;
  }

  private Flow exec(List<Stmt> block) {
    for (Stmt s : block) {
      Flow f = exec(s);
      if (f != Flow.NORMAL) {
        return f;
      }
    }
    return Flow.NORMAL;
  }

  /**
   * Lets this run execute at most limit statements; the next one is handed to the machine's
   * {@link Machine#budgetExhausted}. Returns this.
   */
  public Interpreter<V> withStepLimit(long limit) {
    this.stepLimit = limit;
    return this;
  }

  private Flow exec(Stmt s) {
    m.poll();
    if (++steps > stepLimit) {
      m.budgetExhausted(s.loc(), "more than " + stepLimit + " statements ran" + (loopRunning == null
          ? "" : " (in the loop at " + loopRunning.loc() + ", bound " + loopRunning.maxIterations()
              + " iterations)") + ": the engine's step budget ran out");
    }
    if (s instanceof Stmt.Store st) {
      Val.Ptr p = ptr(eval(st.address()));
      Val v = eval(st.value());
      mem.store(p, v, st.value().type(), st.loc());
      // Named as C names the target, so a counterexample's C trace reads "src = 0x…".
      String target = render().target(st.address());
      // Shown as its C type reads: a uint16_t 0xFFFF is 65535, not -1.
      m.step(st.loc(), v instanceof Val.Int ? target + " =" : target + " = (a pointer)",
          v instanceof Val.Int i ? bv(i) : null,
          !(st.value().type() instanceof CType.Int t) || t.signed());
      return Flow.NORMAL;
    } else if (s instanceof Stmt.If iff) {
      boolean taken = decide(iff.cond(), iff.loc(), Decision.Kind.CONDITION);
      m.step(iff.loc(), taken ? "then" : "else", null);
      return exec(taken ? iff.then() : iff.otherwise());
    } else if (s instanceof Stmt.Loop loop) {
      return loop(loop);
    } else if (s instanceof Stmt.Break) {
      return Flow.BREAK;
    } else if (s instanceof Stmt.Continue) {
      return Flow.CONTINUE;
    } else if (s instanceof Stmt.Return r) {
      m.step(r.loc(), "return", null);
      if (depth == 1) {
        lastReturn = r.loc();
      }
      frame.returnedAt = r.loc();
      frame.result = r.value() == null ? null : eval(r.value());
      return Flow.RETURN;
    } else if (s instanceof Stmt.Call c) {
      Function fn = program.function(c.function())
          .orElseThrow(() -> new OutsideSubsetException(c.loc() + ": " + c.function() + " has no body"));
      List<Val> args = new ArrayList<>();
      for (Expr a : c.args()) {
        args.add(eval(a));
      }
      m.step(c.loc(), "call " + c.function(), null);
      Val result = call(fn, args, c.loc());
      if (c.resultAddress() != null) {
        mem.store(ptr(eval(c.resultAddress())), result, fn.returnType(), c.loc());
      }
      return Flow.NORMAL;
    } else if (s instanceof Stmt.Intrinsic in) {
      intrinsic(in);
      return Flow.NORMAL;
    } else {
      libVigCall((Stmt.LibVigCall) s);
      return Flow.NORMAL;
    }
  }

  /** Each intrinsic's condition as C text, rendered once (shared by the runs of one exploration). */
  private Map<Stmt.Intrinsic, String> intrinsicTexts = new java.util.IdentityHashMap<>();

  /** Shares the C text of intrinsics' conditions with the other runs of the same program. */
  public Interpreter<V> withIntrinsicTexts(Map<Stmt.Intrinsic, String> shared) {
    this.intrinsicTexts = shared;
    return this;
  }

  /** A verification intrinsic of a layer's harness or model ({@code <vigor/verify.h>}). */
  private void intrinsic(Stmt.Intrinsic in) {
    if (in.function().equals("vig_zeroed")) {
      // memory a lower layer hands out: a region of its own, so every access is checked against
      // exactly these bytes (carved from one big array, an overrun would land in the next piece)
      BigInteger size = d.constant(bv(eval(in.args().get(0))));
      if (size == null || size.signum() <= 0 || size.bitLength() > 20) {
        throw new OutsideSubsetException(in.loc() + ": vig_zeroed needs a constant size of 1 byte"
            + " to 1 MiB, not " + (size == null ? "an open value" : size));
      }
      // named after the code that asked for it (the model's own line is the same for every piece)
      String name = frame.fn != null && frame.calledAt != null
          ? "memory from " + frame.fn.name() + " called at " + frame.calledAt
          : "memory from " + in.loc();
      Region r = new Region(name, Region.Kind.GLOBAL, size.intValue(), false);
      for (int i = 0; i < r.size(); i++) {
        r.setCell(i, d.num(0, 8));
      }
      m.step(in.loc(), "vig_zeroed(" + size + ")", null);
      if (in.resultAddress() != null) {
        mem.store(ptr(eval(in.resultAddress())), new Val.Ptr(r, d.num(0, 64)),
            new CType.Pointer(CType.VOID, false), in.loc());
      }
      return;
    }
    if (in.function().startsWith("vig_any_")) {
      CType.Int type = (CType.Int) ((CType.Pointer) in.resultAddress().type()).target();
      V v = m.any(in.function(), type.kind().bits(), in.loc());
      if (type.kind() == IntKind.BOOL) {
        m.assume(d.ule(v, d.num(1, type.kind().bits())), in.function() + "() <= 1", in.loc());
      }
      m.step(in.loc(), render().target(in.resultAddress()) + " = " + in.function() + "() =", v, type.signed());
      mem.store(ptr(eval(in.resultAddress())), new Val.Int(v, type), type, in.loc());
      return;
    }
    if (in.function().equals("vig_end")) {
      m.step(in.loc(), "end", null);
      m.end(in.loc());
      throw new OutsideSubsetException(in.loc() + ": vig_end returned");
    }
    Expr arg = in.args().get(0);
    V c = d.nonZero(bv((Val.Int) eval(arg)));
    // the same statement runs on every path, most of a model's asserts hold by their form
    String text = intrinsicTexts.computeIfAbsent(in, k -> render().render(arg));
    if (in.function().equals("vig_assume")) {
      m.step(in.loc(), "assume " + text, null);
      m.assume(c, text, in.loc());
    } else if (in.function().equals("vig_assert")) {
      m.step(in.loc(), "assert " + text, null);
      if (Boolean.TRUE.equals(d.truthOf(c))) {
        return;
      }
      // the values the condition reads, so a failure says which register, index or length
      Map<String, V> shown = new java.util.LinkedHashMap<>();
      for (Expr.Load load : loadsIn(arg, new ArrayList<>())) {
        if (shown.size() < 4 && load.type() instanceof CType.Int) {
          shown.putIfAbsent(render().render(load), bv((Val.Int) eval(load)));
        }
      }
      // and the function's own integer variables written so far (a model's register, its value)
      List<Function.Local> vars = new ArrayList<>(frame.fn.params());
      vars.addAll(frame.fn.locals());
      for (Function.Local l : vars) {
        V v = l.temporary() || !(l.type() instanceof CType.Int) || shown.size() >= 8 ? null
            : written(frame.locals.get(l.name()));
        if (v != null) {
          shown.putIfAbsent(l.sourceName(), v);
        }
      }
      m.checkShowing(c, LowLevelCheck.LAYER_ASSERTION, in.loc(), "vig_assert(" + text + ") does not hold",
          shown);
    } else {
      throw new OutsideSubsetException(in.loc() + ": unknown verification intrinsic " + in.function());
    }
  }

  /** A local's integer value when every byte of it is surely written, else null. */
  private V written(Region r) {
    V acc = null;
    for (int i = r.size() - 1; i >= 0; i--) {
      Object c = r.cell(i);
      if (c == null || r.undefinedWhen(i) != null || c instanceof Region.PointerByte) {
        return null;
      }
      @SuppressWarnings("unchecked")
      V b = (V) c;
      acc = acc == null ? b : d.concat(acc, b);
    }
    return acc;
  }

  /** The integer loads an expression makes (outermost first), for a failed assert's message. */
  private static List<Expr.Load> loadsIn(Expr e, List<Expr.Load> out) {
    if (e instanceof Expr.Load l) {
      out.add(l);
    } else if (e instanceof Expr.Unary u) {
      loadsIn(u.operand(), out);
    } else if (e instanceof Expr.Binary b) {
      loadsIn(b.left(), out);
      loadsIn(b.right(), out);
    } else if (e instanceof Expr.Conditional c) {
      loadsIn(c.cond(), out);
      loadsIn(c.then(), out);
      loadsIn(c.otherwise(), out);
    } else if (e instanceof Expr.Convert c) {
      loadsIn(c.operand(), out);
    }
    return out;
  }

  /**
   * Runs a stack layer's harness entry {@code void entry(void)} (a program compiled by
   * {@code CFrontEnd.compileLayer}).
   */
  public void runEntry(String entry) {
    Function fn = program.function(entry)
        .orElseThrow(() -> new OutsideSubsetException("the layer's program defines no " + entry));
    call(fn, List.of());
  }

  private Flow loop(Stmt.Loop loop) {
    Stmt.Loop outer = loopRunning;
    loopRunning = loop;
    try {
      return iterate(loop);
    } finally {
      loopRunning = outer;
    }
  }

  private Flow iterate(Stmt.Loop loop) {
    for (long k = 0; ; k++) {
      Flow f = exec(loop.header());
      if (f == Flow.RETURN) {
        return f;
      }
      if (loop.testFirst() && !decide(loop.test(), loop.loc(), Decision.Kind.LOOP)) {
        return Flow.NORMAL;
      }
      if (k >= loop.maxIterations()) {
        m.check(d.truth(false), LowLevelCheck.LOOP_BOUND, loop.loc(), "the loop runs more than its bound of "
            + loop.maxIterations() + " iterations (" + loop.bound() + ")");
      }
      f = exec(loop.body());
      if (f == Flow.RETURN) {
        return f;
      }
      if (f == Flow.BREAK) {
        return Flow.NORMAL;
      }
      if (!loop.testFirst() && !decide(loop.test(), loop.loc(), Decision.Kind.LOOP)) {
        return Flow.NORMAL;
      }
      f = exec(loop.step());
      if (f == Flow.RETURN) {
        return f;
      }
    }
  }

  // By identity: a Function is a record, and hashing one walks its whole body (a profile of
  // vigor run --check found that hashing on every store and branch the largest single cost).
  private final Map<Function, CRender> renderers = new java.util.IdentityHashMap<>();

  private CRender render() {
    return renderers.computeIfAbsent(frame.fn, CRender::new);
  }

  private boolean decide(Expr cond, SourceLocation loc, Decision.Kind kind) {
    V c = d.nonZero(bv((Val.Int) eval(cond)));
    return m.decide(c, render().render(cond), loc, kind);
  }

  // ---- libVig calls ----------------------------------------------------------------------------

  /**
   * {@code vig_hash(data, size)}: the record's bytes (size must be a constant, e.g. a sizeof) as
   * one bit-vector, byte 0 most significant; the machine answers with a 32-bit hash.
   */
  private void hashCall(Stmt.LibVigCall c) {
    Val.Ptr data = ptr(eval(c.args().get(0)));
    BigInteger size = d.constant(bv(eval(c.args().get(1))));
    if (size == null || size.signum() <= 0 || size.compareTo(BigInteger.valueOf(4096)) > 0) {
      throw new OutsideSubsetException(c.loc() + ": vig_hash needs a constant size between 1 and 4096"
          + " (pass sizeof the record)");
    }
    V bytes = mem.readKey(data, size.intValue(), "vig_hash's data", c.loc());
    m.step(c.loc(), "call vig_hash", null);
    V h = m.libVig("vig_hash", null, List.of(bytes), c.loc()).get(0);
    if (c.resultAddress() != null) {
      CType.Int t = (CType.Int) ((CType.Pointer) c.resultAddress().type()).target();
      mem.store(ptr(eval(c.resultAddress())), new Val.Int(d.resize(h, t.kind().bits(), false), t), t, c.loc());
    }
  }

  private void libVigCall(Stmt.LibVigCall c) {
    if (c.function().equals("vig_hash")) {
      hashCall(c);
      return;
    }
    LibVigAbi.Signature sig = LibVigAbi.of(c.function());
    if (sig == null) {
      throw new OutsideSubsetException(c.loc() + ": " + c.function()
          + " is not supported by the interpreters yet");
    }
    LibVigObject obj = program.object(c.object())
        .orElseThrow(() -> new OutsideSubsetException(c.loc() + ": unknown object " + c.object()));
    int keySize = obj.keyType() == null ? 0 : (int) obj.keyType().size();
    int valueSize = obj.valueType() == null ? 0 : (int) obj.valueType().size();
    List<V> args = new ArrayList<>();
    List<Val.Ptr> outs = new ArrayList<>();
    Region givenBack = null;
    List<LibVigObject> others = new ArrayList<>();
    for (int i = 0; i < sig.params().size(); i++) {
      LibVigAbi.Param p = sig.params().get(i);
      if (p == LibVigAbi.Param.OBJECT) {
        String name = ((Expr.ObjectRef) c.args().get(i + 1)).object();
        others.add(program.object(name).orElseThrow(() ->
            new OutsideSubsetException(c.loc() + ": unknown object " + name)));
        continue;
      }
      Val v = eval(c.args().get(i + 1));
      switch (p) {
        case KEY_IN -> args.add(mem.readStored((Val.Ptr) v, obj.keyType(), true, c.function() + "'s key", c.loc()));
        case VALUE_IN -> {
          if (c.function().equals("vector_return") && program.function(c.function()).isEmpty()) {
            givenBack = lentElement((Val.Ptr) v, obj, args.get(0), c.loc());
          }
          args.add(mem.readStored((Val.Ptr) v, obj.valueType(), false, c.function() + "'s value", c.loc()));
        }
        case INDEX -> args.add(d.resize(bv((Val.Int) v), 32, true));
        case TIME -> args.add(d.resize(bv((Val.Int) v), 64, true));
        case WORD -> args.add(bv((Val.Int) v));
        default -> outs.add((Val.Ptr) v);
      }
    }
    String text = c.function() + "(" + c.object() + ", ...)";
    Function body = program.function(c.function()).orElse(null);
    if (body != null) {
      implementedCall(c, body, sig, obj, others, args, outs);
      return;
    }
    m.step(c.loc(), "call " + c.function(), null);
    List<V> results = others.isEmpty() ? m.libVig(c.function(), obj, args, c.loc())
        : m.libVig(c.function(), obj, others, args, c.loc());
    if (givenBack != null) {
      givenBack.end("vector_return gave back at " + c.loc()
          + "; copy what you need before vector_return, or borrow the element again");
    }
    int next = 0;
    boolean ok = true;
    if (sig.ret() != LibVigAbi.Ret.VOID) {
      V r = results.get(next++);
      V stored;
      if (sig.ret() == LibVigAbi.Ret.BOOL) {
        ok = m.decide(r, text, c.loc(), Decision.Kind.LIBVIG_OUTCOME);
        stored = d.num(ok ? 1 : 0, 8);
      } else {
        stored = r;
      }
      storeResult(c, stored);
    }
    int outIndex = 0;
    for (LibVigAbi.Param p : sig.params()) {
      if (LibVigAbi.isArgument(p)) {
        continue;
      }
      Val.Ptr out = outs.get(outIndex++);
      V r = results.get(next++);
      if (sig.outOnlyIfTrue() && !ok) {
        continue;
      }
      switch (p) {
        case INDEX_OUT -> mem.store(out, new Val.Int(r, INT), INT, c.loc());
        case WORD_OUT -> {
          CType.Int t = wordOutType(c);
          mem.store(out, new Val.Int(d.resize(r, t.kind().bits(), false), t), t, c.loc());
        }
        case BORROW_OUT -> {
          List<Object> cells = mem.unpack(r);
          Region e = new Region(c.object() + "[element]", Region.Kind.ELEMENT, cells.size(), false,
              new Region.Lease(c.object(), args.get(0), c.loc()));
          lent.add(e);
          for (int i = 0; i < cells.size(); i++) {
            e.setCell(i, cells.get(i));
          }
          mem.store(out, new Val.Ptr(e, d.num(0, 64)), new CType.Pointer(CType.VOID, false), c.loc());
        }
        default -> mem.storeCells(out, mem.unpack(r), c.loc());
      }
    }
  }

  /**
   * A libVig call on an object the program implements itself (the libvig layer, whose code is
   * libVig's C): the machine first settles the contract's precondition on the arguments, the body
   * then runs on the object's descriptor, and the machine gets the results it produced (return
   * value, then out-parameters, as the contract orders them) to hold them to the contract.
   */
  private void implementedCall(Stmt.LibVigCall c, Function body, LibVigAbi.Signature sig,
      LibVigObject obj, List<LibVigObject> others, List<V> args, List<Val.Ptr> outs) {
    m.libVigEntered(c.function(), obj, others, args, c.loc());
    List<Val> cArgs = new ArrayList<>();
    for (Expr a : c.args()) {
      cArgs.add(eval(a));
    }
    m.step(c.loc(), "call " + c.function(), null);
    Val ret = call(body, cArgs);
    List<V> results = new ArrayList<>();
    boolean ok = true;
    if (sig.ret() != LibVigAbi.Ret.VOID) {
      V r = bv((Val.Int) ret);
      if (sig.ret() == LibVigAbi.Ret.BOOL) {
        V truth = d.nonZero(r);
        results.add(truth);
        Boolean settled = d.truthOf(truth);
        ok = settled == null || settled;
      } else {
        results.add(d.resize(r, 32, true));
      }
      storeResult(c, r);
    }
    int outIndex = 0;
    for (LibVigAbi.Param p : sig.params()) {
      if (LibVigAbi.isArgument(p)) {
        continue;
      }
      Val.Ptr out = outs.get(outIndex++);
      V written = null;
      if (!sig.outOnlyIfTrue() || results.isEmpty() || !Boolean.FALSE.equals(d.truthOf(results.get(0)))) {
        written = outValue(c, sig, p, obj, out);
      }
      // an out-parameter a failed call leaves alone is no result: any value of its sort stands in
      results.add(written != null ? written : m.unwritten(c.function(), results.size(), obj, c.loc()));
    }
    m.libVigReturned(c.function(), obj, others, args, results, c.loc());
  }

  /** Stores a call's return value where the C code assigns it (x = call(...)), if it does. */
  private void storeResult(Stmt.LibVigCall c, V value) {
    if (c.resultAddress() != null) {
      CType.Int t = (CType.Int) ((CType.Pointer) c.resultAddress().type()).target();
      mem.store(ptr(eval(c.resultAddress())), new Val.Int(d.resize(value, t.kind().bits(), false), t),
          t, c.loc());
    }
  }

  /** The integer type a call's word out-parameter (its last argument) points to. */
  private static CType.Int wordOutType(Stmt.LibVigCall c) {
    return (CType.Int) ((CType.Pointer) c.args().get(c.args().size() - 1).type()).target();
  }

  /** What the body left in an out-parameter, as the contract's result; null when unwritten. */
  private V outValue(Stmt.LibVigCall c, LibVigAbi.Signature sig, LibVigAbi.Param p, LibVigObject obj,
      Val.Ptr out) {
    if (sig.outOnlyIfTrue() && out.region() != null && out.region().cell(0) == null) {
      return null;
    }
    return switch (p) {
      case INDEX_OUT -> d.resize(bv((Val.Int) mem.load(out, INT, c.loc())), 32, true);
      case WORD_OUT -> {
        CType.Int t = wordOutType(c);
        yield bv((Val.Int) mem.load(out, t, c.loc()));
      }
      case BORROW_OUT -> mem.readStored(ptr(mem.load(out, new CType.Pointer(CType.VOID, false), c.loc())),
          obj.valueType(), false, c.function() + "'s element", c.loc());
      case KEY_OUT -> mem.readStored(out, obj.keyType(), true, c.function() + "'s key", c.loc());
      default -> mem.readStored(out, obj.valueType(), false, c.function() + "'s value", c.loc());
    };
  }

  /**
   * vector_return's element must be the very pointer vector_borrow lent from this vector for this
   * index, not yet given back (libvig.h): in libVig it is the vector's own memory, so a copy or
   * another element would leave the vector unchanged or change the wrong one. The lent region,
   * to end once the call is made.
   */
  private Region lentElement(Val.Ptr elem, LibVigObject obj, V index, SourceLocation loc) {
    Region r = elem.region();
    Region.Lease lease = r == null ? null : r.lease();
    BigInteger offset = d.constant(bv(elem.offset()));
    if (lease == null || !lease.object().equals(obj.name()) || offset == null || offset.signum() != 0) {
      m.check(d.truth(false), LowLevelCheck.LIBVIG_PRECONDITION, loc, "vector_return must give back the"
          + " pointer vector_borrow lent from " + obj.name() + ", not "
          + (r == null ? "NULL" : lease == null ? "a pointer into '" + r.name() + "'"
              : lease.object().equals(obj.name()) ? "a pointer inside the element"
              : "an element of " + lease.object()));
      throw new PathEnded("not the lent element");
    }
    if (r.ended() != null) {
      m.check(d.truth(false), LowLevelCheck.LIBVIG_PRECONDITION, loc, "vector_return gives back the element of "
          + obj.name() + " borrowed at " + lease.at() + " a second time (" + r.ended() + ")");
      throw new PathEnded("given back twice");
    }
    @SuppressWarnings("unchecked")
    V lentIndex = (V) lease.index();
    m.check(d.eq(lentIndex, index), LowLevelCheck.LIBVIG_PRECONDITION, loc, "vector_return gives back, for"
        + " another index, the element of " + obj.name() + " that vector_borrow lent at " + lease.at());
    return r;
  }

  // ---- expressions -----------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private V bv(Object o) {
    return o instanceof Val.Int i ? (V) i.bits() : (V) o;
  }

  private Val.Ptr ptr(Val v) {
    return (Val.Ptr) v;
  }

  private void check(V safe, LowLevelCheck check, SourceLocation loc, String message) {
    if (!pure) {
      m.check(safe, check, loc, message);
    }
  }

  private Val eval(Expr e) {
    if (e instanceof Expr.IntConst c) {
      return new Val.Int(d.num(c.value(), c.type().kind().bits()), c.type());
    } else if (e instanceof Expr.NullPointer) {
      return new Val.Ptr(null, d.num(0, 64));
    } else if (e instanceof Expr.Zero z) {
      if (z.type() instanceof CType.Int t) {
        return new Val.Int(d.num(0, t.kind().bits()), t);
      } else if (z.type() instanceof CType.Pointer) {
        return new Val.Ptr(null, d.num(0, 64));
      }
      List<Object> cells = new ArrayList<>();
      for (long i = 0; i < z.type().size(); i++) {
        cells.add(d.num(0, 8));
      }
      return new Val.Cells(cells);
    } else if (e instanceof Expr.Load l) {
      return mem.load(ptr(eval(l.address())), l.type(), l.loc());
    } else if (e instanceof Expr.LocalAddress a) {
      return new Val.Ptr(frame.locals.get(a.local()), d.num(0, 64));
    } else if (e instanceof Expr.GlobalAddress g) {
      return new Val.Ptr(globals.get(g.global()), d.num(0, 64));
    } else if (e instanceof Expr.ObjectRef o) {
      // libVig's own C (the libvig layer): the object is its descriptor
      Region r = globals.get(LibVigObject.descriptorGlobal(o.object()));
      if (r == null) {
        throw new OutsideSubsetException(o.loc() + ": '" + o.object() + "' is a libVig object, passed"
            + " by name only to libVig calls");
      }
      return new Val.Ptr(r, d.num(0, 64));
    } else if (e instanceof Expr.BoundElement) {
      return new Val.Ptr(boundElement, d.num(0, 64));
    } else if (e instanceof Expr.BoundNow n) {
      if (boundNow == null) {
        throw new OutsideSubsetException(n.loc() + ": this bound reads `now`, but no packet time is given here");
      }
      return new Val.Int(boundNow, n.type());
    } else if (e instanceof Expr.FieldAddress f) {
      Val.Ptr b = ptr(eval(f.base()));
      return new Val.Ptr(b.region(), d.add(bv(b.offset()), d.num(f.offset(), 64)));
    } else if (e instanceof Expr.ElementAddress a) {
      Val.Ptr b = ptr(eval(a.base()));
      V idx = d.resize(bv(eval(a.index())), 64, true);
      if (a.arrayLength() >= 0) {
        check(d.band(d.sle(d.num(0, 64), idx), d.slt(idx, d.num(a.arrayLength(), 64))),
            LowLevelCheck.ARRAY_INDEX, a.loc(), "indexes an array of " + a.arrayLength()
                + " elements out of bounds");
      }
      return new Val.Ptr(b.region(), d.add(bv(b.offset()), d.mul(idx, d.num(a.elementSize(), 64))));
    } else if (e instanceof Expr.Unary u) {
      return arith.unary(u, bv(eval(u.operand())));
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Conditional c) {
      V cond = d.nonZero(bv(eval(c.cond())));
      if (pure) {
        return new Val.Int(d.ite(cond, bv(eval(c.then())), bv(eval(c.otherwise()))), (CType.Int) c.type());
      }
      boolean taken = m.decide(cond, render().render(c.cond()), c.loc(), Decision.Kind.CONDITION);
      return eval(taken ? c.then() : c.otherwise());
    } else if (e instanceof Expr.Convert c) {
      return arith.convert(eval(c.operand()), c.operand().type(), c.type(), c.loc());
    }
    throw new OutsideSubsetException(e.loc() + ": " + e.getClass().getSimpleName()
        + " cannot be evaluated here");
  }

  /** The lazy logical operators branch here; the rest is {@link Arithmetic}'s. */
  private Val binary(Expr.Binary b) {
    switch (b.op()) {
      case LOGICAL_AND, LOGICAL_OR -> {
        boolean and = b.op() == Expr.BinaryOp.LOGICAL_AND;
        V l = d.nonZero(bv(eval(b.left())));
        if (pure) {
          V r = d.nonZero(bv(eval(b.right())));
          return new Val.Int(d.boolToBv(and ? d.band(l, r) : d.bor(l, r), 32), INT);
        }
        boolean lt = m.decide(l, render().render(b.left()), b.left().loc(), Decision.Kind.CONDITION);
        if (lt != and) {
          return new Val.Int(d.num(and ? 0 : 1, 32), INT);
        }
        // deciding the right operand too keeps the && / || value concrete, so the branch that
        // tests it shows as the condition the user wrote rather than the whole expression
        V r = d.nonZero(bv(eval(b.right())));
        boolean rt = m.decide(r, render().render(b.right()), b.right().loc(), Decision.Kind.CONDITION);
        return new Val.Int(d.num(rt ? 1 : 0, 32), INT);
      }
      default -> { }
    }
    return arith.binary(b, eval(b.left()), eval(b.right()));
  }
}
