package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;

/** A C value as a Z3 bit-vector with its signedness (a configuration value, say). */
public record CTerm(BitVecExpr bits, boolean signed) {}
