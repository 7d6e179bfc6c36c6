package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;

/**
 * One branch a spec path took: {@code condition} is what was asked (an if's condition, or a
 * header's validity), {@code taken} which way it went; the path's constraint is the condition
 * when taken, its negation otherwise.
 */
public record Decision<B>(B condition, boolean taken, SourceLocation at, String what) {}
