package app.agora.federation.spi;

import java.util.List;

/**
 * One configured source, ready to answer. Agora calls it from a virtual thread
 * under a timeout and a circuit breaker, so an implementation may block and
 * should simply throw when something is wrong.
 */
public interface Connector extends AutoCloseable {

	/**
	 * The records of every configured facet that belong to the looked-up party,
	 * each mapped to facet fields.
	 */
	List<SourceRecord> fetch(Lookup lookup) throws Exception;

	@Override
	default void close() {
	}
}
