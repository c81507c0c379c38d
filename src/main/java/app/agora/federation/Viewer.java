package app.agora.federation;

import java.util.UUID;

/** Who asks for a view, as the access log records it. */
public record Viewer(UUID accountId, String name, boolean staff) {
}
