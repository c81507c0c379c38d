/**
 * Where channels plug into the outbound gate, in the way of Keycloak's SPIs: a
 * provider names itself with a stable id and a help text, says whether it can
 * reach a recipient, and delivers what the gate allowed. Only the gate calls a
 * provider: no other module of Agora may use these types (an architecture test
 * fails the build), so a new channel is added inside {@code outreach}, next to
 * the in-app and email providers in its internals.
 */
package app.agora.outreach.spi;
