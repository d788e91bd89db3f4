package com.feedbackdesk.adapters.out.eventstore;

import com.feedbackdesk.adapters.out.mongo.MongoCollections;
import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

/**
 * Axon's event storage on MongoDB in which every hot read is a lookup by a unique key or a range of
 * the primary key, so it is as fast on the embedded server (which serves only unique indexes) as on
 * a real MongoDB, and does not slow down as the store grows. The design and the indexes a real
 * MongoDB needs: docs/adr/0011.
 *
 * <ul>
 *   <li><b>Appends</b>: the events of a unit of work go into one commit document (see {@link
 *       EventCommits}), stored at once or not at all. Its global positions come from one counter
 *       ({@link GlobalPositions}). The unique {@code keys} index (aggregate id / sequence number)
 *       refuses a second event at the same place in an aggregate's stream: a {@code
 *       ConcurrencyException}, or an {@code AggregateStreamCreationException} for the first event.
 *   <li><b>An aggregate's stream</b>: the commits that start one of its next events, {@code starts
 *       $in [id/n, id/n+1, …]}, in growing batches; reading from inside a commit (after a snapshot)
 *       costs one lookup more, {@code keys: id/n}.
 *   <li><b>The global stream</b>: the commits starting in the next {@code batchSize} positions, a
 *       range of {@code _id} (the primary key), and the commits holding the token's gaps, {@code
 *       positions $in [gaps…]}. Tracking follows Axon's gap-aware semantics: a position handed out
 *       but not (yet) stored is remembered as a gap, re-read with every batch, and delivered when
 *       its commit arrives; gaps are forgotten once the allocations after them are older than the
 *       gap timeout by the database server's clock (never an instance's), or once they lie more
 *       than {@code maxGapOffset} positions behind. A run of missing positions (failed appends) is
 *       crossed by reading on, window by window, up to the head. A stream reads one batch ahead of
 *       its consumer until it reaches the head, so that a processor catching up handles a batch
 *       while the next one is fetched.
 *   <li><b>Snapshots</b>: one per aggregate, the latest, by aggregate id.
 *   <li><b>Tokens</b>: at the head (the counter, with positions still in flight as gaps), at the
 *       tail, and at a point in time (binary search over positions by key lookups).
 * </ul>
 *
 * Events are read through Axon's serializer and upcaster chain like with any other engine.
 */
public final class MongoCommitEventStorageEngine extends BatchingEventStorageEngine {

  public static final String EVENTS_COLLECTION = "events";
  public static final String SNAPSHOTS_COLLECTION = "snapshots";
  static final String POSITION_INDEX = "global_position";
  static final String AGGREGATE_INDEX = "aggregate_sequence";
  static final String AGGREGATE_START_INDEX = "aggregate_commit_start";

  private static final int MAX_POSITION_ATTEMPTS = 10;
  private static final int POSITIONS_PER_QUERY = 200;
  private static final int FIRST_AGGREGATE_BATCH = 64;
  private static final int MAX_AGGREGATE_BATCH = 1024;
  private static final int HEAD_GAP_WINDOW = 256;
  private static final AtomicInteger READ_AHEAD_THREAD_COUNT = new AtomicInteger();

