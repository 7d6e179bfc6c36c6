package dev.vigor.engine.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A member's answer to one {@link ValidationTask}, signed with the secret and bound to the task
 * (run and positions), so the coordinator believes only answers of members holding the secret.
 *
 * @param status ok (results holds, per position in the task's order, the trace results as
 *     {@link dev.vigor.engine.cache.TraceResultCodec} JSON), refused (this member must not do
 *     the run's work: another engine, another secret, other headers), or failed (it could not)
 * @param message why, for refused and failed
 */
public record TaskAnswer(String status, String message, List<String> results) {
  static final String OK = "ok";
  static final String REFUSED = "refused";
  static final String FAILED = "failed";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public TaskAnswer {
    results = results == null ? List.of() : List.copyOf(results);
  }

  static TaskAnswer ok(List<String> results) {
    return new TaskAnswer(OK, "", results);
  }

  static TaskAnswer refused(String why) {
    return new TaskAnswer(REFUSED, why, List.of());
  }

  static TaskAnswer failed(String why) {
    return new TaskAnswer(FAILED, why, List.of());
  }

  /** The answer as the task returns it: the MAC, a newline, the JSON body. */
  String sign(ClusterSecret secret, ValidationTask task) {
    String body;
    try {
      body = MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return secret.sign(task.answerParts(body)) + "\n" + body;
  }

  /**
   * The answer to task in text, if its MAC holds under secret; IllegalArgumentException (saying
   * so) when it does not or the text is not an answer.
   */
  static TaskAnswer read(String text, ClusterSecret secret, ValidationTask task) {
    int nl = text == null ? -1 : text.indexOf('\n');
    if (nl < 0) {
      throw new IllegalArgumentException("the member's answer is not a vigor answer");
    }
    String body = text.substring(nl + 1);
    if (!secret.verify(text.substring(0, nl), task.answerParts(body))) {
      throw new IllegalArgumentException("the member's answer is not signed with this cluster's"
          + " secret");
    }
    try {
      return MAPPER.readValue(body, TaskAnswer.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the member's answer cannot be read: " + e.getMessage());
    }
  }
}
