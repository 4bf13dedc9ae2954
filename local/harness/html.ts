/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A small self-contained page for the harness's own screens (index, errors). */
export function harnessPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="data:,">
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #172b4d; background: #f7f8f9; }
  main { max-width: 1080px; margin: 0 auto; padding: 24px; }
  h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #dcdfe4; vertical-align: top; }
  th { font-size: 12px; color: #626f86; text-transform: uppercase; letter-spacing: .03em; }
  code { font: 12px ui-monospace, monospace; background: #f1f2f4; padding: 1px 4px; border-radius: 3px; }
  a { color: #0c66e4; } .muted { color: #626f86; } .note { background: #e9f2ff; padding: 10px 14px; border-radius: 4px; }
  .error { background: #ffeceb; padding: 10px 14px; border-radius: 4px; }
</style></head>
<body><main>${body}</main></body></html>`;
}
