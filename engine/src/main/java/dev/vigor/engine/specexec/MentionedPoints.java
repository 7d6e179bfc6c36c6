package dev.vigor.engine.specexec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The keys (bit-vectors) and indices (numbers) a spec path applies to one state object. */
public record MentionedPoints<I, W>(List<W> keys, List<I> indices) {
  public MentionedPoints {
    keys = List.copyOf(new LinkedHashSet<>(keys));
    indices = List.copyOf(new LinkedHashSet<>(indices));
  }

  static <I, W> MentionedPoints<I, W> none() {
    return new MentionedPoints<>(List.of(), List.of());
  }

  MentionedPoints<I, W> withKey(W key) {
    List<W> k = new ArrayList<>(keys);
    k.add(key);
    return new MentionedPoints<>(k, indices);
  }

  MentionedPoints<I, W> withIndex(I index) {
    List<I> i = new ArrayList<>(indices);
    i.add(index);
    return new MentionedPoints<>(keys, i);
  }
}
