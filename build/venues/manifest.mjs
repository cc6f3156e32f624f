// The manifest's host lists: the pages that get quick links (content_scripts) and the pages whose
// content script may import the extension's grammar (web_accessible_resources). The rest of
// manifest.json is written by hand and kept as it is.

/** manifest.json's text with both host lists as the data file says. */
export function manifestWithHosts(manifestText, data) {
  const manifest = JSON.parse(manifestText);
  const links = [...(data.arxiv.quickLinks ?? []), ...data.sources.flatMap((source) => source.quickLinks ?? [])];
  const pages = [...new Set(links.map((link) => `https://${link.host}${link.path}*`))];
  const hosts = [...new Set(links.map((link) => `https://${link.host}/*`))];

  const scripts = manifest.content_scripts?.find((entry) => entry.js?.includes('extension/content/quick-links.js'));
  const resources = manifest.web_accessible_resources?.find((entry) => entry.resources?.includes('extension/ids.js'));
  if (!scripts || !resources) {
    throw new Error('manifest.json: no content script entry for quick-links.js, or no web-accessible entry for ids.js');
  }
  scripts.matches = pages;
  resources.matches = hosts;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
