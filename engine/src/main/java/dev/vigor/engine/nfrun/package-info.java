/**
 * Running an NF as a real binary ({@code vigor run}): the gcc build of the NF with libVig in C and
 * nfos/io's Linux back end, capture files, generated test traffic, and the check of every packet
 * the binary processed against the spec's concrete interpreter.
 */
package dev.vigor.engine.nfrun;
