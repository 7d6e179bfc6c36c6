package dev.vigor.engine.spec.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A spec expression. Every node keeps the file:line:col it was written at (imported properties
 * keep their own file) and its static type, so both the symbolic and the concrete interpreter can
 * walk it without re-deriving anything.
 */
public sealed interface Expr {
  /** Where the expression was written. */
  SourceLocation at();

  /** Its static type ({@link SpecType#UNKNOWN} when the open world leaves it open). */
  SpecType type();

  /** A mathematical integer literal. */
  record IntLit(SourceLocation at, BigInteger value) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.INT;
    }
  }

  /** {@code True} or {@code False}. */
  record BoolLit(SourceLocation at, boolean value) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.BOOL;
    }
  }

  /** {@code ...}: any value (a header field or a port in an outcome). */
  record Wildcard(SourceLocation at) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.UNKNOWN;
    }
  }

  /** One of the environment's inputs. */
  record InputRef(SourceLocation at, Input input) implements Expr {
    @Override
    public SpecType type() {
      return input.type();
    }
  }

  /** A configuration value of the NF, by the name the NF exports it under. */
  record ConfigRef(SourceLocation at, String name) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.INT;
    }
  }

  /** A named TCP flag ({@code SYN, ACK, FIN, RST}) with its bit value. */
  record FlagConst(SourceLocation at, String name, int bit) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.INT;
    }
  }

  /** A spec variable or constant (assigned earlier, or bound by {@code pop_header}). */
  record VarRef(SourceLocation at, String name, SpecType type) implements Expr {}

  /** A state object used as a value (the cht argument of {@code exists_with_cht}). */
  record StateRef(SourceLocation at, String object, StateKind kind) implements Expr {
    @Override
    public SpecType type() {
      return new SpecType.State(object, kind);
    }
  }

  /** Unary arithmetic or logical operator. */
  record Unary(SourceLocation at, UnaryOp op, Expr operand) implements Expr {
    @Override
    public SpecType type() {
      return op == UnaryOp.NOT ? SpecType.BOOL : SpecType.INT;
    }
  }

  /** Binary arithmetic on mathematical integers. */
  record Binary(SourceLocation at, BinaryOp op, Expr left, Expr right) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.INT;
    }
  }

  /** A comparison chain {@code a < b <= c}: {@code ops.size() == operands.size() - 1}. */
  record Compare(SourceLocation at, List<Expr> operands, List<CompareOp> ops) implements Expr {
    public Compare {
      operands = List.copyOf(operands);
      ops = List.copyOf(ops);
    }

    @Override
    public SpecType type() {
      return SpecType.BOOL;
    }
  }

  /** {@code and} / {@code or} over two or more operands, short-circuit. */
  record Logical(SourceLocation at, LogicalOp op, List<Expr> operands) implements Expr {
    public Logical {
      operands = List.copyOf(operands);
    }

    @Override
    public SpecType type() {
      return SpecType.BOOL;
    }
  }

  /** {@code mem(x, list)} or {@code x in [..]}: list membership. */
  record Mem(SourceLocation at, Expr element, Expr list) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.BOOL;
    }
  }

  /**
   * {@code has_header(T)}: whether the packet carries a valid header of type T, exactly when
   * {@code pop_header(T, ...)} would give one rather than its on_mismatch outcome.
   */
  record HasHeader(SourceLocation at, HeaderType header) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.BOOL;
    }
  }

  /** {@code SYN in h.flags}: whether a flag bit is set. */
  record FlagTest(SourceLocation at, Expr flag, Expr flags) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.BOOL;
    }
  }

  /** A list literal. */
  record ListValue(SourceLocation at, List<Expr> elements, SpecType type) implements Expr {
    public ListValue {
      elements = List.copyOf(elements);
    }
  }

  /** {@code r.f} on a header (field name canonical, aliases resolved) or a record. */
  record FieldRead(SourceLocation at, Expr target, String field, SpecType type) implements Expr {}

  /** One field of a header constructor: a value, or {@link Wildcard}. */
  record FieldValue(SourceLocation at, String field, Expr value) {}

  /**
   * A header built in an outcome: equal to {@code base} except for {@code fields}; with no base,
   * {@code fields} lists every field of the type in wire order.
   */
  record HeaderValue(SourceLocation at, HeaderType header, Optional<Expr> base, List<FieldValue> fields)
      implements Expr {
    public HeaderValue {
      fields = List.copyOf(fields);
    }

    @Override
    public SpecType type() {
      return new SpecType.Header(header);
    }
  }

  /**
   * {@code T(a, b)} / {@code Tc(a, b)}: a record built positionally. {@code recordType} is the
   * NF's type name (or the spelling, unchecked); {@code spelled} is what the spec wrote.
   */
  record RecordValue(SourceLocation at, String recordType, String spelled, boolean checked, List<Expr> args)
      implements Expr {
    public RecordValue {
      args = List.copyOf(args);
    }

    @Override
    public SpecType type() {
      return new SpecType.Record(recordType, checked);
    }
  }

  /** {@code _T_hash(r)}: the record's logical hash. */
  record RecordHash(SourceLocation at, String recordType, Expr record) implements Expr {
    @Override
    public SpecType type() {
      return SpecType.INT;
    }
  }

  /**
   * A call of a state object's method, including the sugar ({@code k in m}, {@code m[k]},
   * {@code vector_get(v, i)}), as an expression; state updates are {@link Stmt.StateUpdate}.
   */
  record StateCall(
      SourceLocation at, String object, StateKind kind, StateMethod method, List<Expr> args, SpecType type)
      implements Expr {
    public StateCall {
      args = List.copyOf(args);
    }
  }

  /** Unary operators. */
  enum UnaryOp {
    NEG("-"), POS("+"), INVERT("~"), NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }

    /** As written. */
    public String symbol() {
      return symbol;
    }
  }

  /** Binary integer operators; {@code DIV} and {@code FLOOR_DIV} both floor, like Python 3's {@code //}. */
  enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOOR_DIV("//"), MOD("%"),
    BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHL("<<"), SHR(">>");

    private final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    /** As written. */
    public String symbol() {
      return symbol;
    }
  }

  /** Comparison operators of a chain. */
  enum CompareOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    CompareOp(String symbol) {
      this.symbol = symbol;
    }

    /** As written. */
    public String symbol() {
      return symbol;
    }
  }

  /** Short-circuit logical operators. */
  enum LogicalOp {
    AND, OR
  }
}
