/**
 * Access: who may sign in and what each may do. Accounts (staff and the
 * customers and prospects who use their own pages), the login page, roles,
 * personal API tokens with scopes and login throttling.
 * <p>
 * It never reads another module's data: an account only carries the id of the
 * party it stands for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package app.agora.access;
