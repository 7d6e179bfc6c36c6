package dev.vigor.engine.specexec;

import java.util.Optional;

/**
 * The C layouts of one state object's keys (emap, map) and values (vector elements, map values),
 * and its capacity: what a spec value is encoded to when it meets the object.
 */
public record StateShape(Optional<ValueLayout> key, Optional<ValueLayout> value, int capacity) {}
