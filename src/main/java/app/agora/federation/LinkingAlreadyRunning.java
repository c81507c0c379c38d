package app.agora.federation;

/**
 * A linking run was asked for while another one is going on this node: runs
 * never overlap, since two of them would propose the same pairs twice.
 */
public class LinkingAlreadyRunning extends RuntimeException {

	public LinkingAlreadyRunning() {
		super("A linking run is already going; wait for it to finish.");
	}
}
