package app.agora.community;

import java.time.Instant;

/** A member who may not post until {@code until}, unless lifted earlier. */
public record Suspension(long id, String memberName, Instant until, String reason, Instant createdAt,
		Instant liftedAt) {

	public boolean activeAt(Instant now) {
		return liftedAt == null && until.isAfter(now);
	}
}
