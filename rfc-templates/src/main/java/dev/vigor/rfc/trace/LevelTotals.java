package dev.vigor.rfc.trace;

import dev.vigor.rfc.model.Level;

/** Counts for one requirement level: how many there are, are covered, and are proved. */
public record LevelTotals(Level level, int total, int covered, int proved) {}
