/* global ExtensionAPI, ExtensionUtils, Services, Cu */
'use strict';

// Tests only. The harness's chrome-scope functions (tests/browser/firefox-internals.ts) run here, in the
// browser window's own scope, as WebDriver BiDi runs them where it has a chrome scope (Firefox ESR 153).
const queue = [];

/** A function expression (text) evaluated with the browser window as its global. */
function evaluate(source) {
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  if (!win) throw new ExtensionUtils.ExtensionError('no browser window');
  const sandbox = Cu.Sandbox(win, { sandboxPrototype: win, wantXrays: false, sandboxName: 'outlet-diff test helper' });
  return Cu.evalInSandbox(`(${source})`, sandbox);
}

/** Errors reach the test with their message (the extension API would hide any but an ExtensionError). */
async function reported(work) {
  try {
    return await work();
  } catch (error) {
    throw new ExtensionUtils.ExtensionError(String((error && error.message) || error));
  }
}

this.odTest = class extends ExtensionAPI {
  getAPI() {
    return {
      odTest: {
        run: (source, args) => reported(async () => JSON.stringify((await evaluate(source)(...JSON.parse(args))) ?? null)),
        listen: (source, args) =>
          reported(async () => {
            evaluate(source)((text) => queue.push(String(text)), ...JSON.parse(args));
          }),
        drain: async () => queue.splice(0),
      },
    };
  }
};
