package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The libvig layer must catch a bug planted in libVig's C (the same one-line bugs the C
 * differential test is held to, and an out-of-bounds one of the paper's Table 4), each on the
 * structure it is in; and prove each structure unmutated (a "proved" is worth something only
 * next to these).
 */
class LibvigLayerMutantsTest {
  static final int EMAP = 0;
  static final int DCHAIN = 1;
  static final int MAP = 2;
  static final int VECTOR = 3;
  static final int LPM = 4;
  static final int CHT = 5;

  static Stream<Arguments> mutants() {
    return Stream.of(
        Arguments.of("dchain expires the stamp at the cutoff (< became <=)", DCHAIN,
            "libvig/src/c/chain.c", "c->time[c->oldest - 1] < older_than",
            "c->time[c->oldest - 1] <= older_than"),
        Arguments.of("the chain unlinks into the neighbour's link (off by one)", DCHAIN,
            "libvig/src/c/chain.c", "c->next[p - 1] = n;", "c->next[p] = n;"),
        Arguments.of("the lowest-free scan skips bit 0 of each word", DCHAIN,
            "libvig/src/c/bits.c", "for (int bit = 0;", "for (int bit = 1;"),
        Arguments.of("dchain_allocate misses that the chain is full (index out of bounds)", DCHAIN,
            "libvig/src/c/dchain.c", "if (d->chain.used.count == c->capacity) {",
            "if (d->chain.used.count > c->capacity) {"),
        Arguments.of("emap_erase leaves the key in its bucket (a stale index)", EMAP,
            "libvig/src/c/emap.c", "  vig_keys_remove(&e->keys, index);\n", ""),
        Arguments.of("emap_erase forgets to free the index", EMAP, "libvig/src/c/emap.c",
            "  vig_chain_free(&e->chain, index);\n", ""),
        Arguments.of("emap_expire erases at the cutoff", EMAP, "libvig/src/c/chain.c",
            "c->time[c->oldest - 1] < older_than", "c->time[c->oldest - 1] <= older_than"),
        Arguments.of("map_erase leaks its slot", MAP, "libvig/src/c/map.c",
            "  vig_bits_clear(&x->used, slot);\n", ""),
        Arguments.of("map_put overwrites another key's value", MAP, "libvig/src/c/map.c",
            "vig_bytes_copy(value_at(m, slot), value, m->value_size);",
            "vig_bytes_copy(value_at(m, 0), value, m->value_size);"),
        Arguments.of("vector_return leaves the index lent", VECTOR, "libvig/src/c/vector.c",
            "x->borrowed[index] = 0; /*", "x->borrowed[index] = 1; /*"),
        Arguments.of("lpm picks the shortest matching prefix", LPM, "libvig/src/c/lpm.c",
            "x->length[i] > x->length[best]", "x->length[i] < x->length[best]"),
        Arguments.of("cht permutation shifted by one step", CHT, "libvig/src/c/cht.c",
            "(int64_t)j * x->skip[backend]", "(int64_t)(j + 1) * x->skip[backend]"),
        Arguments.of("cht offset from h2 instead of h1", CHT, "libvig/src/c/cht.c",
            "vig_hash(name, 4) % (uint32_t)c->height", "vig_hash(name, 5) % (uint32_t)c->height"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void caught(String bug, int structure, String file, String from, String to, @TempDir Path dir)
      throws Exception {
    Path include = LayerCheckout.withChange(dir, file, from, to);
    LayerResult r = StackVerification.verify("libvig", include, 1, 0, CancelToken.none(),
        Map.of("LIBVIG_STRUCTURE", Integer.toString(structure)));
    assertFalse(r.findings().isEmpty(), bug + ": not caught");
    LayerFinding f = r.findings().get(0);
    assertTrue(f.failed(), bug + ": " + f.message());
    assertFalse(f.cSteps().isEmpty(), bug + ": no C trace");
  }

  static Stream<Arguments> structures() {
    return Stream.of(Arguments.of("emap", EMAP), Arguments.of("dchain", DCHAIN),
        Arguments.of("map", MAP), Arguments.of("vector", VECTOR), Arguments.of("lpm", LPM),
        Arguments.of("cht", CHT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structures")
  void provedUnmutated(String name, int structure) throws Exception {
    LayerResult r = StackVerification.verify("libvig", IoLayerTest.include(), 1, 0,
        CancelToken.none(), Map.of("LIBVIG_STRUCTURE", Integer.toString(structure)));
    assertEquals(java.util.List.of(), r.findings(), name);
    assertTrue(r.paths() > 0, name);
  }

  /**
   * An index one past a carved array names that array by the line that carved it: every piece
   * comes from the memory model's one vig_zeroed, whose line would say nothing.
   */
  @org.junit.jupiter.api.Test
  void anAccessPastACarvedArrayNamesWhereItWasCarved(@TempDir Path dir) throws Exception {
    Path include = LayerCheckout.withChange(dir, "libvig/src/c/chain.c", "c->next[p - 1] = n;",
        "c->next[p] = n;");
    LayerResult r = StackVerification.verify("libvig", include, 1, 0, CancelToken.none(),
        Map.of("LIBVIG_STRUCTURE", Integer.toString(DCHAIN)));
    LayerFinding f = r.findings().stream().filter(x -> x.check().equals("REGION_BOUNDS"))
        .findFirst().orElseThrow(() -> new AssertionError("no out-of-bounds finding: " + r.findings()));
    assertTrue(f.message().contains("memory from vig_carve called at libvig/src/c/chain.c:12"),
        f.message());
  }

  /** A layer remembered per engine run is verified again once one of its files changes. */
  @org.junit.jupiter.api.Test
  void aRememberedResultIsNotReusedAfterAnEdit(@TempDir Path dir) throws Exception {
    Path include = LayerCheckout.withChange(dir, "libvig/src/c/chain.c", "older_than", "older_than");
    Map<String, String> dchain = Map.of("LIBVIG_STRUCTURE", Integer.toString(DCHAIN));
    LayerResult first = StackVerification.verify("libvig", include, 1, 0, CancelToken.none(), dchain);
    assertEquals(java.util.List.of(), first.findings());
    assertTrue(first == StackVerification.verify("libvig", include, 1, 0, CancelToken.none(), dchain),
        "the same sources: the remembered result");
    Path chain = dir.resolve("libvig/src/c/chain.c");
    java.nio.file.Files.writeString(chain, java.nio.file.Files.readString(chain).replace(
        "c->time[c->oldest - 1] < older_than", "c->time[c->oldest - 1] <= older_than"));
    LayerResult edited = StackVerification.verify("libvig", include, 1, 0, CancelToken.none(), dchain);
    assertFalse(edited.findings().isEmpty(), "the edit was not verified");
  }
}
