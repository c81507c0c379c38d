/**
 * Parties: the people and organisations the company deals with, their roles
 * towards it (prospect, customer, former customer, partner, competitor, staff)
 * and the day each began, the relationships among them, their lifecycle stage
 * with its history, and the activity timeline of notes and events.
 * <p>
 * A lost prospect is never deleted: the stage becomes "lost — in touch" and the
 * reason and competitor are kept. This module never sends a message itself;
 * contact goes through {@code outreach}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parties")
package app.agora.parties;
