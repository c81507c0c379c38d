package app.agora.federation.spi;

/**
 * One setting a connector reads, typed so that the configuration can be checked
 * at startup and an admin screen can render it.
 */
public record SettingDescriptor(String name, Type type, boolean required, String help) {

	public enum Type {
		STRING, SECRET, URL, PATH, INTEGER, DURATION, MAP
	}

	public static SettingDescriptor required(String name, Type type, String help) {
		return new SettingDescriptor(name, type, true, help);
	}

	public static SettingDescriptor optional(String name, Type type, String help) {
		return new SettingDescriptor(name, type, false, help);
	}
}
