package app.agora.access.internal;

import app.agora.access.AccountRole;
import app.agora.access.NewAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with accounts, and what anyone does with their own
 * password.
 */
@Service
class AccountAdministration {

	static final int MIN_PASSWORD_LENGTH = 8;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final AccountRepository accounts;
	private final AccountStore store;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;

	AccountAdministration(AccountRepository accounts, AccountStore store, PasswordEncoder passwords, JdbcClient jdbc) {
		this.accounts = accounts;
		this.store = store;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	record AccountView(UUID id, String email, String displayName, AccountRole role, UUID partyId, boolean enabled) {

		static AccountView of(Account account) {
			return new AccountView(account.id(), account.email(), account.displayName(), account.role(),
					account.partyId(), account.enabled());
		}
	}

	List<AccountView> list() {
		return accounts.findAll().stream().map(AccountView::of)
				.sorted(java.util.Comparator.comparing(AccountView::email)).toList();
	}

	/**
	 * Field name → message key for every problem with a new account; empty when it
	 * can be opened.
	 */
	Map<String, String> check(String email, String displayName, String password, AccountRole role) {
		var errors = new LinkedHashMap<String, String>();
		if (email == null || email.length() > 320 || !EMAIL.matcher(email.strip()).matches()) {
			errors.put("email", "accounts.error.email");
		} else if (store.findByEmail(email).isPresent()) {
			errors.put("email", "accounts.error.taken");
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			errors.put("displayName", "accounts.error.name");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
			errors.put("password", "accounts.error.password");
		}
		if (role == null) {
			errors.put("role", "accounts.error.role");
		}
		return errors;
	}

	@Transactional
	UUID open(String email, String displayName, String password, AccountRole role, UUID partyId) {
		return store.open(
				new NewAccount(email.strip().toLowerCase(Locale.ROOT), displayName.strip(), password, role, partyId));
	}

	@Transactional
	boolean change(UUID id, AccountRole role, Boolean enabled) {
		if (accounts.findById(id).isEmpty()) {
			return false;
		}
		if (role != null) {
			jdbc.sql("update account set role = :role, version = version + 1 where id = :id").param("role", role.name())
					.param("id", id).update();
		}
		if (enabled != null) {
			jdbc.sql("update account set enabled = :enabled, version = version + 1 where id = :id")
					.param("enabled", enabled).param("id", id).update();
		}
		return true;
	}

	/**
	 * Changes one's own password after checking the current one; answers the
	 * message key of a refusal, or null.
	 */
	@Transactional
	String changePassword(UUID accountId, String current, String replacement, String confirmation) {
		var account = accounts.findById(accountId).orElseThrow();
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			return "password.error.current";
		}
		if (replacement == null || replacement.length() < MIN_PASSWORD_LENGTH || replacement.length() > 200) {
			return "accounts.error.password";
		}
		if (!replacement.equals(confirmation)) {
			return "password.error.confirmation";
		}
		jdbc.sql("update account set password_hash = :hash, version = version + 1 where id = :id")
				.param("hash", passwords.encode(replacement)).param("id", accountId).update();
		return null;
	}
}
