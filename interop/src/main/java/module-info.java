/**
 * Export of a {@code Catalog} to the directory standards Open Referral HSDS 3.0 and CPSV-AP-NO 1.1, and
 * import of HSDS 3.0 into a catalog. See {@link no.rusomsorg.interop.Hsds} and
 * {@link no.rusomsorg.interop.CpsvApNo}.
 */
module no.rusomsorg.interop {
  requires static org.jspecify;
  requires transitive no.rusomsorg.core;

  exports no.rusomsorg.interop;
}
