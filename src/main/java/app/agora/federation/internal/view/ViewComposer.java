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
import java.util.function.Function;

/**
 * Asks every source at once, each on its own virtual thread and under its own
 * guard, and puts the answers together facet by facet.
 */
public final class ViewComposer {

	private final List<GuardedSource> sources;

	public ViewComposer(List<GuardedSource> sources) {
		this.sources = List.copyOf(sources);
	}

	public List<GuardedSource> sources() {
		return sources;
	}

	/**
	 * The answers of every source, in the order of the sources file: every source
	 * is started before any is waited for, so a view takes as long as its slowest
	 * source, each bounded by its own timeout.
	 */
	public List<GuardedSource.Answer> ask(Function<String, Lookup> lookups) {
		var pending = new ArrayList<GuardedSource.Pending>(sources.size());
		for (var source : sources) {
			pending.add(source.start(lookups.apply(source.definition().id())));
		}
		var answers = new ArrayList<GuardedSource.Answer>(sources.size());
		for (int i = 0; i < sources.size(); i++) {
			answers.add(sources.get(i).await(pending.get(i)));
		}
		return answers;
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
