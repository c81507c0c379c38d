package app.agora.parties;

/**
 * A search over parties: free text over name, email and phone, optionally
 * narrowed to a role, stage or kind.
 */
public record PartyQuery(String text, PartyRole role, LifecycleStage stage, PartyKind kind) {

	public static PartyQuery all() {
		return new PartyQuery(null, null, null, null);
	}
}