  /** Threads that fetch the global stream's next batches; they end after a minute idle. */
  private static final ThreadFactory READ_AHEAD_THREADS =
      runnable -> {
        Thread thread =
            new Thread(
                runnable, "event-stream-read-ahead-" + READ_AHEAD_THREAD_COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };

  private final MongoCollection<Document> commits;
  private final MongoCollection<Document> snapshots;
  private final GlobalPositions positions;
  private final Duration gapTimeout;
  private final int maxGapOffset;
  private final int gapCleaningThreshold;
  private final ExecutorService readAheadThreads;

  private MongoCommitEventStorageEngine(Builder builder) {
    super(builder);
    this.commits = MongoCollections.ensure(builder.database, EVENTS_COLLECTION);
    this.snapshots = MongoCollections.ensure(builder.database, SNAPSHOTS_COLLECTION);
    this.positions = new GlobalPositions(builder.database);
    this.gapTimeout = builder.gapTimeout;
    this.maxGapOffset = builder.maxGapOffset;
    this.gapCleaningThreshold = builder.gapCleaningThreshold;
    this.readAheadThreads = Executors.newCachedThreadPool(READ_AHEAD_THREADS);
    commits.createIndex(
        Indexes.ascending(EventCommits.POSITIONS),
        new IndexOptions().name(POSITION_INDEX).unique(true));
    commits.createIndex(
        Indexes.ascending(EventCommits.KEYS),
        new IndexOptions().name(AGGREGATE_INDEX).unique(true).sparse(true));
    commits.createIndex(
        Indexes.ascending(EventCommits.STARTS),
        new IndexOptions().name(AGGREGATE_START_INDEX).unique(true).sparse(true));
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- appending ----

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      return;
    }
    List<Document> serialized = EventCommits.serialize(events, serializer);
    for (int attempt = 1; ; attempt++) {
      try {
        GlobalPositions.Allocation allocation = positions.allocate(serialized.size());
        commits.insertOne(
            EventCommits.commit(allocation.first(), allocation.earlierBy(), serialized));
        return;
      } catch (MongoException e) {
        if (isPositionTaken(e) && attempt < MAX_POSITION_ATTEMPTS) {
          // the counter fell behind (an increment lost in a fail-over): take the next positions
          continue;
        }
        handlePersistenceException(e, firstDomainEventOrFirst(events));
      }
    }
  }

  private static boolean isPositionTaken(MongoException e) {
    return MongoCollections.isDuplicateKeyOn(e, MongoCollections.ID_INDEX)
        || MongoCollections.isDuplicateKeyOn(e, POSITION_INDEX);
  }

  private static EventMessage<?> firstDomainEventOrFirst(List<? extends EventMessage<?>> events) {
    for (EventMessage<?> event : events) {
      if (event instanceof DomainEventMessage) {
        return event;
      }
    }
    return events.get(0);
  }

  /** Whether the failure is a second event at a place in an aggregate's stream already taken. */
  static boolean isAggregateConflict(Exception e) {
    // a commit's first key per aggregate is in both indexes; either may be the one reported
    return e instanceof MongoException mongo
        && (MongoCollections.isDuplicateKeyOn(mongo, AGGREGATE_INDEX)
            || MongoCollections.isDuplicateKeyOn(mongo, AGGREGATE_START_INDEX));
  }

