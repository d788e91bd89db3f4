package com.feedbackdesk.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

/** A batch's writes are gathered and stored once, while its last event is handled. */
class BatchedWritesTest {

  /** A document: a key, and the sequence number of the last event folded into it. */
  record Doc(String key, long version, String text) {}

  private final Map<String, Doc> stored = new HashMap<>();
  private final List<List<Doc>> bulkWrites = new ArrayList<>();
  private final BatchedWrites<String, Doc> writes =
      new BatchedWrites<>(
          "test",
          key -> Optional.ofNullable(stored.get(key)),
          batch -> {
            bulkWrites.add(List.copyOf(batch));
            batch.forEach(
                doc -> stored.merge(doc.key(), doc, (a, b) -> b.version() > a.version() ? b : a));
          },
          Doc::key,
          Doc::version);

  private void fold(String key, long sequence) {
    writes.fold(
        key,
        sequence,
        current -> new Doc(key, sequence, (current == null ? "" : current.text()) + sequence));
  }

  @Test
  void aBatchIsStoredInOneWriteAfterItsLastEventAndReadsSeeWhatItGathered() {
    List<EventMessage<?>> batch =
        List.of(
            GenericEventMessage.asEventMessage("a0"),
            GenericEventMessage.asEventMessage("a1"),
            GenericEventMessage.asEventMessage("b0"),
            GenericEventMessage.asEventMessage("something else"));
    List<Integer> writesSeenDuringTheBatch = new ArrayList<>();
    BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);

    unitOfWork.execute(
        () -> {
          String payload = (String) unitOfWork.getMessage().getPayload();
          if (payload.length() == 2) {
            fold(payload.substring(0, 1), payload.charAt(1) - '0');
          } else {
            writes.endOfEvent(); // the batch ends with an event the projection does not fold
          }
          writesSeenDuringTheBatch.add(bulkWrites.size());
        });

    assertThat(writesSeenDuringTheBatch).containsExactly(0, 0, 0, 1);
    assertThat(bulkWrites).hasSize(1);
    assertThat(bulkWrites.get(0)).extracting(Doc::key).containsExactly("a", "b");
    assertThat(stored.get("a")).isEqualTo(new Doc("a", 1, "01"));
    assertThat(stored.get("b")).isEqualTo(new Doc("b", 0, "0"));
  }

  @Test
  void anEventFoldedAlreadyIsNotFoldedAgain() {
    stored.put("a", new Doc("a", 5, "stored"));

    fold("a", 3);
    fold("a", 5);

    assertThat(bulkWrites).isEmpty();
    assertThat(stored.get("a").text()).isEqualTo("stored");
  }

  @Test
  void outsideABatchEveryWriteIsStoredAtOnce() {
    fold("a", 0);
    fold("a", 1);

    assertThat(bulkWrites).hasSize(2);
    assertThat(stored.get("a")).isEqualTo(new Doc("a", 1, "01"));
  }
}
