package app.agora.parties.internal.importing;

import app.agora.parties.LifecycleStage;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyRole;

/**
 * A valid row, ready to be written: the party it describes, the role to grant
 * (or null), the stage for a new party, and its normalised contact keys for
 * matching (either may be null).
 */
record ImportRow(long line, PartyDraft draft, PartyRole role, LifecycleStage stage, String emailKey, String phoneKey) {
}
