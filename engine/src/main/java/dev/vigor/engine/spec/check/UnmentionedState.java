package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.ir.Spec;

/**
 * Warns about a state object imported but never mentioned by the spec or the properties it
 * includes: its whole final state is still compared at the end of every path that does not pass,
 * so the spec silently demands that the NF leave it unchanged (an unused import once made an
 * obvious property fail on 18 of 19 traces, decided at the end of the spec). A {@code # unchanged}
 * comment on the import line says that is meant.
 */
final class UnmentionedState {
  private UnmentionedState() {}

  static void warn(CheckSession session) {
    for (Spec.StateObject object : session.stateObjects.values()) {
      if (!session.mentionedSomewhere.contains(object.name())) {
        session.warning(object.importedAt(), object.name() + " is imported but never mentioned: its whole"
            + " final state is still compared at the end of every path that does not pass, so this demands"
            + " that the NF leave " + object.name() + " unchanged; remove it from the import, or end the import"
            + " line with '# unchanged' if that is what you mean");
      }
    }
  }
}
