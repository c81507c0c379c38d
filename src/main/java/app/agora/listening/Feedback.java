package app.agora.listening;

import app.agora.access.SignedInUser;
import java.io.InputStream;
import java.util.List;

/**
 * Feedback for staff: the inbox, items logged by hand or imported from another
 * channel, themes, and the names listened for. Every method takes the person
 * asking: staff read; product leads and admins also edit themes and names
 * ({@link FeedbackRefused} 403 otherwise).
 */
public interface Feedback {

	FeedbackPage inbox(FeedbackQuery query, int page, int size, SignedInUser reader);

	FeedbackItem item(long id, SignedInUser reader);

	/** Stores the item at once; it is tagged in the background within seconds. */
	FeedbackItem log(FeedbackDraft draft, SignedInUser staff);

	/**
	 * Imports a CSV export of another channel (columns {@code text}, and optionally
	 * {@code said_at}, {@code author_email}, {@code author_name}, {@code channel}).
	 * Rows already imported are recognised and skipped.
	 */
	FeedbackImport importCsv(String channel, InputStream csv, SignedInUser staff);

	List<Theme> themes(SignedInUser reader);

	Theme theme(long id, SignedInUser reader);

	Theme renameTheme(long id, String name, SignedInUser lead);

	/** Moves every item of {@code from} into {@code into}; {@code from} is gone. */
	Theme mergeThemes(long into, long from, SignedInUser lead);

	/** Groups the theme's items again into two or more themes. */
	List<Theme> splitTheme(long id, SignedInUser lead);

	/** Moves one item to another theme. */
	FeedbackItem moveItem(long itemId, long themeId, SignedInUser lead);

	Listened listened(SignedInUser reader);

	Alias addAlias(Alias.AliasKind kind, String subject, String alias, SignedInUser lead);

	void removeAlias(long aliasId, SignedInUser lead);

	/** Products and competitors named in items so far, for the inbox's filters. */
	Named named(SignedInUser reader);

	/** Products and competitors items have named, most named first. */
	record Named(List<String> products, List<Mention> competitors) {
	}
}
