package app.agora.community;

import java.util.UUID;

/** Someone liked a post (never their own). Trust counts likes received. */
public record PostLiked(long postId, long threadId, UUID authorAccountId, UUID likerAccountId) {
}
