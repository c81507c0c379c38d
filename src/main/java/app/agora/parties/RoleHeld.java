package app.agora.parties;

import java.time.LocalDate;

public record RoleHeld(PartyRole role, LocalDate since, LocalDate until) {

	public boolean isCurrent() {
		return until == null;
	}
}
