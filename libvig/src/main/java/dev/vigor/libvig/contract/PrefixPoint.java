package dev.vigor.libvig.contract;

import com.microsoft.z3.Expr;

/** An LPM instantiation point: a prefix (32-bit) and its length (8-bit); host bits are ignored. */
public record PrefixPoint(Expr<?> prefix, Expr<?> length) {}
