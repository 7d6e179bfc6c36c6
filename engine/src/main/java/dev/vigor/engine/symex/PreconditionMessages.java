package dev.vigor.engine.symex;

import java.util.Map;

/** What breaking each libVig operation's precondition means, in the header's words. */
final class PreconditionMessages {
  private PreconditionMessages() {}

  private static final Map<String, String> MESSAGES = Map.ofEntries(
      Map.entry("emap_add", "emap_add of a key that is already present (look it up with emap_get first)"),
      Map.entry("emap_refresh", "emap_refresh of an index that is not allocated or out of range"),
      Map.entry("emap_erase", "emap_erase of a key that is not present"),
      Map.entry("emap_has_index", "emap_has_index of an index outside 0..capacity-1"),
      Map.entry("emap_get_key", "emap_get_key of an index that is not allocated or out of range"),
      Map.entry("vector_borrow", "vector_borrow of an index outside 0..capacity-1 or already borrowed"),
      Map.entry("vector_return", "vector_return of an index that is not borrowed or out of range, or of an element breaking the vector's bound"),
      Map.entry("vector_get", "vector_get of an index outside 0..capacity-1"),
      Map.entry("vector_set", "vector_set of an index outside 0..capacity-1, or of an element breaking the vector's bound"),
      Map.entry("map_put", "map_put of a new key into a full map, or of a value breaking the map's bound"),
      Map.entry("map_erase", "map_erase of a key that is not present"),
      Map.entry("dchain_rejuvenate", "dchain_rejuvenate of an index that is not allocated"),
      Map.entry("dchain_is_allocated", "dchain_is_allocated of an index outside 0..capacity-1"),
      Map.entry("dchain_free", "dchain_free of an index that is not allocated"));

  /** Calls that store an element, and so must keep the object's declared bound (its invariant). */
  static final java.util.Set<String> STORES = java.util.Set.of("vector_set", "vector_return", "map_put");

  /** What storing an element that breaks o's declared bound means, naming the bound and where it is. */
  static String bound(String function, dev.vigor.engine.ir.LibVigObject o) {
    return function + " stores an element of " + o.name() + " that breaks its declared invariant `"
        + new dev.vigor.engine.exec.CRender(null).render(o.bound()) + "` (" + o.loc().file() + ":"
        + o.loc().line() + ")";
  }

  /**
   * What to do about an index out of range: the index is most often read from a table, where it
   * can be any value its type holds unless the table says otherwise.
   */
  private static final String INDEX_HINT = "; check the index against the capacity first or,"
      + " when it was read from a table, declare the range of what the table stores"
      + " (VIG_MAP_BOUNDED / VIG_VECTOR_BOUNDED, e.g. `index < CAPACITY`)";

  static String of(String function) {
    String m = MESSAGES.getOrDefault(function, function + "'s precondition can be broken here");
    return m.contains("outside 0..capacity-1") || m.contains("out of range") ? m + INDEX_HINT : m;
  }
}
