package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Outcome;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one walk of a spec's IR: runs a checked spec along one path, over any {@link SpecDomain},
 * asking a {@link BranchOracle} at every if and every pop_header. All spec semantics live here;
 * the symbolic and concrete interpreters differ only in their domain and oracle.
 */
public final class SpecRun<I, B, W, S> {
  private final Spec spec;
  private final SpecDomain<I, B, W, S> d;
  private final Map<String, StateShape> shapes;
  private final StructLayouts layouts;
  private final BranchOracle<B> oracle;
  private final RecordEncoding<I, B, W, S> encoding;
  private final StateArguments<I, B, W, S> args;

  private final Map<String, SpecValue<I, B, W>> vars = new HashMap<>();
  private final Map<String, S> states = new LinkedHashMap<>();
  private final List<Decision<B>> decisions = new ArrayList<>();
  private final List<Located<B>> asserts = new ArrayList<>();
  private final List<Located<B>> sideConditions = new ArrayList<>();
  // The spec line of each object's latest update on this path (a state counterexample names it).
  private final Map<String, SourceLocation> updatedAt = new LinkedHashMap<>();
  // Conditions under which the expression being evaluated is reached (short-circuit operands).
  private final List<B> guards = new ArrayList<>();
  private UpdateListener<S> updates = (object, at, before, after) -> { };

  /** Told of every state update as the walk makes it, e.g. to name the line that put an entry. */
  @FunctionalInterface
  public interface UpdateListener<S> {
    void updated(String object, SourceLocation at, S before, S after);
  }

  public SpecRun(Spec spec, SpecDomain<I, B, W, S> domain, Map<String, StateShape> shapes,
      StructLayouts layouts, BranchOracle<B> oracle) {
    this.spec = spec;
    this.d = domain;
    this.shapes = Map.copyOf(shapes);
    this.layouts = layouts;
    this.oracle = oracle;
    this.encoding = new RecordEncoding<>(domain);
    this.args = new StateArguments<>(domain, this.shapes, encoding, this::require);
  }

  /** Reports each state update to {@code listener}; returns this run. */
  public SpecRun<I, B, W, S> onUpdate(UpdateListener<S> listener) {
    this.updates = listener;
    return this;
  }

  /** Walks the spec once, along the path the oracle chooses. */
  public SpecRunResult<I, B, W, S> run() {
    for (String object : spec.stateObjects().keySet()) {
      states.put(object, d.initialState(object));
      args.track(object);
    }
    SpecOutcome<I> outcome = block(spec.body()).orElse(new SpecOutcome.Unconstrained<>());
    return new SpecRunResult<>(decisions, outcome, states, asserts, sideConditions, args.points(),
        updatedAt);
  }

  // ---- statements ----------------------------------------------------------------------------

  /** Runs a block; an outcome when the path ended inside it. */
  private Optional<SpecOutcome<I>> block(List<Stmt> body) {
    for (Stmt s : body) {
      Optional<SpecOutcome<I>> end = statement(s);
      if (end.isPresent()) {
        return end;
      }
    }
    return Optional.empty();
  }

  private Optional<SpecOutcome<I>> statement(Stmt s) {
    if (s instanceof Stmt.Assign a) {
      vars.put(a.name(), eval(a.value()));
    } else if (s instanceof Stmt.PopHeader p) {
      B valid = HeaderTable.valid(d, d.packet(), p.header());
      boolean carries = decide(valid, p.at(), "the packet carries " + p.header().withArticle() + " header");
      if (!carries) {
        return Optional.of(outcome(p.onMismatch(), true));
      }
      p.var().ifPresent(v -> vars.put(v, poppedHeader(p.header())));
    } else if (s instanceof Stmt.StateUpdate u) {
      update(u);
    } else if (s instanceof Stmt.If i) {
      B cond = truth(eval(i.cond()), i.cond().at());
      return decide(cond, i.at(), "if") ? block(i.then()) : block(i.otherwise());
    } else if (s instanceof Stmt.Return r) {
      return Optional.of(outcome(r.outcome(), false));
    } else if (s instanceof Stmt.Pass p) {
      return Optional.of(new SpecOutcome.Released<>(p.at()));
    } else if (s instanceof Stmt.Assert a) {
      asserts.add(new Located<>(guarded(truth(eval(a.cond()), a.at())), a.at(), "assert"));
    }
    return Optional.empty();
  }

