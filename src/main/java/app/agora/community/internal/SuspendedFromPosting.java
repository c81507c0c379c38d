package app.agora.community.internal;

import app.agora.community.CommunityRefused;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpStatus;

/**
 * A suspended member tried to post: 403 with the end date, in the problem's
 * detail and {@code until} property, and beside the text field on pages.
 */
class SuspendedFromPosting extends CommunityRefused {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	private final Instant until;

	SuspendedFromPosting(Instant until) {
		super(HttpStatus.FORBIDDEN, "text", "trust.error.suspended",
				"You are suspended from posting until " + SHOWN.format(until) + ".");
		this.until = until;
		getBody().setProperty("until", until.toString());
	}

	/** The arguments of the page message: the end date as shown. */
	Object[] messageArguments() {
		return new Object[]{SHOWN.format(until)};
	}
}
