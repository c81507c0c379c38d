/**
 * Where channels plug into the outbound gate, in the way of Keycloak's SPIs: a
 * provider names itself with a stable id and a help text, says whether it can
 * reach a recipient, and delivers what the gate allowed. Only the gate calls a
 * provider; the in-app and email providers live in the module's internals.
 */
@org.springframework.modulith.NamedInterface("spi")
package app.agora.outreach.spi;
