/**
 * Where connectors plug into federation, in the way of Keycloak's SPIs: a
 * {@link app.agora.federation.spi.ConnectorFactory} names itself with a stable
 * id, a help text and typed setting descriptors, and opens a
 * {@link app.agora.federation.spi.Connector} for each source the sources file
 * declares with that id.
 */
package app.agora.federation.spi;
