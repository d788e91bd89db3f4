package com.feedbackdesk.bootstrap;

import com.feedbackdesk.adapters.out.mongo.aftersales.MongoApplicationViews;
import com.feedbackdesk.adapters.out.mongo.generation.ReadModelGenerations;
import com.feedbackdesk.adapters.out.mongo.improvement.MongoImprovementProjects;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoSlaTickets;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketFacts;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketHistory;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketQueue;
import com.feedbackdesk.adapters.out.mongo.ticket.MongoTicketViews;
import com.feedbackdesk.application.aftersales.projection.ApplicationViewProjection;
import com.feedbackdesk.application.analysis.projection.TicketFactsProjection;
import com.feedbackdesk.application.analysis.view.TicketFactsRecorder;
import com.feedbackdesk.application.improvement.projection.ImprovementProjectProjection;
import com.feedbackdesk.application.sla.projection.SlaTicketProjection;
import com.feedbackdesk.application.ticket.port.out.TicketEventDataPort;
import com.feedbackdesk.application.ticket.projection.TicketHistoryProjection;
import com.feedbackdesk.application.ticket.projection.TicketQueueProjection;
import com.feedbackdesk.application.ticket.projection.TicketViewProjection;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rebuilding the projections from the history while the live ones answer (docs/events.md). */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

  @Bean(destroyMethod = "shutdown")
  ProjectionRebuilds projectionRebuilds(
      EventStore events,
      TokenStore tokens,
      EventProcessingConfiguration processing,
      ReadModelGenerations generations,
      TicketEventDataPort eventData,
      TicketFactsRecorder recorder,
      Clock clock) {
    List<ProjectionRebuilds.Target> targets =
        List.of(
            new ProjectionRebuilds.Target(
                TicketViewProjection.NAME,
                MongoTicketViews.COLLECTION,
                MongoTicketViews::indexes,
                collection -> new TicketViewProjection(new MongoTicketViews(collection))),
            new ProjectionRebuilds.Target(
                TicketQueueProjection.NAME,
                MongoTicketQueue.COLLECTION,
                MongoTicketQueue::indexes,
                collection -> new TicketQueueProjection(new MongoTicketQueue(collection))),
            new ProjectionRebuilds.Target(
                TicketHistoryProjection.NAME,
                MongoTicketHistory.COLLECTION,
                MongoTicketHistory::indexes,
                collection ->
                    new TicketHistoryProjection(new MongoTicketHistory(collection), eventData)),
            new ProjectionRebuilds.Target(
                SlaTicketProjection.NAME,
                MongoSlaTickets.COLLECTION,
                MongoSlaTickets::indexes,
                collection -> new SlaTicketProjection(new MongoSlaTickets(collection))),
            new ProjectionRebuilds.Target(
                TicketFactsProjection.NAME,
                MongoTicketFacts.COLLECTION,
                MongoTicketFacts::indexes,
                collection ->
                    new TicketFactsProjection(new MongoTicketFacts(collection), recorder)),
            new ProjectionRebuilds.Target(
                ImprovementProjectProjection.NAME,
                MongoImprovementProjects.COLLECTION,
                MongoImprovementProjects::indexes,
                collection ->
                    new ImprovementProjectProjection(new MongoImprovementProjects(collection))),
            new ProjectionRebuilds.Target(
                ApplicationViewProjection.NAME,
                MongoApplicationViews.COLLECTION,
                MongoApplicationViews::indexes,
                collection ->
                    new ApplicationViewProjection(new MongoApplicationViews(collection))));
    return new ProjectionRebuilds(targets, events, tokens, processing, generations, clock);
  }
}
