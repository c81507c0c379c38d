/**
 * Outreach: the one gate every outbound message passes, whichever module wants
 * to send it. It checks the recipient's consent for the channel and purpose, a
 * per-purpose frequency cap and the recipient's quiet hours, records each
 * decision with its reason, and only then hands the message to a channel
 * (in-app notification or email).
 * <p>
 * Other modules call {@link app.agora.outreach.Outreach} and nothing else;
 * sending mail or writing notifications by any other way fails the build.
 * Channels plug in through {@code spi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package app.agora.outreach;
