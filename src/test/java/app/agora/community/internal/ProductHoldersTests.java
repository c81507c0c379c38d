package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import app.agora.support.ProductDemo;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verified-owner rule against the demo's real sources: billing says
 * Anne-Marie holds the annual travel insurance (found by her phone number) and
 * Dara the corporate account; Priya holds nothing.
 */
@AgoraTest
@ProductDemo
class ProductHoldersTests {

	@Autowired
	ProductHolders holders;
	@Autowired
	DemoUsers users;

	private UUID party(String email) {
		return users.get(email).partyId().orElseThrow();
	}

	@Test
	void aProductHeldInTheSourcesMakesAnOwnerWhateverTheCaseAndSpaces() {
		assertThat(holders.holds(party(DemoUsers.ANNE_MARIE), "Annual multi-trip travel insurance")).isTrue();
		assertThat(holders.holds(party(DemoUsers.ANNE_MARIE), "  annual MULTI-trip   travel insurance ")).isTrue();
		assertThat(holders.holds(party(DemoUsers.DARA), "Corporate account, invoice per trip")).isTrue();
	}

	@Test
	void anythingElseIsNotOwned() {
		assertThat(holders.holds(party(DemoUsers.ANNE_MARIE), "Corporate account, invoice per trip")).isFalse();
		assertThat(holders.holds(party(DemoUsers.ANNE_MARIE), "Annual multi-trip")).isFalse();
		assertThat(holders.holds(party(DemoUsers.PROSPECT), "Annual multi-trip travel insurance")).isFalse();
		assertThat(holders.holds(null, "Annual multi-trip travel insurance")).isFalse();
		assertThat(holders.holds(UUID.randomUUID(), "Annual multi-trip travel insurance")).isFalse();
	}
}
