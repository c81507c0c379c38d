package app.agora.access;

import app.agora.access.internal.AccountStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Opens accounts and answers who holds one. */
@Service
public class Accounts {

	private final AccountStore store;

	Accounts(AccountStore store) {
		this.store = store;
	}

	public UUID open(NewAccount account) {
		return store.open(account);
	}

	public long count() {
		return store.count();
	}

	public boolean exists(String email) {
		return store.findByEmail(email).isPresent();
	}

	/** The account with this email (compared in lower case), if any. */
	public Optional<SignedInUser> byEmail(String email) {
		return store.findByEmail(email);
	}

	/** Every enabled staff account, for work that goes to "all staff". */
	public List<SignedInUser> staff() {
		return store.staff();
	}
}
