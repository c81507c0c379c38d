package app.agora.parties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The parties module on its own: losing a deal publishes what the prospect
 * said, for whoever listens.
 */
@ApplicationModuleTest
class LifecycleModuleTests {

	@Autowired
	Parties parties;
	@Autowired
	Lifecycle lifecycle;

	@Test
	void aLostDealPublishesTheReasonAndKeepsTheParty(Scenario scenario) {
		var prospect = parties.create(PartyDraft.person("Mia", "Moss", "mia@example.com", null, null, null),
				LifecycleStage.NEGOTIATION, "test");

		scenario.stimulate(() -> lifecycle.markLost(prospect.id(), "Needed a trip in March", null, "sales"))
				.andWaitForEventOfType(ProspectLost.class).matching(e -> e.partyId().equals(prospect.id()))
				.toArriveAndVerify(event -> {
					assertThat(event.reason()).isEqualTo("Needed a trip in March");
					assertThat(event.recordedBy()).isEqualTo("sales");
				});
		assertThat(parties.get(prospect.id()).stage()).isEqualTo(LifecycleStage.LOST_IN_TOUCH);
	}

	@Test
	void aNewPartyIsAnnounced(Scenario scenario) {
		scenario.stimulate(() -> parties.create(PartyDraft.organisation("Fjord Trips", null, null, null, "NO"),
				LifecycleStage.LEAD, "test")).andWaitForEventOfType(PartyRegistered.class)
				.matching(e -> e.displayName().equals("Fjord Trips")).toArrive();
	}
}
