package app.agora.federation.internal.view;

import app.agora.federation.SourceOverview;
import app.agora.federation.SourceState;
import app.agora.federation.SourceStatus;
import app.agora.federation.spi.Connector;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.Settings;
import app.agora.federation.spi.SourceDefinition;
import app.agora.federation.spi.SourceRecord;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source behind its own timeout, circuit breaker and optional cache: asking
 * it never throws, it answers records or a status that says what went wrong.
 */
public final class GuardedSource {

	private static final Logger log = LoggerFactory.getLogger(GuardedSource.class);

	/** The most records one source may add to a view. */
	static final int MAX_RECORDS = 2000;

	private final SourceDefinition definition;
	private final ConnectorFactory factory;
	private final UnaryOperator<String> placeholders;
	private final ExecutorService executor;
	private final CircuitBreaker breaker;
	private final Cache<Lookup, List<SourceRecord>> cache;
	private volatile Connector connector;
	private volatile Last last;

	/** The outcome of the latest call, for the admin page. */
	private record Last(SourceStatus status, Instant at) {
	}

	/** What a source answered for one lookup. */
	public record Answer(SourceStatus status, List<SourceRecord> records, Instant readAt) {
	}

	public GuardedSource(SourceDefinition definition, ConnectorFactory factory, UnaryOperator<String> placeholders,
			ExecutorService executor) {
		this.definition = definition;
		this.factory = factory;
		this.placeholders = placeholders;
		this.executor = executor;
		var circuit = definition.circuit();
		this.breaker = CircuitBreaker.of(definition.id(),
				CircuitBreakerConfig.custom().failureRateThreshold(circuit.failureRatePercent())
						.minimumNumberOfCalls(circuit.minimumCalls())
						.slidingWindowSize(Math.max(10, circuit.minimumCalls()))
						.waitDurationInOpenState(circuit.openFor()).recordExceptions(Exception.class).build());
		this.cache = definition.cacheFor() == null
				? null
				: Caffeine.newBuilder().expireAfterWrite(definition.cacheFor()).maximumSize(10_000).build();
	}

	public SourceDefinition definition() {
		return definition;
	}

	public Answer ask(Lookup lookup) {
		return await(start(lookup));
	}

	/**
	 * Starts asking the source on a thread of its own and returns at once, so a
	 * view can start every source before waiting for any: one thread per source,
	 * and the caller's own thread does the waiting.
	 */
	public Pending start(Lookup lookup) {
		long started = System.nanoTime();
		var hit = cache == null ? null : cache.getIfPresent(lookup);
		if (hit != null) {
			return new Pending(lookup, started, null, answer(SourceState.OK, started, true, hit, null));
		}
		if (!breaker.tryAcquirePermission()) {
			return new Pending(lookup, started, null, answer(SourceState.CIRCUIT_OPEN, started, false, List.of(),
					"The source failed too often; it is left alone for " + definition.circuit().openFor() + "."));
		}
		Future<List<SourceRecord>> call = executor.submit(() -> checked(connector().fetch(lookup)));
		return new Pending(lookup, started, call, null);
	}

