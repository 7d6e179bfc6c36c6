package dev.vigor.rfc.trace;

import dev.vigor.engine.diag.SourceLocation;

/** One requirement id named in a {@code # covers:} comment, by a property, at a place in its file. */
public record CoversAnnotation(String requirementId, String property, SourceLocation location) {}
