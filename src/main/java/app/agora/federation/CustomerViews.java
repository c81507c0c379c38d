package app.agora.federation;

import app.agora.federation.internal.view.FederationSources;
import app.agora.federation.internal.view.GuardedSource;
import app.agora.federation.spi.Lookup;
import app.agora.federation.spi.SourceRecord;
import app.agora.parties.ContactKeys;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyNotFound;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The composed view of a customer: every source asked at once for the records
 * linked to the party and for those with the party's email or phone. A record
 * found by a contact point is linked by rule, so the next view finds it by its
 * key even after the contact point changed. Every view is written to the access
 * log.
 */
@Service
public class CustomerViews {

	private static final String RULE = "rule: same email or phone";

	private final Parties parties;
	private final SourceLinks links;
	private final ViewAccessLog accessLog;
	private final FederationSources sources;
	private final ContactKeys contacts;
	private final NeverSame neverSame;
	private final LinkDecisions decisions;

	CustomerViews(Parties parties, SourceLinks links, ViewAccessLog accessLog, FederationSources sources,
			ContactKeys contacts, NeverSame neverSame, LinkDecisions decisions) {
		this.neverSame = neverSame;
		this.decisions = decisions;
		this.parties = parties;
		this.links = links;
		this.accessLog = accessLog;
		this.sources = sources;
		this.contacts = contacts;
	}

	/**
	 * @throws PartyNotFound
	 *             when there is no such party
	 */
	public CustomerView viewOf(UUID partyId, Viewer viewer, String channel) {
		var view = compose(partyId);
		accessLog.record(partyId, viewer, channel);
		return view;
	}

	/**
	 * One fact of the party's view as the sources give it now, to check a
	 * customer's correction request against; not a look at the view, so not logged.
	 */
	public Optional<Fact> factOf(UUID partyId, String source, String facet, String recordKey) {
		return compose(partyId).facets().getOrDefault(facet, List.of()).stream()
				.filter(fact -> fact.source().equals(source) && fact.recordKey().equals(recordKey)).findFirst();
	}

	/** The sources' names by id, in the order of the sources file. */
	public Map<String, String> sourceNames() {
		var names = new java.util.LinkedHashMap<String, String>();
		sources.composer().sources().forEach(s -> names.put(s.definition().id(), s.definition().name()));
		return names;
	}

	private CustomerView compose(UUID partyId) {
		var party = parties.find(partyId).orElseThrow(() -> new PartyNotFound(partyId));
		Map<String, Set<String>> keys = links.keysOf(partyId);
		String email = contacts.email(party.email());
		String phone = contacts.phone(party.phone(), party.country());
		var composer = sources.composer();
		List<GuardedSource.Answer> answers = composer
				.ask(source -> new Lookup(partyId, keys.getOrDefault(source, Set.of()), email, phone));
		Set<RecordRef> notThisParty = neverSame.ofParty(partyId);
		var own = answers.stream().map(answer -> linkByRule(party, keys, notThisParty, answer)).toList();
		return composer.compose(partyId, own);
	}

	public List<SourceOverview> sources() {
		return sources.composer().sources().stream().map(GuardedSource::overview).toList();
	}

	/**
	 * Links the records found by a contact point, and drops those already linked to
	 * someone else (a shared family email must not show one person's invoices to
	 * another), and those staff marked never the same as this party.
	 */
	private GuardedSource.Answer linkByRule(PartyDetails party, Map<String, Set<String>> keys,
			Set<RecordRef> notThisParty, GuardedSource.Answer answer) {
		String source = answer.status().source();
		if ("agora".equals(answer.status().connector())) {
			return answer;
		}
		var known = keys.getOrDefault(source, Set.of());
		var foreign = new HashSet<String>();
		answer.records().stream().map(SourceRecord::key).distinct().filter(key -> !known.contains(key)).forEach(key -> {
			if (notThisParty.contains(new RecordRef(source, key))) {
				foreign.add(key);
			} else if (links.linkIfNew(source, key, party.id(), LinkMethod.RULE, 1.0, RULE)) {
				decisions.record(party.id(), "LINKED", new RecordRef(source, key),
						new RecordRef("agora", party.id().toString()), 1.0, "RULE", RULE,
						"found by the party's email or phone in a view");
			} else if (!links.partyOf(source, key).map(party.id()::equals).orElse(true)) {
				foreign.add(key);
			}
		});
		if (foreign.isEmpty()) {
			return answer;
		}
		var records = answer.records().stream().filter(r -> !foreign.contains(r.key())).toList();
		var status = answer.status();
		return new GuardedSource.Answer(
				new SourceStatus(status.source(), status.name(), status.connector(), status.status(),
						status.latencyMs(), status.cached(), records.size(), status.message()),
				records, answer.readAt());
	}
}
