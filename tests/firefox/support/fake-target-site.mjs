// Stands in for papers.cool on loopback, as FakeTargetSite.cs does for the Chromium suite: every page
// shows what it was asked for, so a test can tell from the page a tab ends on that the reader got
// to the right paper.
import { createServer } from 'node:http';

const escapeHtml = (text) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} (test double)</title></head><body>${body}</body></html>`;
}

function answer(url) {
  const { pathname, searchParams, search } = url;
  // Before the paper paths, so that the site search is not taken for a list of papers.
  if (pathname === '/arxiv/search') {
    return page('Search', `<h1 id="search">${escapeHtml(searchParams.get('query'))}</h1><p id="highlight">${escapeHtml(searchParams.get('highlight'))}</p>`);
  }
  if (pathname === '/venue/search') {
    return page('Venue search', `<h1 id="venue-search">${escapeHtml(searchParams.get('query'))}</h1>`);
  }
  if (pathname.startsWith('/arxiv/') || pathname.startsWith('/venue/')) {
    const path = decodeURIComponent(pathname);
    return page(path, `<h1 id="paper">${escapeHtml(path)}</h1><p id="query">${escapeHtml(search)}</p>`);
  }
  if (pathname === '/') return page('Cool Papers', '<h1 id="home">Cool Papers</h1>');
  return null;
}

/** Starts the site on a free loopback port; `origin` has no trailing slash, as the service's Target wants. */
export async function startFakeTargetSite() {
  const requests = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://target.invalid');
    requests.push(url.pathname + url.search);
    const body = request.method === 'GET' ? answer(url) : null;
    response.writeHead(body === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? page('Not found', '<h1 id="not-found">Not found</h1>'));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Path and query of every request, oldest first. */
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
