package dev.vigor.engine.ir;

import dev.vigor.engine.diag.SourceLocation;

/**
 * A side-effect-free IR expression with its exact C type. Calls and assignments are statements, so
 * evaluating an expression never changes state; it can still be undefined (division by zero,
 * signed overflow, an out-of-range shift, a bad address), which interpreters must check where the
 * node says so. Every implicit C conversion is an explicit {@link Convert}.
 *
 * <p>Addresses are pointer-typed expressions; at run time a pointer is a (region, byte offset) pair,
 * where a region is a local variable, a constant global, the packet, or a libVig element a call lent.
 */
public sealed interface Expr {
  /** The C type of the value. */
  CType type();

  /** Where the user wrote it (for macro-expanded code: the macro's use). */
  SourceLocation loc();

  /** An integer constant; {@code value} is the mathematical value, already in range of type. */
  record IntConst(java.math.BigInteger value, CType.Int type, SourceLocation loc) implements Expr {}

  /** The null pointer of a pointer type. */
  record NullPointer(CType.Pointer type, SourceLocation loc) implements Expr {}

  /** All-zero bytes of any type (initializer lists start from this). */
  record Zero(CType type, SourceLocation loc) implements Expr {}

  /** Reads {@code type().size()} bytes at address (a struct or array type copies the whole object). */
  record Load(Expr address, CType type, SourceLocation loc) implements Expr {}

  /** The address of a local variable or parameter (byte 0 of its region). */
  record LocalAddress(String local, CType.Pointer type, SourceLocation loc) implements Expr {}

  /** The address of a constant global (read-only region). */
  record GlobalAddress(String global, CType.Pointer type, SourceLocation loc) implements Expr {}

  /** A libVig object handle (e.g. {@code struct vig_emap *}), only ever passed to libVig calls. */
  record ObjectRef(String object, CType.Pointer type, SourceLocation loc) implements Expr {}

  /**
   * In a libVig object's bound: the address of the element being constrained (its fields are read
   * through it; for a scalar element type, {@code value} is a Load of it).
   */
  record BoundElement(CType.Pointer type, SourceLocation loc) implements Expr {}

  /**
   * In a libVig object's bound: {@code now}, the arrival time of the packet being processed (a
   * {@code vigor_time_t}), so a bound can relate a stored time to the clock. Only in monotone
   * positions ({@code x <= now}, {@code x < now}), so time passing keeps a bound true.
   */
  record BoundNow(CType.Int type, SourceLocation loc) implements Expr {}

  /** base + offset bytes: a struct member's address; type points to the member. */
  record FieldAddress(Expr base, String field, long offset, CType.Pointer type, SourceLocation loc)
      implements Expr {}

  /**
   * base + index * elementSize: array indexing and pointer arithmetic. {@code arrayLength} is the
   * declared length when base is an array (0 &lt;= index &lt; length must hold), -1 for pointer
   * arithmetic (only the region's bounds apply, checked when the result is dereferenced). index is
   * a signed long (converted explicitly).
   */
  record ElementAddress(
      Expr base, Expr index, long elementSize, long arrayLength, CType.Pointer type, SourceLocation loc)
      implements Expr {}

  /** Unary operators that keep the (promoted) type. */
  enum UnaryOp {
    NEG,
    BIT_NOT
  }

  /** {@code op operand}; NEG on a signed type can overflow (INT_MIN). */
  record Unary(UnaryOp op, Expr operand, CType.Int type, SourceLocation loc) implements Expr {}

  /** Binary operators. Comparisons and logic yield int 0/1. */
  enum BinaryOp {
    ADD, SUB, MUL, DIV, REM, SHL, SHR, BIT_AND, BIT_OR, BIT_XOR,
    LT, LE, GT, GE, EQ, NE,
    /** Lazy: the right operand is evaluated only when the left is non-zero. */
    LOGICAL_AND,
    /** Lazy: the right operand is evaluated only when the left is zero. */
    LOGICAL_OR;

    /** Whether the result is an int truth value rather than the operands' type. */
    public boolean isComparisonOrLogic() {
      return ordinal() >= LT.ordinal();
    }
  }

  /**
   * {@code left op right}. Arithmetic operands are already converted to the common type (= type);
   * for shifts, left is promoted, right promoted separately (type = left's type); comparison
   * operands share a type (integer or pointer), logic operands are int 0/1; result int.
   */
  record Binary(BinaryOp op, Expr left, Expr right, CType type, SourceLocation loc) implements Expr {}

  /** {@code cond ? then : otherwise}, lazy; cond is int 0/1, both arms already of type. */
  record Conditional(Expr cond, Expr then, Expr otherwise, CType type, SourceLocation loc)
      implements Expr {}

  /**
   * Converts to type with C11 semantics: integer to integer truncates or sign/zero-extends
   * (to _Bool: non-zero gives 1); pointer to pointer keeps the (region, offset) value.
   */
  record Convert(Expr operand, CType type, SourceLocation loc) implements Expr {}
}
