package app.agora.federation.internal.view;

import app.agora.federation.CustomerView;
import app.agora.federation.Fact;
import app.agora.federation.SourceState;
import app.agora.federation.SourceStatus;
import app.agora.federation.spi.Lookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Asks every source at once, each on its own virtual thread and under its own
 * guard, and puts the answers together facet by facet.
 */
public final class ViewComposer {

	private final List<GuardedSource> sources;
	private final ExecutorService executor;

	public ViewComposer(List<GuardedSource> sources, ExecutorService executor) {
		this.sources = List.copyOf(sources);
		this.executor = executor;
	}

	public List<GuardedSource> sources() {
		return sources;
	}

	/** The answers of every source, in the order of the sources file. */
	public List<GuardedSource.Answer> ask(Function<String, Lookup> lookups) {
		var futures = new ArrayList<CompletableFuture<GuardedSource.Answer>>();
		for (var source : sources) {
			var lookup = lookups.apply(source.definition().id());
			futures.add(CompletableFuture.supplyAsync(() -> source.ask(lookup), executor));
		}
		// Each source is bounded by its own timeout, so joining them all is bounded
		// too.
		return futures.stream().map(CompletableFuture::join).toList();
	}

	public CustomerView compose(UUID partyId, List<GuardedSource.Answer> answers) {
		Map<String, List<Fact>> facets = new LinkedHashMap<>();
		sources.forEach(s -> s.definition().facets().forEach(f -> facets.putIfAbsent(f.facet(), new ArrayList<>())));
		var statuses = new ArrayList<SourceStatus>();
		for (var answer : answers) {
			statuses.add(answer.status());
			for (var record : answer.records()) {
				facets.computeIfAbsent(record.facet(), f -> new ArrayList<>()).add(new Fact(answer.status().source(),
						record.recordId(), record.asOf() == null ? answer.readAt() : record.asOf(), record.fields()));
			}
		}
		var newestFirst = Comparator.comparing(Fact::asOf, Comparator.nullsLast(Comparator.reverseOrder()));
		facets.replaceAll((name, facts) -> facts.stream().sorted(newestFirst).toList());
		boolean partial = statuses.stream().anyMatch(s -> s.status() != SourceState.OK);
		return new CustomerView(partyId, Instant.now(), partial, facets, statuses);
	}
}
