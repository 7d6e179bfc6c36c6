package dev.vigor.engine.exec;

/** The low-level properties checked on every path, whatever the spec says (nf-c.md). */
public enum LowLevelCheck {
  PACKET_BOUNDS("packet access in bounds"),
  REGION_BOUNDS("memory access in bounds"),
  NULL_DEREFERENCE("no NULL dereference"),
  ARRAY_INDEX("array index in bounds"),
  DIVISION_BY_ZERO("no division by zero"),
  SIGNED_OVERFLOW("no signed overflow"),
  SHIFT_RANGE("shift in range"),
  LIBVIG_PRECONDITION("libVig precondition"),
  USE_AFTER_RETURN("no use of memory past its lifetime (an element after vector_return, a local after its function returned)"),
  UNINITIALISED_READ("no read of an uninitialised variable"),
  LOOP_BOUND("loop within its bound"),
  VERDICT("valid verdict"),
  /** A stack layer's stated property ({@code vig_assert} in its harness or models). */
  /** libVig's C (the libvig layer) produced what its contract says for a call its harness made. */
  LIBVIG_CONTRACT("libVig's C keeps the contract of each call"),
  LAYER_ASSERTION("the layer's stated property holds"),
  /** Not a property of the NF: the engine's bound on statements per run (undecided, never failed). */
  STEP_BUDGET("within the engine's step budget");

  private final String description;

  LowLevelCheck(String description) {
    this.description = description;
  }

  /** What holds when the check passes, in words. */
  public String description() {
    return description;
  }
}