  private boolean decide(B cond, SourceLocation at, String what) {
    boolean taken = oracle.decide(cond, at);
    decisions.add(new Decision<>(cond, taken, at, what));
    return taken;
  }

  private SpecValue<I, B, W> poppedHeader(HeaderType type) {
    Map<String, Optional<I>> fields = new LinkedHashMap<>();
    for (String f : type.fields()) {
      fields.put(f, Optional.of(HeaderTable.field(d, d.packet(), type, f)));
    }
    return new SpecValue.Header<>(type, fields);
  }

  private SpecOutcome<I> outcome(Outcome o, boolean mismatch) {
    SpecOutcome.Ports<I> ports;
    if (o.ports() instanceof Outcome.PortList list) {
      List<Optional<I>> out = new ArrayList<>();
      for (Expr e : list.ports()) {
        out.add(e instanceof Expr.Wildcard ? Optional.empty() : Optional.of(number(eval(e), e.at())));
      }
      ports = new SpecOutcome.PortList<>(out);
    } else {
      ports = new SpecOutcome.Broadcast<>();
    }
    SpecOutcome.Headers<I> headers;
    if (o.headers() instanceof Outcome.HeaderStack stack) {
      List<SpecOutcome.HeaderOut<I>> out = new ArrayList<>();
      for (Expr e : stack.headers()) {
        if (!(eval(e) instanceof SpecValue.Header<I, B, W> h)) {
          throw new SpecExecutionException(e.at() + ": an outcome's header list holds a non-header");
        }
        out.add(new SpecOutcome.HeaderOut<>(h.type(), h.fields()));
      }
      headers = new SpecOutcome.Stack<>(out);
    } else {
      headers = new SpecOutcome.Unchanged<>();
    }
    return new SpecOutcome.Sent<>(o.at(), ports, headers, mismatch);
  }

  private void update(Stmt.StateUpdate u) {
    String obj = u.object();
    updatedAt.put(obj, u.at());
    S s = state(obj, u.at());
    List<Expr> a = u.args();
    S next = switch (u.method()) {
      case EXPIRE_ALL -> d.expireAll(obj, s, time(a.get(0)));
      case ADD -> {
        W key = key(obj, a.get(0));
        I index = emapIndex(obj, a.get(1));
        // emap_add's contract: a new key, at an index that was free.
        require(d.not(d.emapHas(obj, s, key)), u.at(), "add of a key already in the emap");
        require(d.not(d.emapHasIdx(obj, s, index)), u.at(), "add at an index already allocated");
        yield d.emapAdd(obj, s, key, index, time(a.get(2)));
      }
      case REFRESH_IDX -> {
        I index = emapIndex(obj, a.get(0));
        require(d.emapHasIdx(obj, s, index), u.at(), "refresh_idx of an index that is not allocated");
        yield d.emapRefresh(obj, s, index, time(a.get(1)));
      }
      case ERASE -> {
        W key = key(obj, a.get(0));
        if (u.kind() == StateKind.MAP) {
          yield d.mapErase(obj, s, key);
        }
        require(d.emapHas(obj, s, key), u.at(), "erase of a key that is not in the emap");
        yield d.emapErase(obj, s, key);
      }
      case SET -> d.vectorSet(obj, s, vectorIndex(obj, a.get(0)), element(obj, a.get(1)));
      case PUT -> d.mapPut(obj, s, key(obj, a.get(0)), element(obj, a.get(1)));
      default -> throw new SpecExecutionException(u.at() + ": " + u.method().specName()
          + " does not change state");
    };
    states.put(obj, next);
    updates.updated(obj, u.at(), s, next);
  }

