package app.agora.access;

import java.util.UUID;

/**
 * What it takes to open an account: the password is given in clear and stored
 * only as a hash.
 */
public record NewAccount(String email, String displayName, String password, AccountRole role, UUID partyId) {
}
