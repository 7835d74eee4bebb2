package dev.crossborder.erp.platform;

/**
 * Marker of what a {@link PlatformConnector} can do for a shop. Each capability is an interface
 * extending this one; a connector that lacks one answers an empty {@code Optional} from {@link
 * PlatformConnector#capability(Class)}, never an {@code UnsupportedOperationException}.
 *
 * <p>Implementations must be thread-safe: one connector serves every shop of its platform from
 * any number of threads.
 */
public interface Capability {}