  private S state(String object, SourceLocation at) {
    S s = states.get(object);
    if (s == null) {
      throw new SpecExecutionException(at + ": " + object + " is not an imported state object");
    }
    return s;
  }

  // ---- expressions ---------------------------------------------------------------------------

  private SpecValue<I, B, W> eval(Expr e) {
    if (e instanceof Expr.IntLit l) {
      return num(d.num(l.value()));
    } else if (e instanceof Expr.BoolLit b) {
      return new SpecValue.Truth<>(d.truth(b.value()));
    } else if (e instanceof Expr.Wildcard) {
      return new SpecValue.Any<>();
    } else if (e instanceof Expr.InputRef r) {
      return input(r.input());
    } else if (e instanceof Expr.ConfigRef c) {
      return num(d.config(c.name()));
    } else if (e instanceof Expr.FlagConst f) {
      return num(d.num(f.bit()));
    } else if (e instanceof Expr.VarRef v) {
      SpecValue<I, B, W> value = vars.get(v.name());
      if (value == null) {
        throw new SpecExecutionException(v.at() + ": " + v.name() + " has no value on this path");
      }
      return value;
    } else if (e instanceof Expr.StateRef r) {
      return new SpecValue.StateObject<>(r.object());
    } else if (e instanceof Expr.Unary u) {
      return unary(u);
    } else if (e instanceof Expr.Binary b) {
      return num(binary(b));
    } else if (e instanceof Expr.Compare c) {
      return new SpecValue.Truth<>(compare(c));
    } else if (e instanceof Expr.Logical l) {
      return new SpecValue.Truth<>(logical(l));
    } else if (e instanceof Expr.Mem m) {
      return new SpecValue.Truth<>(member(eval(m.element()), eval(m.list()), m.at()));
    } else if (e instanceof Expr.HasHeader h) {
      return new SpecValue.Truth<>(HeaderTable.valid(d, d.packet(), h.header()));
    } else if (e instanceof Expr.FlagTest f) {
      I flag = number(eval(f.flag()), f.at());
      I flags = number(eval(f.flags()), f.at());
      bitwiseOperand(flag, f.at());
      bitwiseOperand(flags, f.at());
      return new SpecValue.Truth<>(d.not(d.eq(d.bitAnd(flags, flag), d.num(0))));
    } else if (e instanceof Expr.ListValue l) {
      return new SpecValue.ListOf<>(l.elements().stream().map(this::eval).toList());
    } else if (e instanceof Expr.FieldRead f) {
      return fieldRead(f);
    } else if (e instanceof Expr.HeaderValue h) {
      return headerValue(h);
    } else if (e instanceof Expr.RecordValue r) {
      List<I> fields = new ArrayList<>();
      for (Expr arg : r.args()) {
        fields.add(number(eval(arg), arg.at()));
      }
      return new SpecValue.Record<>(r.recordType(), fields);
    } else if (e instanceof Expr.StateCall c) {
      return stateCall(c);
    } else if (e instanceof Expr.RecordHash h) {
      return num(d.recordHash(recordBytes(h)));
    }
    throw new SpecExecutionException(e.at() + ": not supported by the spec interpreters: "
        + e.getClass().getSimpleName());
  }

  private SpecValue<I, B, W> input(Input input) {
    return switch (input) {
      case PKT -> new SpecValue.Packet<>();
      case PACKET_SIZE -> num(d.packet().length());
      case SENT_ON_PORTS -> new SpecValue.SentPorts<>();
      case A_PACKET_RECEIVED -> new SpecValue.Truth<>(d.truth(true));
      case SENT_HEADERS -> throw new SpecExecutionException("sent_headers is not supported yet");
      default -> num(d.input(input));
    };
  }

