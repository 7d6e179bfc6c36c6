package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An NF that rewrites packets meets a spec that names what it rewrites, and nothing more: a port
 * redirect that updates the checksum is proved against a spec naming the port and saying
 * {@code cksum=...}; the same NF also zeroing the TCP sequence number is violated, the replayed
 * counterexample naming that field; and a spec that does not let the checksum change is
 * violated too.
 */
class PacketRewriteValidationTest {
  static final Path REDIRECT = Path.of("src/test/resources/validate/redirect");
  @TempDir Path tmp;

  /** A copy of the NF with {@code find} replaced in {@code file}. */
  Path variant(String file, String find, String replace) throws Exception {
    return SmallNf.variant(REDIRECT, tmp, file, find, replace);
  }

  static Verification.SpecResult verify(Path dir) throws Exception {
    return SmallNf.verify(dir);
  }

  static List<Counterexample> counterexamples(Verification.SpecResult s) {
    return SmallNf.counterexamples(s);
  }

  @Test
  void redirectWithItsChecksumUpdatedIsProved() throws Exception {
    Verification.SpecResult s = verify(REDIRECT);
    assertFalse(s.traces().isEmpty());
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  @Test
  void zeroingTheSequenceNumberTooIsViolatedAtThatField() throws Exception {
    Verification.SpecResult s = verify(variant("redirect.c",
        "      tcp->cksum = nf_checksum_update16(tcp->cksum, old_port, new_port);\n",
        "      tcp->cksum = nf_checksum_update16(tcp->cksum, old_port, new_port);\n"
            + "      tcp->sent_seq = 0;\n"));
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    List<Counterexample> cs = counterexamples(s);
    assertFalse(cs.isEmpty());
    for (Counterexample c : cs) {
      assertTrue(c.nfOutcome().contains("packet rewritten"), c.nfOutcome());
      assertTrue(c.specOutcome().contains("(tcp seq (byte "), c.specOutcome());
      assertTrue(c.specOutcome().contains("the spec does not name it"), c.specOutcome());
      assertTrue(c.specLine().contains("spec.py:7:"), c.specLine());
    }
  }

  @Test
  void aSpecThatKeepsTheChecksumIsViolatedByTheUpdate() throws Exception {
    Verification.SpecResult s = verify(variant("spec.py", ", cksum=...", ""));
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    for (Counterexample c : counterexamples(s)) {
      assertTrue(c.specOutcome().contains("tcpudp cksum is "), c.specOutcome());
      assertTrue(c.specOutcome().contains("the spec requires"), c.specOutcome());
    }
  }
}
