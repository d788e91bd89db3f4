package com.feedbackdesk.domain.ticket;

/**
 * What the SLA engine recorded on a ticket: the policy that governs it, and what happened to each
 * of its clocks (each clock event names the clock and its run, counted from 1 per clock).
 */
public sealed interface SlaEvent extends TicketEvent
    permits SlaPolicyApplied,
        SlaClockStarted,
        SlaClockPaused,
        SlaClockResumed,
        SlaClockRetargeted,
        SlaClockStopped,
        SlaReminderRaised,
        SlaBreached {}
