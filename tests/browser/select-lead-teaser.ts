/**
 * What a reader selects on the fixture home page (a page of links) before clicking the toolbar button:
 * the lead teaser. Runs in the page (both browsers' page.evaluate take it as it is).
 * @example await page.evaluate(selectLeadTeaser) // getSelection().toString() -> the #lead-summary text
 */
export function selectLeadTeaser(): void {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('lead-summary')!);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}
