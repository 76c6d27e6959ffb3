/**
 * Preloaded (`--require`) by a measuring process of the patch benchmark: `bpmn-elements` resolves to
 * the variant tree named by `PATCH_VARIANT_DIR` (its own bpmn-elements with smqp nested, patched as the
 * variant says) instead of the installed one. Everything else resolves as usual.
 */
const Module = require('node:module');
const path = require('node:path');

const dir = process.env.PATCH_VARIANT_DIR;
if (dir) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveVariant(request, ...rest) {
    if (request === 'bpmn-elements') return resolve.call(this, path.join(dir, 'node_modules', 'bpmn-elements'), ...rest);
    return resolve.call(this, request, ...rest);
  };
}
