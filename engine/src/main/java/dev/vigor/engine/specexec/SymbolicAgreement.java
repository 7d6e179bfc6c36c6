package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import dev.vigor.engine.spec.ir.Input;

/** {@link Agreement} over Z3 terms: the validator's "NF outcome agrees with this spec path". */
public final class SymbolicAgreement {
  private SymbolicAgreement() {}

  /** Whether the NF's outcome {@code nf}, sending {@code out}, agrees with {@code path}'s outcome. */
  public static BoolExpr agrees(SymbolicSpecInputs inputs, SpecPath path, NfOutcome<BitVecExpr> nf,
      PacketTerms out) {
    return agrees(inputs, path, nf, out, new TraceTerms());
  }

  /** As the other, reading packets through terms shared with the specs run on the same packet. */
  public static BoolExpr agrees(SymbolicSpecInputs inputs, SpecPath path, NfOutcome<BitVecExpr> nf,
      PacketTerms out, TraceTerms terms) {
    SymbolicDomain d = new SymbolicDomain(inputs).sharing(terms);
    NfOutcome<Expr<IntSort>> n = nf instanceof NfOutcome.Device<BitVecExpr> dev
        ? new NfOutcome.Device<>(d.fromBits(dev.device(), false))
        : nf instanceof NfOutcome.Drop ? new NfOutcome.Drop<>() : new NfOutcome.Flood<>();
    int bound = Math.max(inputs.packet().capacity(), out.capacity());
    return Agreement.agrees(d, path.outcome(), n, d.input(Input.RECEIVED_ON_PORT), d.packet(),
        d.packetAccess(out), bound);
  }
}
