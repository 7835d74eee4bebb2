/**
 * Finance (成本/利润): landed cost and order profit. {@link dev.crossborder.erp.finance.CostLayer
 * Cost layers} per SKU and warehouse hold what the units cost in the tenant's base currency:
 * purchase price from purchase-order receipts converted at the receipt's rate, plus first-leg
 * freight, duties and fees {@link dev.crossborder.erp.finance.AllocationBasis allocated} to the
 * units of a shipment without losing a minor unit. Each warehouse issues cost by its {@link
 * dev.crossborder.erp.finance.CostingMethod}. {@link dev.crossborder.erp.finance.OrderProfit Order
 * profit} is estimated when an order ships and corrected when the platform's settlement reports
 * the actual fees; both figures are kept. The service is {@link
 * dev.crossborder.erp.finance.Finance}, reached by {@code erp.finance()}.
 */
@NullMarked
package dev.crossborder.erp.finance;

import org.jspecify.annotations.NullMarked;