  private SpecValue<I, B, W> unary(Expr.Unary u) {
    SpecValue<I, B, W> v = eval(u.operand());
    return switch (u.op()) {
      case NOT -> new SpecValue.Truth<>(d.not(truth(v, u.at())));
      case NEG -> num(d.sub(d.num(0), number(v, u.at())));
      case POS -> num(number(v, u.at()));
      // Python's ~x is -x - 1 on unbounded integers.
      case INVERT -> num(d.sub(d.sub(d.num(0), number(v, u.at())), d.num(1)));
    };
  }

  private I binary(Expr.Binary b) {
    I x = number(eval(b.left()), b.left().at());
    I y = number(eval(b.right()), b.right().at());
    return switch (b.op()) {
      case ADD -> d.add(x, y);
      case SUB -> d.sub(x, y);
      case MUL -> d.mul(x, y);
      case DIV, FLOOR_DIV -> {
        require(d.not(d.eq(y, d.num(0))), b.at(), "division by zero");
        yield d.floorDiv(x, y);
      }
      case MOD -> {
        require(d.not(d.eq(y, d.num(0))), b.at(), "modulo by zero");
        yield d.mod(x, y);
      }
      case BIT_AND -> bitwise(x, y, b.at(), d::bitAnd);
      case BIT_OR -> bitwise(x, y, b.at(), d::bitOr);
      case BIT_XOR -> bitwise(x, y, b.at(), d::bitXor);
      case SHL -> d.mul(x, powerOfTwo(y, b.at()));
      case SHR -> d.floorDiv(x, powerOfTwo(y, b.at()));
    };
  }

  private I bitwise(I x, I y, SourceLocation at, java.util.function.BinaryOperator<I> op) {
    bitwiseOperand(x, at);
    bitwiseOperand(y, at);
    return op.apply(x, y);
  }

  /** Bitwise operators are exact on operands in [-2^255, 2^255), which covers every C value. */
  private void bitwiseOperand(I x, SourceLocation at) {
    BigInteger half = BigInteger.ONE.shiftLeft(255);
    require(d.and(List.of(d.le(d.num(half.negate()), x), d.lt(x, d.num(half)))), at,
        "bitwise operand outside [-2^255, 2^255)");
  }

  /** 2^y for a shift amount y in [0, 256): a case split keeps the arithmetic linear. */
  private I powerOfTwo(I y, SourceLocation at) {
    require(d.and(List.of(d.le(d.num(0), y), d.lt(y, d.num(256)))), at,
        "shift amount outside [0, 256)");
    I result = d.num(BigInteger.ONE.shiftLeft(255));
    for (int k = 254; k >= 0; k--) {
      result = d.ite(d.eq(y, d.num(k)), d.num(BigInteger.ONE.shiftLeft(k)), result);
    }
    return result;
  }

  private B compare(Expr.Compare c) {
    List<B> links = new ArrayList<>();
    SpecValue<I, B, W> left = eval(c.operands().get(0));
    for (int k = 0; k < c.ops().size(); k++) {
      SpecValue<I, B, W> right = eval(c.operands().get(k + 1));
      links.add(compareOne(c.ops().get(k), left, right, c.at()));
      left = right;
    }
    return d.and(links);
  }

  private B compareOne(Expr.CompareOp op, SpecValue<I, B, W> l, SpecValue<I, B, W> r,
      SourceLocation at) {
    if (op == Expr.CompareOp.EQ || op == Expr.CompareOp.NE) {
      B same = equal(l, r, at);
      return op == Expr.CompareOp.EQ ? same : d.not(same);
    }
    I x = number(l, at);
    I y = number(r, at);
    return switch (op) {
      case LT -> d.lt(x, y);
      case LE -> d.le(x, y);
      case GT -> d.lt(y, x);
      case GE -> d.le(y, x);
      default -> throw new IllegalStateException(op.toString());
    };
  }

