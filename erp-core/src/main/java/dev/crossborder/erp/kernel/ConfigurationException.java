package dev.crossborder.erp.kernel;

/**
 * The SDK was configured wrongly: a builder setting given twice or missing, a second connector for
 * one platform, a store whose schema is missing. Raised while building, before any work is done.
 */
public class ConfigurationException extends ErpException {
  private static final long serialVersionUID = 1L;

  /** Creates the error with a short message naming the setting. */
  public ConfigurationException(String message) {
    super(ErrorCode.CONFIGURATION, message);
  }
}
