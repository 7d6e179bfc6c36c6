package dev.vigor.engine.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.math.BigInteger;
import java.util.List;

/**
 * A global. In NF code it is read-only: {@code init} lists the non-zero scalars of its initial
 * value at their byte offsets (the rest is zero); {@code config} is true for {@code NF_CONFIG}
 * declarations, whose value comes from the NF's nf.properties instead. {@code writable} globals
 * exist only in a stack layer's code (the io layer's rx ring, a model's state), never in an NF.
 */
public record ConstGlobal(String name, CType type, List<Init> init, boolean config, SourceLocation loc,
    boolean writable) {
  public ConstGlobal {
    init = List.copyOf(init);
  }

  /** A read-only global of NF code. */
  public ConstGlobal(String name, CType type, List<Init> init, boolean config, SourceLocation loc) {
    this(name, type, init, config, loc, false);
  }

  /** One scalar of the initial image. */
  public record Init(long offset, CType.Int type, BigInteger value) {}
}
