/**
 * Query parameters that only say where a click came from: the same article behind two of them is one
 * article. Names are matched exactly, lower-cased; prefixes such as `utm_` are in TRACKING_PREFIXES.
 */
export const TRACKING_PARAMS: readonly string[] = ['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'ocid', 'cmpid', 'cmp', 'icid', 'ito', 'smid', 'smtyp', 'ref', 'ftag', 'taid', 'yptr', 'xtor', 'wt_mc', 'wt.mc_id'];

/** Prefixes of tracking parameter names (Google Analytics, Matomo, Piwik, AT Internet, BBC's ns_, internal-promo itm_). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'mtm_', 'pk_', 'at_', 'ns_', 'itm_'];
