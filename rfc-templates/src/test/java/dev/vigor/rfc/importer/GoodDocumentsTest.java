package dev.vigor.rfc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.rfc.model.Keyword;
import dev.vigor.rfc.model.Level;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five RFC-format documents written for these tests (invented text about NF behaviours), each
 * with its section tree, requirement ids and keyword counts known exactly.
 */
class GoodDocumentsTest {

  @Test
  void packetRelay() throws Exception {
    RfcDocument doc = TestDocs.good("packet-relay.txt");
    assertEquals("rfc9901", doc.id());
    assertEquals("Traditional Packet Relay", doc.title());
    assertEquals(
        """
        Abstract
        Status of This Memo
        1 Introduction
          1.1 Requirements Language
        2 Relay Operation
          2.1 Inside to Outside
          2.2 Outside to Inside
            2.2.1 Unknown Flows
        3 Security Considerations
        A Examples
          A.1 A Relayed Exchange
        Author's Address
        """,
        TestDocs.outline(doc.root()));
    assertEquals(
        """
        rfc9901#2-1 MUST
        rfc9901#2-2 SHOULD
        rfc9901#2-3 MAY
        rfc9901#2.1-1 MUST
        rfc9901#2.1-2 MUST NOT
        rfc9901#2.1-3 SHOULD NOT
        rfc9901#2.2-1 MUST
        rfc9901#2.2-2 NOT RECOMMENDED
        rfc9901#2.2.1-1 MUST
        rfc9901#2.2.1-2 MUST
        rfc9901#3-1 SHOULD
        """,
        TestDocs.requirementList(doc));
    assertEquals(
        counts(Keyword.MUST, 5, Keyword.MUST_NOT, 1, Keyword.SHOULD, 2, Keyword.SHOULD_NOT, 1,
            Keyword.NOT_RECOMMENDED, 1, Keyword.MAY, 1),
        doc.countsByKeyword());
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @Test
  void relaySentencesLocationsAndPageJoin() throws Exception {
    RfcDocument doc = TestDocs.good("packet-relay.txt");
    Requirement notChange = doc.requirement("rfc9901#2.1-2").orElseThrow();
    assertEquals("The relay MUST NOT change the destination address.", notChange.sentence());
    assertEquals(62, notChange.location().line());
    assertEquals(37, notChange.location().column());
    assertEquals(62, notChange.keywordLocation().line());
    assertEquals(47, notChange.keywordLocation().column());
    assertEquals(8, notChange.keywordLocation().length());
    // "192.0.2.1." ends the sentence; "Section 2.2. and" does not.
    assertTrue(doc.requirement("rfc9901#2.1-1").orElseThrow().sentence().endsWith("for example 192.0.2.1."));
    assertEquals(
        "It SHOULD NOT change the IP identification field, as described in Section 2.2. and below.",
        doc.requirement("rfc9901#2.1-3").orElseThrow().sentence());
    // "i.e." and "etc." do not end sentences.
    assertEquals(
        "The relay MUST keep one entry per flow, i.e. per pair of inside address and port.",
        doc.requirement("rfc9901#2-1").orElseThrow().sentence());
    assertEquals(
        "Operators SHOULD review the idle timeout etc. before deployment.",
        doc.requirement("rfc9901#3-1").orElseThrow().sentence());
    // The sentence split by the page break is whole, with header and footer gone.
    assertEquals(
        "Reporting such drops to the operator is OPTIONAL; a report, where one is made, MUST name"
            + " the outside source address and the time of arrival.",
        doc.requirement("rfc9901#2.2.1-2").orElseThrow().sentence());
    Section unknown = doc.root().find("2.2.1").orElseThrow();
    assertEquals(1, unknown.paragraphs().size());
    assertEquals(79, unknown.line());
    assertTrue(unknown.paragraphs().get(0).text().endsWith("the time of arrival."));
    // The strongest keyword wins: MUST over SHALL NOT, first of the family.
    assertEquals(Level.MUST, doc.requirement("rfc9901#2.2.1-1").orElseThrow().level());
  }

  @Test
  void learningBridgeDraftWithWindowsLineEndings() throws Exception {
    byte[] bytes = TestDocs.bytes("good/learning-bridge.txt");
    assertTrue(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).contains("\r\n"));
    RfcDocument doc = TestDocs.good("learning-bridge.txt");
    assertEquals("draft-example-vigor-bridge", doc.id());
    assertEquals("Learning Bridge Forwarding", doc.title());
    assertEquals(
        """
        Abstract
        1 Introduction
        2 Terminology
        3 Learning
        4 Forwarding
          4.1 Frames for Known Destinations Received on the Port They Were Learned On
          4.2 Unknown Destinations
        Author's Address
        """,
        TestDocs.outline(doc.root()));
    assertEquals(
        """
        draft-example-vigor-bridge#3-1 MUST
        draft-example-vigor-bridge#3-2 MAY
        draft-example-vigor-bridge#3-3 MUST
        draft-example-vigor-bridge#3-4 SHOULD
        draft-example-vigor-bridge#4.1-1 MUST
        draft-example-vigor-bridge#4.1-2 MUST
        draft-example-vigor-bridge#4.2-1 SHALL
        draft-example-vigor-bridge#4.2-2 NOT RECOMMENDED
        """,
        TestDocs.requirementList(doc));
    assertEquals(
        "an entry older than the ageing time MUST be removed;",
        doc.requirement("draft-example-vigor-bridge#3-3").orElseThrow().sentence());
    assertEquals(4, doc.root().find("3").orElseThrow().paragraphs().size());
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @Test
  void statefulFilterWithFormFeedsOnHeaderLines() throws Exception {
    RfcDocument doc = TestDocs.good("stateful-filter.txt");
    assertEquals("rfc9902", doc.id());
    assertEquals(
        """
        Status of This Memo
        Copyright Notice
        1 Introduction
        2 Conventions
        3 Filtering Rules
          3.1 Outbound Packets
          3.2 Inbound Packets
        4 Timers
        """,
        TestDocs.outline(doc.root()));
    assertEquals(
        """
        rfc9902#3.1-1 MUST
        rfc9902#3.1-2 MUST NOT
        rfc9902#3.2-1 MUST
        rfc9902#3.2-2 MUST
        rfc9902#3.2-3 RECOMMENDED
        rfc9902#4-1 SHALL
        rfc9902#4-2 SHOULD
        rfc9902#4-3 NOT RECOMMENDED
        rfc9902#4-4 OPTIONAL
        """,
        TestDocs.requirementList(doc));
    // MUST at the end of one line and NOT at the start of the next are one keyword.
    Requirement split = doc.requirement("rfc9902#3.1-2").orElseThrow();
    assertEquals(
        "A filter that cannot record the flow because its table is full MUST NOT forward the packet.",
        split.sentence());
    assertEquals(0, split.keywordLocation().length());
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @Test
  void consistentHashWithAppendicesAndHyphenation() throws Exception {
    RfcDocument doc = TestDocs.good("consistent-hash-lb.txt");
    assertEquals("rfc9903", doc.id());
    assertEquals(
        """
        Abstract
        1 Introduction
        2 Requirements Language
        3 Balancing
          3.1 Flow Table
            3.1.1 Flow Expiry
            3.1.2 Full Table
          3.2 Back-end Selection
        A Lookup Table Size
        B Worked Example
          B.1 Three Back-ends
        """,
        TestDocs.outline(doc.root()));
    assertEquals(
        """
        rfc9903#3-1 REQUIRED
        rfc9903#3-2 SHALL
        rfc9903#3.1-1 MUST
        rfc9903#3.1.1-1 MUST
        rfc9903#3.1.2-1 MUST
        rfc9903#3.2-1 MUST
        rfc9903#3.2-2 SHALL NOT
        rfc9903#3.2-3 NOT RECOMMENDED
        rfc9903#A-1 SHOULD
        rfc9903#B.1-1 MAY
        """,
        TestDocs.requirementList(doc));
    assertTrue(
        doc.requirement("rfc9903#3.1.1-1").orElseThrow().sentence().endsWith("whose heart-beats stop."));
    assertTrue(
        doc.requirement("rfc9903#B.1-1").orElseThrow().sentence().startsWith("With back-ends 10.1.0.1, 10.1.0.2 and"));
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @Test
  void tokenBucketWithDottedLeaderToc() throws Exception {
    RfcDocument doc = TestDocs.good("token-bucket-policing.txt");
    assertEquals("rfc9904", doc.id());
    assertEquals(
        """
        Abstract
        1 Introduction
        2 Terminology
        3 Policing
          3.1 Bucket State
          3.2 Conforming Packets
          3.3 Exceeding Packets
        4 Configuration
        """,
        TestDocs.outline(doc.root()));
    assertEquals(
        counts(Keyword.MUST, 6, Keyword.SHOULD, 1, Keyword.RECOMMENDED, 1, Keyword.MAY, 1,
            Keyword.OPTIONAL, 1),
        doc.countsByKeyword());
    assertEquals(
        "When the bucket table is full, the packet of a new address MUST be dropped; forwarding it"
            + " without a bucket is NOT RECOMMENDED, because the bucket table would then give no"
            + " protection at all.",
        doc.requirement("rfc9904#3.1-4").orElseThrow().sentence());
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @Test
  void oldStyleWithoutFormFeedsOrDotsAfterNumbers() throws Exception {
    RfcDocument doc = TestDocs.good("flow-sampling.txt");
    assertEquals("rfc9905", doc.id());
    assertEquals("Flow Sampling at Line Rate", doc.title());
    assertEquals(
        """
        Status of this Memo
        1 Introduction
        2 Sampling
          2.1 Packet Selection
          2.2 Sample Export
        3 References
        """,
        TestDocs.outline(doc.root()));
    // The RFC 2119 citation with quoted keywords is boilerplate; "should" is English.
    assertEquals(
        """
        rfc9905#2.1-1 MUST
        rfc9905#2.1-2 SHALL
        rfc9905#2.2-1 MUST
        rfc9905#2.2-2 SHOULD NOT
        """,
        TestDocs.requirementList(doc));
    // Headers found without form feeds: the page-2 header is not text of section 1.
    assertEquals(1, doc.root().find("1").orElseThrow().paragraphs().size());
    assertEquals(java.util.List.of(), doc.warnings());
  }

  private static Map<Keyword, Integer> counts(Object... pairs) {
    Map<Keyword, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Keyword) pairs[i], (Integer) pairs[i + 1]);
    }
    return m;
  }
}