  private B equal(SpecValue<I, B, W> l, SpecValue<I, B, W> r, SourceLocation at) {
    if (l instanceof SpecValue.Num<I, B, W> x && r instanceof SpecValue.Num<I, B, W> y) {
      return d.eq(x.value(), y.value());
    }
    if (l instanceof SpecValue.Truth<I, B, W> x && r instanceof SpecValue.Truth<I, B, W> y) {
      return d.and(List.of(d.implies(x.value(), y.value()), d.implies(y.value(), x.value())));
    }
    if (isRecord(l) && isRecord(r)) {
      return d.bitsEq(recordBits(l, at), recordBits(r, at));
    }
    if (l instanceof SpecValue.SentPorts<I, B, W> && r instanceof SpecValue.ListOf<I, B, W> list) {
      return sentOnExactly(list, at);
    }
    if (r instanceof SpecValue.SentPorts<I, B, W> && l instanceof SpecValue.ListOf<I, B, W> list) {
      return sentOnExactly(list, at);
    }
    throw new SpecExecutionException(at + ": cannot compare these values for equality");
  }

  /** {@code sent_on_ports == [a, b]}: the NF sent on exactly those ports. */
  private B sentOnExactly(SpecValue.ListOf<I, B, W> list, SourceLocation at) {
    NfOutcome<I> nf = d.nfOutcome().orElseThrow(() -> new SpecExecutionException(
        at + ": sent_on_ports needs the NF's outcome, and none was given"));
    List<I> ports = new ArrayList<>();
    for (SpecValue<I, B, W> e : list.elements()) {
      ports.add(number(e, at));
    }
    return PortSets.equalsList(d, nf, ports, d.input(Input.RECEIVED_ON_PORT));
  }

  private boolean isRecord(SpecValue<I, B, W> v) {
    return v instanceof SpecValue.Record || v instanceof SpecValue.StoredRecord;
  }

  private W recordBits(SpecValue<I, B, W> v, SourceLocation at) {
    if (v instanceof SpecValue.StoredRecord<I, B, W> s) {
      return s.bits();
    }
    SpecValue.Record<I, B, W> r = (SpecValue.Record<I, B, W>) v;
    ValueLayout.StructLayout layout = layouts.record(r.type()).orElseThrow(() ->
        new SpecExecutionException(at + ": no layout for record " + r.type()));
    return args.fits(encoding.record(r.fields(), layout), at);
  }

  private B logical(Expr.Logical l) {
    List<B> parts = new ArrayList<>();
    int pushed = 0;
    for (Expr operand : l.operands()) {
      B value = truth(eval(operand), operand.at());
      parts.add(value);
      // Later operands are only evaluated when this one does not decide the result.
      guards.add(l.op() == Expr.LogicalOp.AND ? value : d.not(value));
      pushed++;
    }
    for (int k = 0; k < pushed; k++) {
      guards.remove(guards.size() - 1);
    }
    return l.op() == Expr.LogicalOp.AND ? d.and(parts) : d.or(parts);
  }

  private B member(SpecValue<I, B, W> element, SpecValue<I, B, W> list, SourceLocation at) {
    if (list instanceof SpecValue.SentPorts) {
      NfOutcome<I> nf = d.nfOutcome().orElseThrow(() -> new SpecExecutionException(
          at + ": sent_on_ports needs the NF's outcome, and none was given"));
      return PortSets.contains(d, nf, number(element, at), d.input(Input.RECEIVED_ON_PORT));
    }
    if (!(list instanceof SpecValue.ListOf<I, B, W> l)) {
      throw new SpecExecutionException(at + ": membership in something that is not a list");
    }
    List<B> any = new ArrayList<>();
    for (SpecValue<I, B, W> v : l.elements()) {
      any.add(equal(element, v, at));
    }
    return d.or(any);
  }

