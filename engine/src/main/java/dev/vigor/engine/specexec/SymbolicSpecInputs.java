package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The environment of a symbolic spec run, as the NF's trace gives it: the packet, the C inputs
 * ({@code received_on_port} 16 bits, {@code now} 64 bits signed, the allocated index 32 bits
 * signed and its time 64 bits signed), configuration values, the number of devices, what the NF
 * sent (for {@code sent_on_ports}, when known), and each imported state object.
 */
public record SymbolicSpecInputs(
    Context ctx,
    PacketTerms packet,
    BitVecExpr receivedOnPort,
    BitVecExpr now,
    BitVecExpr theIndexAllocated,
    BitVecExpr timeForAllocatedIndex,
    Map<String, CTerm> config,
    int deviceCount,
    Optional<NfOutcome<BitVecExpr>> nfOutcome,
    Map<String, SymbolicState> states) {
  public SymbolicSpecInputs {
    config = Map.copyOf(config);
    states = Map.copyOf(states);
  }
}
