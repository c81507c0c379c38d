package app.agora.outreach;

import app.agora.access.SignedInUser;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the outreach web tests start from: a fresh customer signed in as a
 * member, a staff member, and the clock at a fixed moment.
 */
abstract class CustomerAndStaff {

	@Autowired
	MockMvc mvc;
	@Autowired
	Parties parties;
	@Autowired
	Outreach outreach;
	@Autowired
	ContactPreferences preferences;
	@Autowired
	TestClock clock;

	PartyDetails customer;
	SignedInUser member;
	SignedInUser staff;

	@BeforeEach
	void people() {
		clock.set(Instant.parse("2026-03-10T12:00:00Z"));
		customer = People.customer(parties);
		member = People.member(customer);
		staff = People.staff(People.customer(parties));
	}
}
