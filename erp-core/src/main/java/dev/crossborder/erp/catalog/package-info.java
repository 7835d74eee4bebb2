/**
 * The catalog: {@link dev.crossborder.erp.catalog.Product products} (SPU) with their {@link
 * dev.crossborder.erp.catalog.Sku SKU} variants, {@link dev.crossborder.erp.catalog.Bundle
 * bundles}, and the {@link dev.crossborder.erp.catalog.Catalog} service that keeps them.
 */
@NullMarked
package dev.crossborder.erp.catalog;

import org.jspecify.annotations.NullMarked;
