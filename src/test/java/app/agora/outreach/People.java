package app.agora.outreach;

import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import java.util.UUID;

/**
 * Fresh parties for each test, so tests sharing one database never see each
 * other's messages, and the signed-in users that stand for them.
 */
public final class People {

	private People() {
	}

	public static PartyDetails customer(Parties parties) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return parties.create(
				PartyDraft.person("Test", "Customer " + tag, "customer-" + tag + "@example.com", null, "Lyon", "FR"),
				LifecycleStage.CUSTOMER, "test");
	}

	public static PartyDetails customerWithoutEmail(Parties parties) {
		return parties.create(PartyDraft.person("Nomail", "Customer", null, null, "Lyon", "FR"),
				LifecycleStage.CUSTOMER, "test");
	}

	public static SignedInUser member(PartyDetails party) {
		return new SignedInUser(UUID.randomUUID(), party.email() == null ? "nomail@example.com" : party.email(),
				party.displayName(), AccountRole.MEMBER, party.id(), true, "unused");
	}

	public static SignedInUser staff(PartyDetails party) {
		return new SignedInUser(UUID.randomUUID(), "agent-" + party.id() + "@agora.demo", "Sam Service",
				AccountRole.SERVICE_AGENT, party.id(), true, "unused");
	}
}
