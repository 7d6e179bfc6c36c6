package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.LibVigObject;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Everything declared at file scope so far, across the NF's translation units. */
final class Globals {
  final Map<String, CType> typedefs = new HashMap<>();
  final Map<String, CType.Struct> structs = new LinkedHashMap<>();
  final Map<String, BigInteger> enumConstants = new HashMap<>();
  final Map<String, FunctionSig> functions = new LinkedHashMap<>();
  final Map<String, Function> definitions = new LinkedHashMap<>();
  final Map<String, ConstGlobal> globals = new LinkedHashMap<>();
  /** Scalar const globals whose value is known: uses fold to the constant, so bounds stay visible. */
  final Map<String, BigInteger> constantValues = new HashMap<>();
  final Map<String, LibVigObject> objects = new LinkedHashMap<>();
  /** File-scope declarations already lowered (a header's helpers appear in every translation unit). */
  final Set<SourceLocation> seen = new HashSet<>();
  /**
   * Whether this is a stack layer's code (io, a model) rather than an NF's: it may keep mutable
   * globals, call the verification intrinsics of {@code <vigor/verify.h>} and loop as long as its
   * models let it (an outer packet loop).
   */
  final boolean layer;

  Globals() {
    this(false);
  }

  Globals(boolean layer) {
    this.layer = layer;
  }
  private int anonymous;

  String anonymousTag(SourceLocation at) {
    return "<anonymous#" + (++anonymous) + "@" + at + ">";
  }
}
