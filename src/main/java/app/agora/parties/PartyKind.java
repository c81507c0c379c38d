package app.agora.parties;

public enum PartyKind {
	PERSON, ORGANISATION
}
