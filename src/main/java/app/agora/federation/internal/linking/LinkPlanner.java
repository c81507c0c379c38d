package app.agora.federation.internal.linking;

import app.agora.federation.Classification;
import app.agora.federation.LinkageModel;
import app.agora.federation.MatchScore;
import app.agora.federation.RecordRef;
import app.agora.federation.SourceRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides what a resolution means for the parties, without touching the
 * database: which unlinked records join a party (reached from it by linked
 * pairs, and from no other party), and which pairs a person must look at
 * (borderline pairs next to a party, and anything that would join two parties,
 * which is never done automatically). Decisions already taken hold: an existing
 * link is never moved, a pair marked never-the-same is never linked or
 * proposed, a pair already proposed (even rejected) is not proposed again.
 */
final class LinkPlanner {

	/** A pair of records with the smaller (source, key) on the left. */
	record Pair(RecordRef left, RecordRef right) {

		static final Comparator<RecordRef> ORDER = Comparator.comparing(RecordRef::source)
				.thenComparing(RecordRef::key);

		static Pair of(RecordRef a, RecordRef b) {
			return ORDER.compare(a, b) <= 0 ? new Pair(a, b) : new Pair(b, a);
		}
	}

	/** A record that joins a party, reached through {@code via}. */
	record NewLink(RecordRef record, UUID party, RecordRef via, MatchScore score) {
	}

	/** A pair for a person to decide; {@code party} is the one it would join. */
	record NewReview(SourceRecord left, SourceRecord right, UUID party, MatchScore score) {
	}

	record Plan(List<NewLink> links, List<NewReview> reviews) {
	}

	private final String agoraSource;
	private final Map<RecordRef, SourceRecord> records;
	private final Map<RecordRef, UUID> links;
	private final Map<UUID, Set<RecordRef>> linkedTo = new HashMap<>();
	private final Set<Pair> neverSame;
	private final Set<Pair> proposed;
	private final LinkageModel model;
	/** Parties that reach a common record: they may be one person. */
	private final List<Set<UUID>> unresolved = new ArrayList<>();

	/**
	 * @param agoraSource
	 *            the source whose keys are party ids (Agora's own store)
	 * @param links
	 *            every existing link, record → party
	 * @param neverSame
	 *            pairs staff said are different people
	 * @param proposed
	 *            pairs that already have a review row, whatever its status
	 */
	LinkPlanner(String agoraSource, Collection<SourceRecord> records, Map<RecordRef, UUID> links, Set<Pair> neverSame,
			Set<Pair> proposed, LinkageModel model) {
		this.agoraSource = agoraSource;
		this.records = new HashMap<>();
		records.forEach(r -> this.records.put(r.ref(), r));
		this.links = new HashMap<>(links);
		this.links.forEach((ref, party) -> linkedTo.computeIfAbsent(party, p -> new HashSet<>()).add(ref));
		this.neverSame = neverSame;
		this.proposed = new HashSet<>(proposed);
		this.model = model;
	}

	Plan plan(List<MatchScore> pairs) {
		var newLinks = linksFrom(pairs.stream().filter(p -> p.classification() == Classification.LINK).toList());
		newLinks.forEach(link -> {
			links.put(link.record(), link.party());
			linkedTo.computeIfAbsent(link.party(), p -> new HashSet<>()).add(link.record());
		});
		var reviews = new LinkedHashMap<Pair, NewReview>();
		// One proposal per free record and party: the most probable of the pairs that
		// join them (the party itself and each of its linked records may all be near).
		var strongest = new LinkedHashMap<Map.Entry<RecordRef, UUID>, MatchScore>();
		for (var pair : pairs) {
			UUID left = partyOf(pair.left());
			UUID right = partyOf(pair.right());
			if (left != null && right != null && !left.equals(right)) {
				// Two parties that look like one person: a merge is a person's decision.
				partyPair(left, right, reviews);
			} else if (pair.classification() == Classification.REVIEW && (left == null) != (right == null)) {
				RecordRef free = left == null ? pair.left() : pair.right();
				UUID party = left == null ? right : left;
				if (!free.source().equals(agoraSource) && !neverSameAsParty(free, party)) {
					strongest.merge(Map.entry(free, party), pair, (a, b) -> b.probability() > a.probability() ? b : a);
				}
			}
		}
		strongest.forEach((near, pair) -> propose(pair.left(), pair.right(), near.getValue(), pair, reviews));
		unresolved.forEach(parties -> {
			var list = new ArrayList<>(parties);
			for (int i = 0; i < list.size(); i++) {
				for (int j = i + 1; j < list.size(); j++) {
					partyPair(list.get(i), list.get(j), reviews);
				}
			}
		});
		return new Plan(newLinks, List.copyOf(reviews.values()));
	}

