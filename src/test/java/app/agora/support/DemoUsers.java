package app.agora.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.agora.access.SignedInUser;
import app.agora.access.internal.AccountStore;
import app.agora.community.Participant;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs MockMvc requests in as one of the demo accounts, through the real
 * security filter chain.
 */
@Component
public class DemoUsers {

	public static final String ADMIN = "admin@agora.demo";
	public static final String SALES = "sales@agora.demo";
	public static final String AGENT = "agent@agora.demo";
	public static final String PRODUCT = "product@agora.demo";
	public static final String ANNE_MARIE = "anne-marie@agora.demo";
	public static final String DARA = "dara@agora.demo";
	public static final String PROSPECT = "prospect@agora.demo";

	private final AccountStore accounts;

	public DemoUsers(AccountStore accounts) {
		this.accounts = accounts;
	}

	public SignedInUser get(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

	/** The demo user as the community sees a signed-in member. */
	public Participant participant(String email) {
		return Participant.of(get(email)).orElseThrow();
	}

	/** Signed in with a session, CSRF token included (as the pages send it). */
	public RequestPostProcessor as(String email) {
		RequestPostProcessor signedIn = user(get(email));
		return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}
}
