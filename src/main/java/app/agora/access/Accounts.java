package app.agora.access;

import app.agora.access.internal.AccountStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts and answers who holds one. */
@Service
public class Accounts {

	private final AccountStore store;
	private final JdbcClient jdbc;

	Accounts(AccountStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * Two parties were merged: the accounts of the absorbed one now stand for the
	 * survivor. (Called by the parties module, which depends on this one.)
	 */
	@Transactional
	public int moveParty(UUID from, UUID to) {
		return jdbc.sql("update account set party_id = :to where party_id = :from").param("to", to).param("from", from)
				.update();
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

	/** The account with this id, if any (the community shows members by email). */
	public Optional<SignedInUser> byId(UUID id) {
		return store.findById(id);
	}

	/**
	 * The accounts with these ids, by id, in one query (a page that shows many
	 * members); ids without an account are left out.
	 */
	public Map<UUID, SignedInUser> byIds(Collection<UUID> ids) {
		return store.findAllById(ids);
	}

	/** Every enabled staff account, for work that goes to "all staff". */
	public List<SignedInUser> staff() {
		return store.staff();
	}
}
