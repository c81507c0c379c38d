package app.agora.demo;

import app.agora.access.AccountRole;
import java.util.List;

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

	private DemoAccounts() {
	}
}
