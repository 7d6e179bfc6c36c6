/*
 * vigor/state.h: loading a saved state into a program's libVig objects, so a counterexample's
 * tables can be replayed on the built binary (`nf --state FILE`). Not for NF code, and not part of
 * what the analysis reads.
 *
 * The file is text, one line per entry (hex is the C object's bytes in memory order; times are
 * nanoseconds; # starts a comment):
 *
 *   reset NAME                        forget what nf_init put in object NAME (an lpm's routes too)
 *   emap NAME INDEX TIME KEYHEX       the key stored at that index, stamped TIME
 *   vector NAME INDEX VALUEHEX        the element at that index
 *   map NAME KEYHEX VALUEHEX          the key's value
 *   dchain NAME INDEX TIME            an allocated index, stamped TIME
 *   lpm NAME PREFIX LENGTH VALUE      a route (PREFIX a dotted IPv4 address; LENGTH, VALUE numbers)
 *   fill NAME TIME                    every free index (emap, dchain) or slot (map) taken by a key
 *                                     no packet carries, stamped TIME: a full table's other entries
 */
#ifndef VIGOR_STATE_H
#define VIGOR_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Loads the state read from in into the objects; false with a message in error (naming the line)
 * when a line cannot be applied. */
bool vig_state_load(FILE *in, char *error, size_t error_size);

#endif /* VIGOR_STATE_H */
