package dev.crossborder.erp.sync;

/**
 * Hears what the sync engine does. Called on the thread that runs the pull; must be quick and
 * thread-safe. An exception it throws is logged and otherwise ignored.
 */
public interface SyncListener {

  /** A page was stored and its checkpoint saved. */
  default void pageStored(SyncProgress progress) {}

  /** A pull ended, however it ended. */
  default void pullFinished(SyncReport report) {}
}
