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

	/**
	 * Every record of one facet, for a bulk linking run that must see the whole
	 * source rather than one party's records. A connector bounds what it reads (a
	 * setting such as {@code max-scan-rows}) so that a huge source cannot exhaust
	 * memory.
	 *
	 * @throws UnsupportedOperationException
	 *             when this connector (or this facet's configuration) cannot list
	 *             its records
	 */
	default List<SourceRecord> scan(String facet) throws Exception {
		throw new UnsupportedOperationException("This connector cannot list all its records");
	}

	@Override
	default void close() {
	}
}
