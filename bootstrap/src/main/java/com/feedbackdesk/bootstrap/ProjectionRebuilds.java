package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.generation.ReadModelCollection;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.application.access.Caller;
import com.feedbackdesk.application.access.PermissionMatrix;
import com.feedbackdesk.application.access.TicketOperation;
import com.feedbackdesk.application.projection.ProjectionState;
import com.feedbackdesk.application.projection.RebuildNotFoundException;
import com.feedbackdesk.application.projection.RebuildProgress;
import com.feedbackdesk.application.projection.RebuildProjectionsUseCase;
import com.feedbackdesk.application.projection.RebuildRunningException;
import com.feedbackdesk.application.projection.UnknownProjectionException;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a projection from the event history into a new generation of its read model (a fresh
 * collection) while the live generation keeps answering. When the rebuild reaches the head the
 * store had when it started, the live processor is stopped, the events that came in meanwhile are
 * folded up to the head of that moment, the processor is handed the rebuild's position, the new
 * generation is activated (every instance reads it within {@link ReadModelGenerations#FRESHNESS})
 * and the processor starts again from there; the old generation is dropped a minute later. A
 * failure leaves the live generation as it was.
 *
 * <p>The processor's position is taken over by claiming its token, so the rebuild must run on the
 * instance whose processor holds it (with one instance, always); elsewhere it fails and says so.
 */
final class ProjectionRebuilds implements RebuildProjectionsUseCase {

  private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
  private static final Duration DROP_OLD_AFTER = Duration.ofMinutes(1);
  private static final int SEGMENT = 0;

  /**
   * A rebuildable projection: its processor, its read model's base collection name and indexes, and
   * how to make the projection over another collection.
   */
  record Target(
      String processor,
      String readModel,
      Consumer<MongoCollection<Document>> indexes,
      Function<ReadModelCollection, Object> projection) {}

  private final Map<String, Target> targets = new LinkedHashMap<>();
  private final EventStore events;
  private final TokenStore tokens;
  private final EventProcessingConfiguration processing;
  private final ReadModelGenerations generations;
  private final Clock clock;
  private final ExecutorService runner =
      Executors.newCachedThreadPool(daemon("projection-rebuild"));
  private final ScheduledExecutorService dropper =
      Executors.newSingleThreadScheduledExecutor(daemon("projection-drop"));
  private final Map<String, AtomicReference<RebuildProgress>> rebuilds = new ConcurrentHashMap<>();
  private final Map<String, String> runningByProjection = new ConcurrentHashMap<>();
  private final Map<String, String> latestByProjection = new ConcurrentHashMap<>();

  ProjectionRebuilds(
      List<Target> targets,
      EventStore events,
      TokenStore tokens,
      EventProcessingConfiguration processing,
      ReadModelGenerations generations,
      Clock clock) {
    targets.forEach(target -> this.targets.put(target.processor(), target));
    this.events = events;
    this.tokens = tokens;
    this.processing = processing;
    this.generations = generations;
    this.clock = clock;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  void shutdown() {
    runner.shutdownNow();
    dropper.shutdownNow();
  }

  @Override
  public List<ProjectionState> projections(Caller caller) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_PROJECTIONS);
    long head = ProcessorPositions.head(events);
    List<ProjectionState> states = new ArrayList<>();
    for (Target target : targets.values()) {
      String latest = latestByProjection.get(target.processor());
      states.add(
          new ProjectionState(
              target.processor(),
              ProcessorPositions.position(processing, target.processor()),
              head,
              live(target).map(TrackingEventProcessor::isRunning).orElse(false),
              generations.active(target.readModel()),
              latest == null ? null : rebuilds.get(latest).get()));
    }
    return states;
  }

  @Override
  public RebuildProgress progress(Caller caller, String rebuild) {
    PermissionMatrix.require(caller, TicketOperation.VIEW_PROJECTIONS);
    AtomicReference<RebuildProgress> progress = rebuilds.get(rebuild);
    if (progress == null) {
      throw new RebuildNotFoundException(rebuild);
    }
    return progress.get();
  }

  @Override
  public RebuildProgress rebuild(Caller caller, String projection) {
    PermissionMatrix.require(caller, TicketOperation.REBUILD_PROJECTIONS);
    Target target = targets.get(projection);
    if (target == null) {
      throw new UnknownProjectionException(projection, targets.keySet());
    }
    String id = UUID.randomUUID().toString();
    String running = runningByProjection.putIfAbsent(projection, id);
    if (running != null) {
      throw new RebuildRunningException(projection, running);
    }
    try {
      return start(target, id);
    } catch (RuntimeException e) {
      runningByProjection.remove(projection, id);
      throw e;
    }
  }

  private RebuildProgress start(Target target, String id) {
    String projection = target.processor();
    String generation = generations.nextGeneration(target.readModel());
    long head = ProcessorPositions.head(events);
    AtomicReference<RebuildProgress> progress =
        new AtomicReference<>(
            new RebuildProgress(
                id,
                projection,
                RebuildProgress.State.RUNNING,
                0,
                head,
                -1,
                0,
                null,
                generation,
                clock.instant(),
                null,
                null));
    rebuilds.put(id, progress);
    latestByProjection.put(projection, id);
    runner.execute(() -> run(target, generation, progress));
    return progress.get();
  }

  private java.util.Optional<TrackingEventProcessor> live(Target target) {
    return processing.eventProcessor(target.processor(), TrackingEventProcessor.class);
  }

  private void run(Target target, String generation, AtomicReference<RebuildProgress> progress) {
    TrackingEventProcessor live = live(target).orElse(null);
    boolean stopped = false;
    boolean activated = false;
    TrackingToken handedOverFrom = null;
    boolean tokenStored = false;
    String previous = generations.active(target.readModel());
    try {
      AnnotationEventHandlerAdapter handler =
          new AnnotationEventHandlerAdapter(
              target.projection().apply(generations.fixed(generation, target.indexes())));
      long headAtStart = progress.get().headAtStart();
      long takeOverHead = Long.MAX_VALUE;
      TrackingToken last = null;
      long done = 0;
      Instant started = progress.get().startedAt();
      try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
        while (true) {
          boolean available = stream.hasNextAvailable(200, TimeUnit.MILLISECONDS);
          long position = last == null ? -1 : last.position().orElse(-1);
          if (takeOverHead == Long.MAX_VALUE && (position >= headAtStart || !available)) {
            // caught up with the history as it was: stop the live processor and fold the rest
            if (live != null) {
              live.shutDown();
              stopped = true;
            }
            takeOverHead = ProcessorPositions.head(events);
            update(progress, RebuildProgress.State.TAKING_OVER, done, position, started);
            continue;
          }
          if (takeOverHead != Long.MAX_VALUE && (position >= takeOverHead || !available)) {
            break;
          }
          if (!available) {
            continue;
          }
          TrackedEventMessage<?> message = stream.nextAvailable();
          if (handler.canHandle(message)) {
            fold(handler, message);
          }
          last = message.trackingToken();
          done++;
          if (done % 250 == 0) {
            update(progress, progress.get().state(), done, last.position().orElse(-1), started);
          }
        }
      }
      // hand over: claim the processor's token, give it the rebuild's position, switch readers
      // and writers to the new generation, and let go of the claim only once every instance has
      // had the time to see the switch (so that none folds into the old generation meanwhile)
      requireOneSegment(target.processor());
      handedOverFrom = tokens.fetchToken(target.processor(), SEGMENT);
      tokens.storeToken(last, target.processor(), SEGMENT);
      tokenStored = true;
      generations.activate(target.readModel(), generation);
      activated = true;
      Thread.sleep(ReadModelGenerations.FRESHNESS.plusMillis(500).toMillis());
      tokens.releaseClaim(target.processor(), SEGMENT);
      if (live != null) {
        live.start();
        stopped = false;
      }
      if (!previous.equals(generation)) {
        dropper.schedule(
            () -> generations.drop(previous), DROP_OLD_AFTER.toMillis(), TimeUnit.MILLISECONDS);
      }
      RebuildProgress ran =
          update(
              progress,
              RebuildProgress.State.COMPLETED,
              done,
              last == null ? -1 : last.position().orElse(-1),
              started);
      log.info(
          "projection {} rebuilt into {}: {} events at {} events/s",
          target.processor(),
          generation,
          ran.eventsDone(),
          Math.round(ran.eventsPerSecond()));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.warn("rebuilding projection {} failed", target.processor(), e);
      recover(target, live, stopped, activated, tokenStored, handedOverFrom, generation);
      RebuildProgress now = progress.get();
      progress.set(
          new RebuildProgress(
              now.id(),
              now.projection(),
              RebuildProgress.State.FAILED,
              now.eventsDone(),
              now.headAtStart(),
              now.position(),
              now.eventsPerSecond(),
              null,
              now.generation(),
              now.startedAt(),
              clock.instant(),
              failure(e, activated)));
    } finally {
      runningByProjection.remove(target.processor());
    }
  }

  /** Folds one event into the new generation; a failure of the handler fails the rebuild. */
  private static void fold(AnnotationEventHandlerAdapter handler, TrackedEventMessage<?> message)
      throws Exception {
    var result =
        DefaultUnitOfWork.startAndGet(message)
            .executeWithResult(
                () -> {
                  handler.handle(message);
                  return null;
                });
    if (result.isExceptional()) {
      Throwable cause = result.exceptionResult();
      throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
    }
  }

  /**
   * Puts things back after a failure: before the switch the live generation answers as before (its
   * processor given back its own position, the new collection dropped); after it, the new
   * generation stays active and the processor is started again.
   */
  private void recover(
      Target target,
      TrackingEventProcessor live,
      boolean stopped,
      boolean activated,
      boolean tokenStored,
      TrackingToken handedOverFrom,
      String generation) {
    if (runner.isShutdown()) {
      return; // the service is stopping: the processor stays stopped
    }
    try {
      if (!activated) {
        if (tokenStored) {
          tokens.storeToken(handedOverFrom, target.processor(), SEGMENT);
        }
        generations.drop(generation);
      }
      if (tokenStored) {
        tokens.releaseClaim(target.processor(), SEGMENT);
      }
    } catch (RuntimeException e) {
      log.warn("putting projection {} back failed", target.processor(), e);
    }
    if (stopped && live != null) {
      live.start();
    }
  }

  private static String failure(Exception e, boolean activated) {
    if (e instanceof UnableToClaimTokenException) {
      return "the processor's position is held by another instance; run the rebuild there";
    }
    return (activated ? "after the new generation took over: " : "") + e;
  }

  /** A take-over hands over one segment's position; more are not supported. */
  private void requireOneSegment(String processor) {
    int[] segments = tokens.fetchSegments(processor);
    if (segments.length > 1) {
      throw new IllegalStateException(
          "processor "
              + processor
              + " has "
              + segments.length
              + " segments; a rebuild hands over one");
    }
  }

  private RebuildProgress update(
      AtomicReference<RebuildProgress> progress,
      RebuildProgress.State state,
      long done,
      long position,
      Instant started) {
    Instant now = clock.instant();
    double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
    double rate = done / seconds;
    RebuildProgress before = progress.get();
    long left = Math.max(0, before.headAtStart() - position);
    boolean finished =
        state == RebuildProgress.State.COMPLETED || state == RebuildProgress.State.FAILED;
    RebuildProgress after =
        new RebuildProgress(
            before.id(),
            before.projection(),
            state,
            done,
            before.headAtStart(),
            position,
            rate,
            rate > 0 ? Duration.ofMillis((long) (left / rate * 1000)) : null,
            before.generation(),
            before.startedAt(),
            finished ? now : null,
            null);
    progress.set(after);
    return after;
  }
}