  private SpecValue<I, B, W> fieldRead(Expr.FieldRead f) {
    SpecValue<I, B, W> target = eval(f.target());
    if (target instanceof SpecValue.Header<I, B, W> h) {
      Optional<I> v = h.fields().get(f.field());
      if (v == null) {
        // a name popped as different headers on different paths (tcp here, udp there)
        throw new SpecExecutionException(f.at() + ": on this path the header is " + h.type().specName()
            + ", which has no field " + f.field() + "; read it only where the header is one that has it");
      }
      if (v.isEmpty()) {
        throw new SpecExecutionException(f.at() + ": the header field " + f.field() + " has no value");
      }
      return num(v.get());
    }
    if (target instanceof SpecValue.StoredRecord<I, B, W> s) {
      return num(encoding.readField(s.bits(), s.layout(), f.field()));
    }
    if (target instanceof SpecValue.Record<I, B, W> r) {
      ValueLayout.StructLayout layout = layouts.record(r.type()).orElseThrow(() ->
          new SpecExecutionException(f.at() + ": no layout for record " + r.type()));
      for (int k = 0; k < layout.fields().size(); k++) {
        if (layout.fields().get(k).name().equals(f.field())) {
          return num(r.fields().get(k));
        }
      }
      throw new SpecExecutionException(f.at() + ": record " + r.type() + " has no field " + f.field());
    }
    throw new SpecExecutionException(f.at() + ": ." + f.field() + " of a value without fields");
  }

  private SpecValue<I, B, W> headerValue(Expr.HeaderValue h) {
    Map<String, Optional<I>> fields = new LinkedHashMap<>();
    if (h.base().isPresent()) {
      if (!(eval(h.base().get()) instanceof SpecValue.Header<I, B, W> base)
          || base.type() != h.header()) {
        throw new SpecExecutionException(h.at() + ": the base is not " + h.header().withArticle()
            + " header");
      }
      fields.putAll(base.fields());
    }
    for (Expr.FieldValue f : h.fields()) {
      fields.put(f.field(), f.value() instanceof Expr.Wildcard
          ? Optional.empty() : Optional.of(number(eval(f.value()), f.at())));
    }
    return new SpecValue.Header<>(h.header(), fields);
  }

  private SpecValue<I, B, W> stateCall(Expr.StateCall c) {
    String obj = c.object();
    S s = state(obj, c.at());
    List<Expr> a = c.args();
    boolean map = c.kind() == StateKind.MAP;
    return switch (c.method()) {
      case HAS -> {
        if (c.kind() == StateKind.LPM) {
          yield new SpecValue.Truth<>(d.lpmFound(obj, s, address(obj, a.get(0))));
        }
        W key = key(obj, a.get(0));
        yield new SpecValue.Truth<>(map ? d.mapHas(obj, s, key) : d.emapHas(obj, s, key));
      }
      case GET -> {
        if (c.kind() == StateKind.VECTOR) {
          yield args.stored(obj, d.vectorGet(obj, s, vectorIndex(obj, a.get(0))));
        }
        W key = key(obj, a.get(0));
        if (map) {
          require(d.mapHas(obj, s, key), c.at(), "read of a key that is not in the map");
          yield args.stored(obj, d.mapGet(obj, s, key));
        }
        require(d.emapHas(obj, s, key), c.at(), "read of a key that is not in the emap");
        I index = d.emapGet(obj, s, key);
        yield num(index);
      }
      case HAS_IDX -> {
        // Any number may be asked about: nothing is allocated outside [0, capacity), so the
        // answer there is false, not a side condition (Vigor's external-port lookup relies on it).
        I index = number(eval(a.get(0)), a.get(0).at());
        yield new SpecValue.Truth<>(d.and(List.of(args.inCapacity(obj, index),
            d.emapHasIdx(obj, s, args.probedIndex(obj, index)))));
      }
      case GET_KEY -> {
        I index = emapIndex(obj, a.get(0));
        require(d.emapHasIdx(obj, s, index), c.at(), "get_key of an index that is not allocated");
        yield args.storedKey(obj, d.emapGetKey(obj, s, index));
      }
      case FULL -> new SpecValue.Truth<>(map ? d.mapFull(obj, s) : d.emapFull(obj, s));
      case LOOKUP -> {
        W addr = address(obj, a.get(0));
        require(d.lpmFound(obj, s, addr), c.at(), "lookup of an address no prefix matches");
        yield num(d.lpmValue(obj, s, addr));
      }
      case EXISTS_WITH_CHT, CHOOSE_WITH_CHT -> {
        String cht = ((Expr.StateRef) a.get(0)).object();
        S table = state(cht, c.at());
        I hash = number(eval(a.get(1)), a.get(1).at());
        require(d.and(List.of(d.le(d.num(0), hash), d.lt(hash, d.num(BigInteger.ONE.shiftLeft(32))))),
            a.get(1).at(), "hash outside [0, 2^32)");
        B exists = d.chtExists(cht, table, obj, s, hash);
        if (c.method() == StateMethod.EXISTS_WITH_CHT) {
          yield new SpecValue.Truth<>(exists);
        }
        require(exists, c.at(), "choose_with_cht when no backend of the row is in " + obj);
        yield num(d.chtChoose(cht, table, obj, s, hash));
      }
      default -> throw new SpecExecutionException(c.at() + ": " + c.method().specName()
          + " is not supported by the spec interpreters");
    };
  }

