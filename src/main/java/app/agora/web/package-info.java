/**
 * The web shell: page layout, home pages, the locale switch and how errors
 * reach people (an error page) and programs (RFC 9457 problem details). It owns
 * no customer data and holds no business rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package app.agora.web;
