package app.agora.parties;

/**
 * A row of an imported file that was not imported: the line where it begins in
 * the file (the header is line 1) and why.
 */
public record ImportRejection(long line, String reason) {
}
