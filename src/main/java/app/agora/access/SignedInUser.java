package app.agora.access;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, whether signed in with a session or with a
 * personal API token.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;
	private final String email;
	private final String displayName;
	private final AccountRole role;
	private final UUID partyId;
	private final boolean enabled;
	private String passwordHash;

	public SignedInUser(UUID accountId, String email, String displayName, AccountRole role, UUID partyId,
			boolean enabled, String passwordHash) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.partyId = partyId;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UUID accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public AccountRole role() {
		return role;
	}

	/** The party this account stands for; staff accounts may have none. */
	public Optional<UUID> partyId() {
		return Optional.ofNullable(partyId);
	}

	public boolean isStaff() {
		return role.isStaff();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(role.authority()));
		if (role.isStaff()) {
			authorities.add(new SimpleGrantedAuthority(AccountRole.STAFF_AUTHORITY));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && accountId.equals(that.accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + email + ", " + role + "]";
	}
}
