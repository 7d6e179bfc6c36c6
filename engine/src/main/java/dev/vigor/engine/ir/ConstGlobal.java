package dev.vigor.engine.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.math.BigInteger;
import java.util.List;

/**
 * A read-only global. {@code init} lists the non-zero scalars of its initial value at their byte
 * offsets (the rest is zero); {@code config} is true for {@code NF_CONFIG} declarations, whose value
 * comes from the NF's nf.properties instead.
 */
public record ConstGlobal(String name, CType type, List<Init> init, boolean config, SourceLocation loc) {
  public ConstGlobal {
    init = List.copyOf(init);
  }

  /** One scalar of the initial image. */
  public record Init(long offset, CType.Int type, BigInteger value) {}
}
