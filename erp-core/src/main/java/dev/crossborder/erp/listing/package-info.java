/**
 * Listings (刊登): one product master published to many shops. A {@link
 * dev.crossborder.erp.listing.ListingTemplate} maps the product and SKU to each platform's
 * attributes, a {@link dev.crossborder.erp.listing.PriceRule} computes each marketplace's price
 * with its breakdown, and {@link dev.crossborder.erp.listing.Listings} publishes, tracks the
 * platform's verdict ({@link dev.crossborder.erp.listing.ListingStatus}), pairs existing platform
 * listings with local SKUs (配对) and reports the listings that need attention.
 *
 * <p>Every submission is stored as an intent before the platform is called, so a publisher that
 * dies mid-way resumes without creating a listing twice; see {@link
 * dev.crossborder.erp.listing.Listings#resume()}.
 */
@NullMarked
package dev.crossborder.erp.listing;

import org.jspecify.annotations.NullMarked;
