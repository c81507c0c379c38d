package app.agora.outreach.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ContactPreferenceRepository extends ListCrudRepository<ContactPreference, UUID> {
}
