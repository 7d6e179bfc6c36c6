package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;

/** A condition with the spec location it comes from and what it is, for messages. */
public record Located<B>(B condition, SourceLocation at, String what) {}