	/**
	 * Walks the linked pairs from each party's records through unlinked records
	 * only; a record reached from exactly one party joins it.
	 */
	private List<NewLink> linksFrom(List<MatchScore> linked) {
		var edges = new HashMap<RecordRef, List<MatchScore>>();
		for (var pair : linked) {
			edges.computeIfAbsent(pair.left(), r -> new ArrayList<>()).add(pair);
			edges.computeIfAbsent(pair.right(), r -> new ArrayList<>()).add(pair);
		}
		// record → party → the pair it was first reached through
		var reached = new LinkedHashMap<RecordRef, Map<UUID, MatchScore>>();
		for (var start : edges.keySet()) {
			UUID party = partyOf(start);
			if (party == null) {
				continue;
			}
			var queue = new ArrayDeque<RecordRef>();
			var seen = new HashSet<RecordRef>();
			queue.add(start);
			seen.add(start);
			while (!queue.isEmpty()) {
				var at = queue.poll();
				for (var pair : edges.getOrDefault(at, List.of())) {
					var other = pair.left().equals(at) ? pair.right() : pair.left();
					if (!seen.add(other) || partyOf(other) != null || other.source().equals(agoraSource)
							|| neverSameAsParty(other, party)) {
						continue;
					}
					reached.computeIfAbsent(other, r -> new LinkedHashMap<>()).putIfAbsent(party, pair);
					queue.add(other);
				}
			}
		}
		var newLinks = new ArrayList<NewLink>();
		reached.forEach((record, parties) -> {
			if (parties.size() == 1) {
				var only = parties.entrySet().iterator().next();
				var via = only.getValue().left().equals(record) ? only.getValue().right() : only.getValue().left();
				newLinks.add(new NewLink(record, only.getKey(), via, only.getValue()));
			} else {
				unresolved.add(parties.keySet());
			}
		});
		return newLinks;
	}

	private void partyPair(UUID a, UUID b, Map<Pair, NewReview> reviews) {
		var left = new RecordRef(agoraSource, a.toString());
		var right = new RecordRef(agoraSource, b.toString());
		var leftRecord = records.get(left);
		var rightRecord = records.get(right);
		if (leftRecord == null || rightRecord == null || model == null) {
			return;
		}
		if (neverSame.contains(Pair.of(left, right))) {
			return;
		}
		propose(left, right, Pair.ORDER.compare(left, right) <= 0 ? a : b, model.score(leftRecord, rightRecord),
				reviews);
	}

	private void propose(RecordRef a, RecordRef b, UUID party, MatchScore score, Map<Pair, NewReview> reviews) {
		var pair = Pair.of(a, b);
		if (neverSame.contains(pair) || proposed.contains(pair) || reviews.containsKey(pair)) {
			return;
		}
		var left = records.get(pair.left());
		var right = records.get(pair.right());
		if (left == null || right == null) {
			return;
		}
		boolean swapped = !score.left().equals(pair.left());
		var oriented = swapped ? swap(score) : score;
		reviews.put(pair, new NewReview(left, right, party, oriented));
	}

	private static MatchScore swap(MatchScore score) {
		var comparisons = score.comparisons().stream().map(c -> new app.agora.federation.Comparison(c.field(), c.type(),
				c.level(), c.right(), c.left(), c.weight())).toList();
		return new MatchScore(score.right(), score.left(), score.weight(), score.probability(), score.classification(),
				score.rule(), comparisons);
	}

	private UUID partyOf(RecordRef ref) {
		if (ref.source().equals(agoraSource)) {
			try {
				return UUID.fromString(ref.key());
			} catch (IllegalArgumentException e) {
				return null;
			}
		}
		return links.get(ref);
	}

	/**
	 * Staff said this record is not the party, or not one of the records already
	 * linked to it.
	 */
	private boolean neverSameAsParty(RecordRef record, UUID party) {
		if (neverSame.contains(Pair.of(record, new RecordRef(agoraSource, party.toString())))) {
			return true;
		}
		for (var linked : linkedTo.getOrDefault(party, Set.of())) {
			if (neverSame.contains(Pair.of(record, linked))) {
				return true;
			}
		}
		return false;
	}
}
