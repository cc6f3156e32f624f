// Runs the bookmarklet exactly as the service's landing page builds it, over JSON strings read one per line from the
// file named first, and prints the ids it would send for each as one JSON array per line ([] when it would say that it
// found none). The second argument names a file holding the landing page's script, as the service served it.
//
// The landing page's script runs first, against a stub page, and leaves the bookmarklet in the link's href; that
// javascript: URL is then decoded as a browser does and run once per input, the input as the page's selection, on a
// page whose address holds no id. Nothing here knows how the bookmarklet's code is put together: whatever the service
// embeds in it is what runs.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const ORIGIN = 'https://redirector.test';
const PAGE_WITHOUT_IDS = 'https://example.org/reading/list';

const inputs = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line));
const landingScript = readFileSync(process.argv[3], 'utf8');

const bookmarkletUrl = runLandingScript(landingScript);
if (!bookmarkletUrl.startsWith('javascript:')) throw new Error(`the bookmarklet's link is not a javascript: URL: ${bookmarkletUrl.slice(0, 80)}`);
const bookmarklet = new vm.Script(decodeURIComponent(bookmarkletUrl.slice('javascript:'.length)), { filename: 'bookmarklet.js' });

const page = {
  selection: '',
  alerts: [],
  opened: [],
};
const context = vm.createContext({
  getSelection: () => ({ toString: () => page.selection }),
  location: { href: PAGE_WITHOUT_IDS, origin: 'https://example.org' },
  alert: (message) => page.alerts.push(String(message)),
  document: {
    createElement: (tag) => {
      if (tag !== 'a') throw new Error(`the bookmarklet made a <${tag}>`);
      const link = { click: () => page.opened.push(link), remove: () => {} };
      return link;
    },
    body: { append: () => {} },
  },
});

const answers = inputs.map((input) => {
  page.selection = input;
  page.alerts = [];
  page.opened = [];
  bookmarklet.runInContext(context);
  if (page.alerts.length + page.opened.length !== 1) {
    throw new Error(`for ${JSON.stringify(input)} the bookmarklet alerted ${page.alerts.length} times and opened ${page.opened.length} links`);
  }
  if (page.alerts.length === 1) return [];
  const [link] = page.opened;
  if (link.rel !== 'noreferrer' || !link.href.startsWith(`${ORIGIN}/`)) throw new Error(`for ${JSON.stringify(input)} it opened ${link.href} (rel ${link.rel})`);
  return decodeURIComponent(link.href.slice(ORIGIN.length + 1)).split(' ');
});
process.stdout.write(answers.map((ids) => JSON.stringify(ids)).join('\n') + '\n');

// The landing page's script against a page that has every element it looks for, and a browser without a clipboard.
function runLandingScript(script) {
  const elements = new Map();
  const sandbox = {
    location: { origin: ORIGIN, href: `${ORIGIN}/redirector` },
    navigator: {},
    document: {
      getElementById: (id) => {
        if (!elements.has(id)) elements.set(id, { id, hidden: true, textContent: '', href: '#', focus() {}, form: {} });
        return elements.get(id);
      },
    },
  };
  vm.runInContext(script, vm.createContext(sandbox), { filename: 'landing.js' });
  const link = elements.get('bookmarklet');
  if (!link) throw new Error("the landing page's script never looked up #bookmarklet");
  return link.href;
}
