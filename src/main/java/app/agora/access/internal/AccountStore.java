package app.agora.access.internal;

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

	AccountStore(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
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

	public Optional<SignedInUser> findById(UUID id) {
		return accounts.findById(id).map(Account::toUser);
	}

	@Override
	public SignedInUser loadUserByUsername(String email) {
		return findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	private static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
