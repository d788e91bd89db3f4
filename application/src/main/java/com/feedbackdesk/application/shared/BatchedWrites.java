package com.feedbackdesk.application.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A projection's writes gathered over the batch of events a tracking processor hands it in one unit
 * of work, and stored together when the batch's last event has been handled: one bulk write a batch
 * instead of one forced write an event. Within the batch a read sees what was gathered.
 *
 * <p>The writes are stored while the last event is handled, not in a commit hook: without a
 * transaction manager the processor stores its token in a prepare-commit hook it registers before
 * the handlers run, so a hook of ours would come after the token, and a crash between the two would
 * lose the batch. Stored while handling, a failed write fails the batch and its token is not
 * stored; the events come again, and the projection's version check makes that harmless. The
 * projection must hand every event of the batch to {@link #endOfEvent()}, its own or not, so that
 * the last one flushes whatever it is. Outside a batching unit of work (a rebuild's fold, a test)
 * every write is stored at once.
 *
 * @param <K> the read model's key
 * @param <V> its document
 */
public final class BatchedWrites<K, V> {

  private final String resource;
  private final Function<K, Optional<V>> load;
  private final Consumer<List<V>> store;
  private final Function<V, K> keyOf;
  private final ToLongFunction<V> versionOf;

  /**
   * @param name what the unit of work keeps the gathered writes under (one per projection)
   * @param load reads one document from the store
   * @param store stores documents, each unless a newer one is stored
   * @param keyOf a document's key
   * @param versionOf the sequence number of the last event folded into a document
   */
  public BatchedWrites(
      String name,
      Function<K, Optional<V>> load,
      Consumer<List<V>> store,
      Function<V, K> keyOf,
      ToLongFunction<V> versionOf) {
    this.resource = BatchedWrites.class.getName() + "/" + name;
    this.load = load;
    this.store = store;
    this.keyOf = keyOf;
    this.versionOf = versionOf;
  }

  /**
   * Folds the {@code sequence}-th event of the document's aggregate into it, unless it holds that
   * event already, and ends the event ({@link #endOfEvent()}).
   *
   * @param fold the document after the event, from the document before it (null for none)
   */
  public void fold(K key, long sequence, UnaryOperator<V> fold) {
    V current = find(key).orElse(null);
    if (current == null || sequence > versionOf.applyAsLong(current)) {
      save(fold.apply(current));
    }
    endOfEvent();
  }

  /** The document as the batch left it, or as stored. */
  public Optional<V> find(K key) {
    Map<K, V> gathered = gathered();
    if (gathered != null && gathered.containsKey(key)) {
      return Optional.of(gathered.get(key));
    }
    return load.apply(key);
  }

  /** Gathers the document for the batch's write, or stores it outside a batch. */
  public void save(V document) {
    Map<K, V> gathered = gathered();
    if (gathered == null) {
      store.accept(List.of(document));
    } else {
      gathered.put(keyOf.apply(document), document);
    }
  }

  /** Called after every event the projection is handed: stores the batch after its last. */
  public void endOfEvent() {
    if (!CurrentUnitOfWork.isStarted()) {
      return;
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
      Map<K, V> gathered = unitOfWork.root().getResource(resource);
      if (gathered != null && !gathered.isEmpty()) {
        store.accept(new ArrayList<>(gathered.values()));
        gathered.clear();
      }
    }
  }

  private Map<K, V> gathered() {
    if (!CurrentUnitOfWork.isStarted()
        || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?>)) {
      return null;
    }
    return CurrentUnitOfWork.get()
        .root()
        .getOrComputeResource(resource, ignored -> new LinkedHashMap<>());
  }
}
