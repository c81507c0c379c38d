package app.agora.parties.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface PartyRepository extends ListCrudRepository<Party, UUID> {
}