	/**
	 * Waits for a started call until the source's timeout, counted from its start;
	 * a call still running then is cancelled (its thread interrupted) and the
	 * answer says TIMEOUT. Never throws.
	 */
	public Answer await(Pending pending) {
		if (pending.call() == null) {
			return pending.answered();
		}
		long started = pending.started();
		long left = started + definition.timeout().toNanos() - System.nanoTime();
		try {
			List<SourceRecord> records = pending.call().get(Math.max(0, left), TimeUnit.NANOSECONDS);
			breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			if (cache != null) {
				cache.put(pending.lookup(), records);
			}
			return answer(SourceState.OK, started, false, records, null);
		} catch (TimeoutException e) {
			pending.call().cancel(true);
			breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
			return answer(SourceState.TIMEOUT, started, false, List.of(),
					"No answer within " + definition.timeout() + ".");
		} catch (InterruptedException e) {
			pending.call().cancel(true);
			breaker.releasePermission();
			Thread.currentThread().interrupt();
			return answer(SourceState.ERROR, started, false, List.of(), "The view was interrupted.");
		} catch (ExecutionException | java.util.concurrent.CancellationException e) {
			Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
			breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, cause);
			if (timedOut(cause)) {
				// The connector's own timeout (HTTP, JDBC) can fire a moment before the
				// guard's.
				return answer(SourceState.TIMEOUT, started, false, List.of(),
						"No answer within " + definition.timeout() + ".");
			}
			log.info("Source {} failed: {}", definition.id(), cause.toString());
			return answer(SourceState.ERROR, started, false, List.of(), describe(cause));
		}
	}

	/**
	 * A call under way, or already answered (from the cache, or refused by an open
	 * circuit).
	 */
	public record Pending(Lookup lookup, long started, Future<List<SourceRecord>> call, Answer answered) {
	}

	/**
	 * Lists every record of a facet for a linking run. A bulk read is slow by
	 * nature, so the view's timeout, circuit and cache do not apply; the connector
	 * bounds what it reads.
	 *
	 * @throws UnsupportedOperationException
	 *             when the connector cannot list this facet
	 */
	public List<SourceRecord> scan(String facet) throws Exception {
		return connector().scan(facet);
	}

	public SourceOverview overview() {
		var latest = last;
		return new SourceOverview(definition.id(), definition.name(), definition.connector(), factory.help(),
				definition.facets().stream().map(FacetMapping::facet).toList(), breaker.getState().name(),
				latest == null ? null : latest.status().status(), latest == null ? null : latest.status().latencyMs(),
				latest == null ? null : latest.at(), latest == null ? null : latest.status().message());
	}

	void close() {
		if (connector != null) {
			connector.close();
		}
	}

	private Answer answer(SourceState state, long started, boolean cached, List<SourceRecord> records, String message) {
		long latency = (System.nanoTime() - started) / 1_000_000;
		var status = new SourceStatus(definition.id(), definition.name(), definition.connector(), state, latency,
				cached, records.size(), message);
		var now = Instant.now();
		last = new Last(status, now);
		return new Answer(status, records, now);
	}

	private static List<SourceRecord> checked(List<SourceRecord> records) {
		if (records == null) {
			throw new app.agora.federation.spi.SourceDataException("The connector answered nothing");
		}
		if (records.size() > MAX_RECORDS) {
			throw new app.agora.federation.spi.SourceDataException(
					"More than " + MAX_RECORDS + " records for one party");
		}
		return records;
	}

	private static boolean timedOut(Throwable cause) {
		return cause instanceof java.net.SocketTimeoutException
				|| cause instanceof org.apache.hc.client5.http.ConnectTimeoutException
				|| cause instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException
				|| cause instanceof java.sql.SQLTimeoutException
				|| cause instanceof org.springframework.dao.QueryTimeoutException;
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		if (cause instanceof app.agora.federation.spi.SourceDataException) {
			return message;
		}
		String kind = cause.getClass().getSimpleName();
		if (message == null) {
			return kind;
		}
		return kind + ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
	}

	/**
	 * Opened on first use, with placeholders resolved then, so a source whose
	 * settings depend on something started later (the demo's web shop port) still
	 * works.
	 */
	private Connector connector() {
		var current = connector;
		if (current == null) {
			synchronized (this) {
				if (connector == null) {
					connector = factory.create(resolved());
				}
				current = connector;
			}
		}
		return current;
	}

	private SourceDefinition resolved() {
		var facets = new ArrayList<FacetMapping>();
		for (var facet : definition.facets()) {
			facets.add(new FacetMapping(facet.facet(), resolve(facet.settings()), facet.key(), facet.id(), facet.asOf(),
					facet.fields()));
		}
		return new SourceDefinition(definition.id(), definition.name(), definition.connector(),
				resolve(definition.settings()), facets, definition.timeout(), definition.cacheFor(),
				definition.circuit(), definition.identity(), definition.stewards());
	}

	private Settings resolve(Settings settings) {
		return new Settings(resolveMap(settings.values()));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> resolveMap(Map<String, Object> values) {
		var resolved = new LinkedHashMap<String, Object>();
		values.forEach((name, value) -> resolved.put(name, switch (value) {
			case String text -> placeholders.apply(text);
			case Map<?, ?> map -> resolveMap((Map<String, Object>) map);
			default -> value;
		}));
		return resolved;
	}
}
