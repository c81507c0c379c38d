package app.agora.listening.internal;

import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import app.agora.listening.FeedbackRefused;
import org.springframework.http.HttpStatus;

/**
 * Who may do what in listening: staff read, product leads and admins change.
 */
final class Access {

	private Access() {
	}

	static void staff(SignedInUser user) {
		if (user == null || !user.role().isStaff()) {
			throw new FeedbackRefused(HttpStatus.FORBIDDEN, null, "listening.error.staff", "Only staff read feedback.");
		}
	}

	static void lead(SignedInUser user) {
		staff(user);
		if (!isLead(user)) {
			throw new FeedbackRefused(HttpStatus.FORBIDDEN, null, "listening.error.lead",
					"Only product leads and admins change themes, names, rules and signals.");
		}
	}

	static boolean isLead(SignedInUser user) {
		return user != null && (user.role() == AccountRole.PRODUCT_LEAD || user.role() == AccountRole.ADMIN);
	}
}
