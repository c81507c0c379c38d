package app.agora.federation.internal.linking;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.federation.Classification;
import app.agora.federation.FieldSpec;
import app.agora.federation.FieldType;
import app.agora.federation.IdentityResolution;
import app.agora.federation.LinkageMode;
import app.agora.federation.LinkageSettings;
import app.agora.federation.MatchScore;
import app.agora.federation.RecordRef;
import app.agora.federation.SourceRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a run does with the pairs it found, before anything is written. */
class LinkPlannerTests {

	private final UUID ada = UUID.fromString("00000000-0000-0000-0000-00000000000a");
	private final UUID bea = UUID.fromString("00000000-0000-0000-0000-00000000000b");
	private final SourceRecord adaParty = record("agora", ada.toString(), "Ada Lovelace", "ada@example.org");
	private final SourceRecord beaParty = record("agora", bea.toString(), "Bea Lovelace", "bea@example.org");
	private final SourceRecord crm = record("crm", "C-1", "Ada Lovelace", "ada@example.org");
	private final SourceRecord shop = record("shop", "S-1", "A. Lovelace", "ada@example.org");
	private final List<SourceRecord> records = List.of(adaParty, beaParty, crm, shop);
	private final app.agora.federation.LinkageModel model = new IdentityResolution(
			LinkageSettings.of(LinkageMode.DEDUPLICATE,
					List.of(new FieldSpec("name", FieldType.NAME), new FieldSpec("email", FieldType.EMAIL))))
			.resolve(records).model();

	@Test
	void recordsReachedFromOnePartyJoinItEvenThroughAnotherRecord() {
		var plan = planner(Map.of(), Set.of())
				.plan(List.of(pair(adaParty, crm, Classification.LINK), pair(crm, shop, Classification.LINK)));
		assertThat(plan.links()).extracting(LinkPlanner.NewLink::record, LinkPlanner.NewLink::party)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(crm.ref(), ada),
						org.assertj.core.groups.Tuple.tuple(shop.ref(), ada));
		assertThat(plan.links()).filteredOn(l -> l.record().equals(shop.ref())).singleElement()
				.satisfies(l -> assertThat(l.via()).isEqualTo(crm.ref()));
		assertThat(plan.reviews()).isEmpty();
	}

	@Test
	void aRecordReachedFromTwoPartiesJoinsNeitherAndTheTwoPartiesAreProposed() {
		var plan = planner(Map.of(), Set.of())
				.plan(List.of(pair(adaParty, crm, Classification.LINK), pair(beaParty, crm, Classification.LINK)));
		assertThat(plan.links()).isEmpty();
		assertThat(plan.reviews()).singleElement().satisfies(review -> {
			assertThat(review.left().ref()).isEqualTo(adaParty.ref());
			assertThat(review.right().ref()).isEqualTo(beaParty.ref());
			assertThat(review.party()).isEqualTo(ada);
		});
	}

	@Test
	void neverTheSameWithARecordOfThePartyKeepsTheRecordOut() {
		var neverSame = Set.of(LinkPlanner.Pair.of(shop.ref(), crm.ref()));
		var plan = planner(Map.of(crm.ref(), ada), neverSame)
				.plan(List.of(pair(adaParty, shop, Classification.LINK), pair(crm, shop, Classification.REVIEW)));
		assertThat(plan.links()).isEmpty();
		assertThat(plan.reviews()).isEmpty();
	}

	@Test
	void aBorderlineRecordIsProposedOnceWithTheMostProbablePairOfTheParty() {
		var weak = pair(adaParty, shop, Classification.REVIEW, 0.6);
		var strong = pair(crm, shop, Classification.REVIEW, 0.8);
		var plan = planner(Map.of(crm.ref(), ada), Set.of()).plan(List.of(weak, strong));
		assertThat(plan.links()).isEmpty();
		assertThat(plan.reviews()).singleElement().satisfies(review -> {
			assertThat(review.left().ref()).isEqualTo(crm.ref());
			assertThat(review.right().ref()).isEqualTo(shop.ref());
			assertThat(review.score().probability()).isEqualTo(0.8);
		});
	}

	private LinkPlanner planner(Map<RecordRef, UUID> links, Set<LinkPlanner.Pair> neverSame) {
		return new LinkPlanner("agora", records, links, neverSame, Set.of(), model);
	}

	private static MatchScore pair(SourceRecord left, SourceRecord right, Classification classification) {
		return pair(left, right, classification, classification == Classification.LINK ? 0.99 : 0.7);
	}

	private static MatchScore pair(SourceRecord left, SourceRecord right, Classification classification,
			double probability) {
		return new MatchScore(left.ref(), right.ref(), 3, probability, classification, null, List.of());
	}

	private static SourceRecord record(String source, String key, String name, String email) {
		return new SourceRecord(source, key, Map.of("name", name, "email", email));
	}
}
