package app.agora.access.internal;

import app.agora.access.SignedInUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed with a personal API token: the account's roles plus the
 * token's scopes.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final SignedInUser user;
	private final Set<TokenScope> scopes;

	ApiTokenAuthentication(SignedInUser user, Set<TokenScope> scopes) {
		super(authorities(user, scopes));
		this.user = user;
		this.scopes = scopes;
		setAuthenticated(true);
	}

	private static Collection<GrantedAuthority> authorities(SignedInUser user, Set<TokenScope> scopes) {
		List<GrantedAuthority> all = new ArrayList<>(user.getAuthorities());
		scopes.forEach(s -> all.add(new SimpleGrantedAuthority(s.authority())));
		return all;
	}

	boolean allows(TokenScope scope) {
		return scopes.contains(scope);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public SignedInUser getPrincipal() {
		return user;
	}
}
