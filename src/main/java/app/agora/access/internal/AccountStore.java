package app.agora.access.internal;

import app.agora.access.AccountRole;
import app.agora.access.NewAccount;
import app.agora.access.SignedInUser;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the rest of access sees them; also what the login form checks
 * passwords against.
 */
@Component
public class AccountStore implements UserDetailsService {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;

	AccountStore(AccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	@Transactional
	public UUID open(NewAccount account) {
		var saved = accounts
				.save(new Account(UUID.randomUUID(), null, normalise(account.email()), account.displayName(),
						passwords.encode(account.password()), account.role(), account.partyId(), true, Instant.now()));
		return saved.id();
	}

	public long count() {
		return accounts.count();
	}

	public Optional<SignedInUser> findByEmail(String email) {
		return accounts.findByEmail(normalise(email)).map(Account::toUser);
	}

	public List<SignedInUser> staff() {
		return accounts.findAll().stream().map(Account::toUser).filter(u -> u.isStaff() && u.isEnabled())
				.sorted(Comparator.comparing(SignedInUser::email)).toList();
	}

	public Map<UUID, SignedInUser> findAllById(Collection<UUID> ids) {
		var found = new HashMap<UUID, SignedInUser>();
		if (!ids.isEmpty()) {
			accounts.findAllById(ids).forEach(account -> found.put(account.id(), account.toUser()));
		}
		return found;
	}

	/**
	 * The account, read with a plain query: it is read for every API call made with
	 * a token and every notice sent, where mapping it as an entity cost several
	 * times the query itself.
	 */
	public Optional<SignedInUser> findById(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + USER_COLUMNS + " from account where id = :id").param("id", id)
				.query((rs, n) -> user(id, rs)).optional();
	}

	/** The columns {@link #user} reads, for queries that read an account. */
	static final String USER_COLUMNS = "email, display_name, password_hash, role, party_id, enabled";

	static SignedInUser user(UUID id, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SignedInUser(id, rs.getString("email"), rs.getString("display_name"),
				AccountRole.valueOf(rs.getString("role")), rs.getObject("party_id", UUID.class),
				rs.getBoolean("enabled"), rs.getString("password_hash"));
	}

	@Override
	public SignedInUser loadUserByUsername(String email) {
		return findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	private static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
