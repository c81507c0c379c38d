package app.agora.community;

/**
 * Staff changed a space: its name, address, description, visibility, products,
 * members or moderators. Whatever shows the space's threads may have to change
 * (a public space that becomes members-only disappears for signed-out readers).
 */
public record SpaceChanged(String spaceSlug) {
}