  @Override
  protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    Document event = EventCommits.serialize(List.of(snapshot), serializer).get(0);
    Document stored =
        new Document("_id", snapshot.getAggregateIdentifier())
            .append("sequenceNumber", snapshot.getSequenceNumber())
            .append("snapshot", event);
    try {
      snapshots.replaceOne(
          Filters.and(
              Filters.eq("_id", snapshot.getAggregateIdentifier()),
              Filters.lt("sequenceNumber", snapshot.getSequenceNumber())),
          stored,
          new ReplaceOptions().upsert(true));
    } catch (MongoWriteException e) {
      if (!MongoCollections.isDuplicateKey(e)) {
        throw e; // otherwise a newer snapshot is stored already
      }
    }
  }

  // ---- one aggregate ----

  @Override
  protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
    Document stored =
        unlessUnreadable(
            aggregateIdentifier,
            () -> snapshots.find(Filters.eq("_id", aggregateIdentifier)).first());
    return stored == null
        ? Stream.empty()
        : Stream.of(EventCommits.eventData(stored.get("snapshot", Document.class)));
  }

  /**
   * Reads the aggregate's stream in batches that double from 64 to 1024 sequence numbers: most
   * tickets are read in one lookup, long-lived ones in a few.
   */
  @Override
  protected Stream<? extends DomainEventData<?>> readEventData(
      String identifier, long firstSequenceNumber) {
    Spliterator<DomainEventData<?>> batches =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private long next = firstSequenceNumber;
          private int batchSize = FIRST_AGGREGATE_BATCH;
          private List<? extends DomainEventData<?>> batch = List.of();
          private int index;
          private boolean last;

          @Override
          public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
            if (index == batch.size()) {
              if (last) {
                return false;
              }
              batch = fetchDomainEvents(identifier, next, batchSize);
              index = 0;
              last = batch.size() < batchSize;
              batchSize = Math.min(batchSize * 2, MAX_AGGREGATE_BATCH);
              if (batch.isEmpty()) {
                return false;
              }
              next = batch.get(batch.size() - 1).getSequenceNumber() + 1;
            }
            action.accept(batch.get(index++));
            return true;
          }
        };
    return StreamSupport.stream(batches, false);
  }

  /**
   * The aggregate's events from {@code firstSequenceNumber} on, at most {@code batchSize}: the
   * commits that start one of them (one lookup), and, when the first one lies inside an earlier
   * commit, that commit (one more).
   */
  @Override
  protected List<? extends DomainEventData<?>> fetchDomainEvents(
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    long end = firstSequenceNumber + batchSize;
    List<String> keys = new ArrayList<>(batchSize);
    for (long sequence = firstSequenceNumber; sequence < end; sequence++) {
      keys.add(EventCommits.key(aggregateIdentifier, sequence));
    }
    TreeMap<Long, DomainEventData<?>> events = new TreeMap<>();
    Consumer<Document> collect =
        commit ->
            EventCommits.forEachEvent(
                commit,
                (position, event) -> {
                  if (aggregateIdentifier.equals(EventCommits.aggregateId(event))) {
                    long sequence = EventCommits.sequenceNumber(event);
                    if (sequence >= firstSequenceNumber && sequence < end) {
                      events.put(sequence, EventCommits.eventData(event));
                    }
                  }
                });
    return unlessUnreadable(
        aggregateIdentifier,
        () -> {
          commits.find(Filters.in(EventCommits.STARTS, keys)).forEach(collect);
          if (!events.containsKey(firstSequenceNumber)) {
            Document containing = commits.find(Filters.eq(EventCommits.KEYS, keys.get(0))).first();
            if (containing != null) {
              collect.accept(containing);
            }
          }
          return new ArrayList<>(events.values());
        });
  }

  /**
   * A read of one aggregate whose database failed reports it as Axon's {@link EventStoreException},
   * the event store port's own failure, rather than as the driver's exception.
   */
  private static <T> T unlessUnreadable(String aggregateIdentifier, Supplier<T> read) {
    try {
      return read.get();
    } catch (MongoException e) {
      throw new EventStoreException(
          "the events of aggregate " + aggregateIdentifier + " could not be read", e);
    }
  }

  // ---- the global stream ----

  /**
   * The global stream from a token, read one batch ahead: while the consumer handles a batch, the
   * next one is fetched on another thread, so that a processor catching up waits for the database
   * only when it is faster than the database. Nothing is read ahead from the head on: a consumer
   * that has caught up fetches when it asks, as with any engine. Closing the stream drops a batch
   * read ahead.
   */
  @Override
  protected Stream<? extends TrackedEventData<?>> readEventData(
      TrackingToken trackingToken, boolean mayBlock) {
    ReadAhead batches = new ReadAhead(trackingToken);
    return StreamSupport.stream(batches, false).onClose(batches::close);
  }

  /**
   * The stream's batches, each fetched while the consumer handles the one before. Like Axon's own
   * batching streams, it asks the database again after an empty batch instead of ending for good,
   * so that a consumer waiting on the same stream (Axon's private streams do) sees events appended
   * later. It may be closed from another thread (Axon closes its producer's stream on shut-down).
   */
  private final class ReadAhead extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

    private final AtomicReference<Future<Batch>> next = new AtomicReference<>();
    private volatile boolean closed;
    private TrackingToken lastToken;
    private Iterator<TrackedEventData<?>> batch = Collections.emptyIterator();

    ReadAhead(TrackingToken from) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.lastToken = from;
    }

    @Override
    public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
      if (!batch.hasNext()) {
        if (closed) {
          return false;
        }
        Future<Batch> readAhead = next.getAndSet(null);
        Batch fetched = readAhead == null ? fetchBatch(lastToken, batchSize()) : await(readAhead);
        if (fetched == null || fetched.events().isEmpty()) {
          return false; // closed meanwhile, or nothing more yet
        }
        lastToken = fetched.events().get(fetched.events().size() - 1).trackingToken();
        if (!fetched.atHead()) {
          readAhead(lastToken);
        }
        batch = fetched.events().iterator();
      }
      action.accept(batch.next());
      return true;
    }

    private void readAhead(TrackingToken from) {
      Future<Batch> fetching = readAheadThreads.submit(() -> fetchBatch(from, batchSize()));
      next.set(fetching);
      if (closed) { // closed while it was being submitted: close() may have missed it
        fetching.cancel(false);
      }
    }

    /** The batch read ahead; null when the stream was closed while waiting for it. */
    private Batch await(Future<Batch> readAhead) {
      try {
        return readAhead.get();
      } catch (CancellationException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        readAhead.cancel(false);
        throw new MongoInterruptedException("interrupted while reading the event stream", e);
      } catch (ExecutionException e) {
        Throwable failure = e.getCause();
        if (failure instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (failure instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("reading the event stream failed", failure);
      }
    }

    void close() {
      closed = true;
      Future<Batch> readAhead = next.getAndSet(null);
      if (readAhead != null) {
        readAhead.cancel(false);
      }
    }
  }

  /**
   * A batch of the global stream, and whether it was read up to the head (the last position handed
   * out when it was read).
   */
  private record Batch(List<TrackedEventData<?>> events, boolean atHead) {}

  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
      TrackingToken lastToken, int batchSize) {
    return fetchBatch(lastToken, batchSize).events();
  }

  private Batch fetchBatch(TrackingToken lastToken, int batchSize) {
    if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
      throw new IllegalArgumentException(
          "expected a GapAwareTrackingToken, got " + lastToken.getClass().getName());
    }
    GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
    // The head bounds the window read below, and its time stands for "now" in the gap timeout: a
    // gap is given up once the allocations after it are older than the timeout, timed by the
    // database server's clock alone. An instance with a skewed clock, or a command slow between
    // creating its events and storing them, cannot make a gap look older than it is; and on an
    // idle store gaps are kept (and cheaply looked up) until allocations move on.
    GlobalPositions.Head head = positions.head();
    Instant gapThreshold = head.at().minus(gapTimeout);
    long after = token == null ? 0 : token.getIndex();
    SortedSet<Long> gaps = token == null ? new TreeSet<>() : token.getGaps();

    TreeMap<Long, Found> found = new TreeMap<>();
    Consumer<Document> collect =
        commit -> {
          Instant earlierBy = EventCommits.earlierBy(commit);
          EventCommits.forEachEvent(
              commit,
              (position, event) -> {
                if (position > after || gaps.contains(position)) {
                  found.put(position, new Found(event, earlierBy));
                }
              });
        };
    findByPositions(gaps).forEach(collect);
    token = withTimedOutGapsCleaned(token, gapThreshold, found.isEmpty() ? null : found.firstKey());
    long windowStart = after + 1;
    if (windowStart <= head.last()) {
      // the token may point inside a commit, which then starts before the window
      Document containing = commits.find(Filters.eq(EventCommits.POSITIONS, windowStart)).first();
      if (containing != null && containing.getLong(EventCommits.ID) < windowStart) {
        collect.accept(containing);
      }
    }
    long readUpTo = after;
    while (windowStart <= head.last()) {
      long windowEnd = Math.min(windowStart + batchSize - 1, head.last());
      int before = found.size();
      commitsStartingIn(windowStart, windowEnd).forEach(collect);
      readUpTo = windowEnd;
      if (found.size() > before) {
        break;
      }
      windowStart = windowEnd + 1; // a run of lost positions: read on
    }

    List<TrackedEventData<?>> result = new ArrayList<>(found.size());
    for (var entry : found.entrySet()) {
      long position = entry.getKey();
      Document event = entry.getValue().event();
      // the positions below this one were all handed out by then: recent enough to wait for?
      boolean keepGaps = !entry.getValue().earlierBy().isBefore(gapThreshold);
      token =
          token == null
              ? GapAwareTrackingToken.newInstance(
                  position,
                  keepGaps
                      ? LongStream.range(Math.max(1, position - maxGapOffset), position)
                          .boxed()
                          .toList()
                      : List.of())
              : token.advanceTo(position, keepGaps ? maxGapOffset : 0);
      result.add(new TrackedDomainEventData<>(token, EventCommits.eventData(event)));
    }
    return new Batch(result, readUpTo >= head.last());
  }

  /**
   * An event found in the global stream, with the time by which every position below its commit's
   * had been handed out.
   */
  private record Found(Document event, Instant earlierBy) {}

  /**
   * The commits starting in {@code [from, to]}, in order: a range of the primary key, which MongoDB
   * reads from its {@code _id} index and the embedded server from its {@code _id}-ordered data.
   */
  private Iterable<Document> commitsStartingIn(long from, long to) {
    return commits
        .find(new Document(EventCommits.ID, new Document("$gte", from).append("$lte", to)))
        .sort(Sorts.ascending(EventCommits.ID));
  }

  /**
   * The commits holding these positions (the gaps of a token), by the unique {@code positions}
   * index: a gap need not be the first position of its commit (a head token's window, or a gap
   * offset, can begin inside a commit still in flight). A commit holding several of them may come
   * back more than once; callers collect by position. Asked for in slices: the embedded server
   * checks every document it returns against the whole {@code $in} list, one value after another,
   * so a list of n positions costs n² comparisons there. Slices of {@value #POSITIONS_PER_QUERY}
   * cost a few more round trips and a fraction of the comparisons; on MongoDB they cost nothing
   * extra.
   */
  private List<Document> findByPositions(Collection<Long> positions) {
    List<Document> found = new ArrayList<>();
    List<Long> slice = new ArrayList<>(POSITIONS_PER_QUERY);
    for (Long position : positions) {
      slice.add(position);
      if (slice.size() == POSITIONS_PER_QUERY) {
        commits.find(Filters.in(EventCommits.POSITIONS, slice)).forEach(found::add);
        slice.clear();
      }
    }
    if (!slice.isEmpty()) {
      commits.find(Filters.in(EventCommits.POSITIONS, slice)).forEach(found::add);
    }
    return found;
  }

  /**
   * Forgets gaps that will not be filled any more, once there are many: the gaps below a commit
   * whose lower positions were all handed out before the threshold. Gaps at or above {@code
   * lowestFilled} (a gap whose commit has just been found) are kept, so that it is delivered.
   */
  private GapAwareTrackingToken withTimedOutGapsCleaned(
      GapAwareTrackingToken token, Instant threshold, Long lowestFilled) {
    if (token == null || token.getGaps().size() <= gapCleaningThreshold) {
      return token;
    }
    long limit = lowestFilled == null ? token.getGaps().last() + 1 : lowestFilled;
    long truncateAt = token.getGaps().first();
    Iterable<Document> commitsAmongTheGaps =
        commits
            .find(
                new Document(
                    EventCommits.ID,
                    new Document("$gte", token.getGaps().first() + 1).append("$lte", limit)))
            .sort(Sorts.ascending(EventCommits.ID))
            .projection(Projections.include(EventCommits.EARLIER_BY));
    for (Document commit : commitsAmongTheGaps) {
      if (!EventCommits.earlierBy(commit).isBefore(threshold)) {
        break; // allocations after the threshold: their gaps, and those above, may still arrive
      }
      truncateAt = commit.getLong(EventCommits.ID);
    }
    return truncateAt > token.getGaps().first() ? token.withGapsTruncatedAt(truncateAt) : token;
  }

  // ---- tokens ----

  /** The start of the stream: a processor with this token reads every event. */
  @Override
  public TrackingToken createTailToken() {
    return null;
  }

  /**
   * The current end of the stream. Positions already handed out but not stored yet are gaps of the
   * token, so a processor starting here still receives those events when they arrive.
   */
  @Override
  public TrackingToken createHeadToken() {
    long head = positions.head().last();
    long windowStart = Math.max(1, head - HEAD_GAP_WINDOW + 1);
    SortedSet<Long> stored = new TreeSet<>();
    if (head > 0) {
      List<Document> found = new ArrayList<>();
      commitsStartingIn(windowStart, head).forEach(found::add);
      Document containing = commits.find(Filters.eq(EventCommits.POSITIONS, windowStart)).first();
      if (containing != null) {
        found.add(containing);
      }
      for (Document commit : found) {
        EventCommits.forEachEvent(commit, (position, event) -> stored.add(position));
      }
    }
    if (stored.isEmpty()) {
      return GapAwareTrackingToken.newInstance(windowStart - 1, List.of());
    }
    // the newest stored event is the token's position; what is missing below it is in flight
    long index = stored.last();
    SortedSet<Long> inFlight = new TreeSet<>();
    LongStream.range(windowStart, index).filter(p -> !stored.contains(p)).forEach(inFlight::add);
    return GapAwareTrackingToken.newInstance(index, inFlight);
  }

  /**
   * A token from which a processor reads the events stored at or after the time. Found by binary
   * search over positions (each step a key lookup). Positions follow the order in which commits
   * asked for them, which can differ from their events' times by a little (clock skew between
   * instances); the search therefore starts one gap timeout early, so that no event at or after the
   * time is missed, at the price of a few earlier ones.
   */
  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    // commit times are stored to the millisecond
    Instant cutoff = dateTime.minus(gapTimeout).truncatedTo(ChronoUnit.MILLIS);
    long low = 1;
    long high = positions.head().last() + 1; // positions >= high are at or after the cutoff
    while (low < high) {
      long middle = low + (high - low) / 2;
      Document commit = firstCommitFrom(middle, high);
      if (commit == null) {
        high = middle; // nothing stored in [middle, high): the answer lies below
      } else if (!EventCommits.time(commit).isBefore(cutoff)) {
        high = Math.max(low, commit.getLong(EventCommits.ID));
      } else {
        low = EventCommits.lastPosition(commit) + 1;
      }
    }
    return GapAwareTrackingToken.newInstance(low - 1, List.of());
  }

  /** The stored commit holding the lowest position in {@code [from, until)}, or null. */
  private Document firstCommitFrom(long from, long until) {
    Document containing = commits.find(Filters.eq(EventCommits.POSITIONS, from)).first();
    if (containing != null) {
      return containing;
    }
    return commits
        .find(new Document(EventCommits.ID, new Document("$gt", from).append("$lt", until)))
        .sort(Sorts.ascending(EventCommits.ID))
        .limit(1)
        .first();
  }

  /** Builds the engine; the database and the serializers are required. */
  public static final class Builder extends BatchingEventStorageEngine.Builder {

    private MongoDatabase database;
    private Duration gapTimeout = Duration.ofMinutes(1);
    private int maxGapOffset = 10_000;
    private int gapCleaningThreshold = 250;

    private Builder() {
      persistenceExceptionResolver(MongoCommitEventStorageEngine::isAggregateConflict);
      batchSize(1000);
    }

    public Builder database(MongoDatabase database) {
      this.database = database;
      return this;
    }

    /**
     * How long a reader remembers a position that was handed out but not stored; an append arriving
     * later than that is not seen by processors already past it. Default one minute.
     */
    public Builder gapTimeout(Duration gapTimeout) {
      this.gapTimeout = gapTimeout;
      return this;
    }

    /** How far behind the newest event a gap may lie before it is forgotten. Default 10,000. */
    public Builder maxGapOffset(int maxGapOffset) {
      this.maxGapOffset = maxGapOffset;
      return this;
    }

    /** How many gaps a token may hold before timed-out ones are cleaned. Default 250. */
    public Builder gapCleaningThreshold(int gapCleaningThreshold) {
      this.gapCleaningThreshold = gapCleaningThreshold;
      return this;
    }

    @Override
    public Builder eventSerializer(Serializer eventSerializer) {
      super.eventSerializer(eventSerializer);
      return this;
    }

    @Override
    public Builder snapshotSerializer(Serializer snapshotSerializer) {
      super.snapshotSerializer(snapshotSerializer);
      return this;
    }

    @Override
    public Builder upcasterChain(EventUpcaster upcasterChain) {
      super.upcasterChain(upcasterChain);
      return this;
    }

    @Override
    public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
      super.snapshotFilter(snapshotFilter);
      return this;
    }

    @Override
    @Deprecated
    public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
      super.snapshotFilter(snapshotFilter);
      return this;
    }

    /** How many positions one read of the global stream asks for. Default 1,000. */
    @Override
    public Builder batchSize(int batchSize) {
      super.batchSize(batchSize);
      return this;
    }

    @Override
    protected void validate() throws AxonConfigurationException {
      super.validate();
      if (database == null) {
        throw new AxonConfigurationException("the MongoDB database is required");
      }
      if (gapTimeout == null || gapTimeout.isNegative()) {
        throw new AxonConfigurationException("the gap timeout must not be negative");
      }
    }

    public MongoCommitEventStorageEngine build() {
      validate();
      return new MongoCommitEventStorageEngine(this);
    }
  }
}
