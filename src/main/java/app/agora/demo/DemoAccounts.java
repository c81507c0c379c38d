package app.agora.demo;

import app.agora.access.AccountRole;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's sign-in accounts, all with the password {@value #PASSWORD}; the
 * README lists the same.
 */
final class DemoAccounts {

	static final String PASSWORD = "demo";

	record DemoAccount(String email, String displayName, AccountRole role, String partyEmail) {
	}

	static final List<DemoAccount> ALL = List.of(
			new DemoAccount("admin@agora.demo", "Ada Admin", AccountRole.ADMIN, "admin@agora.demo"),
			new DemoAccount("agent@agora.demo", "Sam Service", AccountRole.SERVICE_AGENT, "agent@agora.demo"),
			new DemoAccount("sales@agora.demo", "Sofia Sales", AccountRole.SALES, "sales@agora.demo"),
			new DemoAccount("product@agora.demo", "Paul Product", AccountRole.PRODUCT_LEAD, "product@agora.demo"),
			new DemoAccount("anne-marie@agora.demo", "Anne-Marie Leclerc", AccountRole.MEMBER, "anne-marie@agora.demo"),
			new DemoAccount("dara@agora.demo", "Dara Okafor", AccountRole.MEMBER, "dara@agora.demo"),
			new DemoAccount("prospect@agora.demo", "Priya Natarajan", AccountRole.MEMBER, "prospect@agora.demo"));

	/**
	 * Community members who write the demo's conversations; they can sign in too
	 * (same password) but are not listed at startup.
	 */
	static final List<DemoAccount> COMMUNITY_VOICES = List.of(
			new DemoAccount("tomas.herrera@example.com", "Tomás Herrera", AccountRole.MEMBER,
					"tomas.herrera@example.com"),
			new DemoAccount("j.muller@example.de", "Jonas Müller", AccountRole.MEMBER, "j.muller@example.de"),
			new DemoAccount("keiko.sato@example.jp", "Keiko Sato", AccountRole.MEMBER, "keiko.sato@example.jp"),
			new DemoAccount("liam.obrien@example.ie", "Liam O'Brien", AccountRole.MEMBER, "liam.obrien@example.ie"),
			new DemoAccount("chloe.martin@example.fr", "Chloé Martin", AccountRole.MEMBER, "chloe.martin@example.fr"),
			new DemoAccount("fatima.zahra@example.ma", "Fatima Zahra", AccountRole.MEMBER, "fatima.zahra@example.ma"),
			new DemoAccount("guide.marc@cordee-voyages.example", "Marc Favre", AccountRole.MEMBER,
					"guide.marc@cordee-voyages.example"));

	/** The listed accounts and the community voices. */
	static List<DemoAccount> everyone() {
		return Stream.concat(ALL.stream(), COMMUNITY_VOICES.stream()).toList();
	}

	private DemoAccounts() {
	}
}