  /** The C bytes of {@code _T_hash}'s record, laid out as the NF's struct T. */
  private W recordBytes(Expr.RecordHash h) {
    ValueLayout.StructLayout layout = layouts.record(h.recordType()).orElseThrow(() ->
        new SpecExecutionException(h.at() + ": the NF has no struct " + h.recordType()));
    SpecValue<I, B, W> v = eval(h.record());
    if (v instanceof SpecValue.Record<I, B, W> r) {
      return args.fits(encoding.record(r.fields(), layout), h.at());
    }
    if (v instanceof SpecValue.StoredRecord<I, B, W> r && r.layout().size() == layout.size()) {
      return r.bits();
    }
    throw new SpecExecutionException(h.at() + ": _" + h.recordType() + "_hash needs a "
        + h.recordType() + " record");
  }

  // ---- values meeting state ------------------------------------------------------------------

  private W key(String object, Expr e) {
    return args.key(object, eval(e), e.at());
  }

  private W address(String object, Expr e) {
    return args.address(object, number(eval(e), e.at()), e.at());
  }

  private W element(String object, Expr e) {
    return args.element(object, eval(e), e.at());
  }

  private I index(String object, Expr e) {
    return args.index(object, number(eval(e), e.at()), e.at());
  }

  private I emapIndex(String object, Expr e) {
    return args.emapIndex(object, number(eval(e), e.at()), e.at());
  }

  private I vectorIndex(String object, Expr e) {
    return args.vectorIndex(object, number(eval(e), e.at()), e.at());
  }

  private I time(Expr e) {
    return args.time(number(eval(e), e.at()), e.at());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void require(B condition, SourceLocation at, String what) {
    sideConditions.add(new Located<>(guarded(condition), at, what));
  }

  private B guarded(B condition) {
    return guards.isEmpty() ? condition : d.implies(d.and(List.copyOf(guards)), condition);
  }

  private SpecValue<I, B, W> num(I value) {
    return new SpecValue.Num<>(value);
  }

  // As in Python, a truth value is the number 1 or 0 where a number is wanted (a C bool field
  // given True), and a number is true when it is not 0 where a condition is (if entry.pinned:).
  private I number(SpecValue<I, B, W> v, SourceLocation at) {
    if (v instanceof SpecValue.Num<I, B, W> n) {
      return n.value();
    }
    if (v instanceof SpecValue.Truth<I, B, W> t) {
      return d.ite(t.value(), d.num(1), d.num(0));
    }
    throw new SpecExecutionException(at + ": a number was expected");
  }

  private B truth(SpecValue<I, B, W> v, SourceLocation at) {
    if (v instanceof SpecValue.Truth<I, B, W> t) {
      return t.value();
    }
    if (v instanceof SpecValue.Num<I, B, W> n) {
      return d.not(d.eq(n.value(), d.num(0)));
    }
    throw new SpecExecutionException(at + ": a truth value was expected");
  }
}
