package dev.vigor.app.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.Keyword;
import dev.vigor.rfc.model.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and text of a property written for a requirement. */
class PropertyStubTest {
  private static Requirement requirement(String id, String sentence) {
    SourceLocation at = SourceLocation.of("/rfcs/rfc9911.txt", 42, 4);
    return new Requirement(id, Keyword.MUST_NOT, sentence, "4.1", at, at);
  }

  @Test
  void namesComeFromTheIdAndAreIdentifiers() {
    assertEquals("rfc9911_4_1_2", PropertyStub.suggestedName(requirement("rfc9911#4.1-2", "x")));
    assertEquals("draft_ietf_foo_abstract_1",
        PropertyStub.suggestedName(requirement("draft-ietf-foo#abstract-1", "x")));
    assertEquals("req_802_1d_learn_1", PropertyStub.suggestedName(requirement("802.1d#learn-1", "x")));
    assertNull(PropertyStub.nameProblem("nat_outbound"));
    assertNotNull(PropertyStub.nameProblem(""));
    assertNotNull(PropertyStub.nameProblem("2fast"));
    assertNotNull(PropertyStub.nameProblem("../evil"));
  }

  @Test
  void textHasTheAnnotationTheSentenceTheImportAndPass() {
    String sentence = "A frame addressed to a station noted on its own arrival port MUST NOT be delivered"
        + " anywhere, whatever else the bridge may have learned about the station in the meantime.";
    String text = PropertyStub.text("own_port", requirement("rfc9911#4.1-2", sentence), List.of("dyn_macs", "dyn_ports"));
    assertTrue(text.startsWith("# Property own_port: MUST NOT requirement rfc9911#4.1-2\n# covers: rfc9911#4.1-2\n"), text);
    assertTrue(text.contains("# The requirement (rfc9911.txt:42):\n#   A frame addressed"), text);
    // The NF's state as an import to copy, commented out: imported and never mentioned, an
    // object is still compared at the end, so the stub imports nothing itself.
    assertTrue(text.contains("\n# from state import dyn_macs, dyn_ports\n"), text);
    assertTrue(text.lines().noneMatch(l -> l.startsWith("from state import")), text);
    assertTrue(text.endsWith("\npass\n"), text);
    assertTrue(text.lines().allMatch(l -> l.length() <= 100), "long line in\n" + text);
    assertEquals(sentence, text.lines().filter(l -> l.startsWith("#   ")).map(l -> l.substring(4))
        .reduce((a, b) -> a + " " + b).orElseThrow());
  }
}
