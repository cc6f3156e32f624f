import { localizePage } from './localize.js';
import { hasPermission, isReachable, isSelfHosted, readHealth, requestPermission } from './service-check.js';
import { readSettings, validateOpenIn, validateServiceUrl } from './settings.js';

// Long enough not to save every keystroke, short enough that closing the page right after typing keeps it.
const TYPING_PAUSE_MS = 400;

// Which shortcut each element shows, by the manifest's command name.
const SHORTCUT_ELEMENTS = Object.freeze({
  'open-current-paper': 'shortcut',
  _execute_action: 'shortcut-popup',
});

const form = document.getElementById('options-form');
const serviceUrlInput = document.getElementById('serviceUrl');
const openInRadios = document.querySelectorAll('input[name="openIn"]');
const status = document.getElementById('status');
const testButton = document.getElementById('test');
const testResult = document.getElementById('test-result');
const allowHealthButton = document.getElementById('allow-health');

// Why the address in the field is not the saved one, while it is not; shown again after the other field saves.
let addressProblem = '';
let typingPause;

localizePage();
showWaysIn();

form.addEventListener('submit', handleSubmit);
serviceUrlInput.addEventListener('input', handleAddressTyped);
serviceUrlInput.addEventListener('change', handleAddressDone);
openInRadios.forEach((radio) => radio.addEventListener('change', handleOpenInChosen));
testButton.addEventListener('click', handleTest);
allowHealthButton.addEventListener('click', handleAllowHealth);
// Closing the page (the options dialog's X) may come before the pause in typing ends.
window.addEventListener('pagehide', handlePageHidden);

loadSettings();

async function loadSettings() {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  serviceUrlInput.value = serviceUrl;
  for (const radio of openInRadios) radio.checked = radio.value === openIn;
}

// Saved after a pause in typing, so that closing the page loses nothing; the field is not rewritten
// under the reader's cursor until they leave it.
function handleAddressTyped() {
  showStatus('', '');
  showTestResult('', '');
  clearTimeout(typingPause);
  typingPause = setTimeout(saveAddress, TYPING_PAUSE_MS);
}

function handlePageHidden() {
  if (typingPause !== undefined) saveAddress();
}

// Leaving the field (or clicking Test) saves at once, and shows the address as it was saved.
async function handleAddressDone() {
  const saved = await saveAddress();
  if (saved) serviceUrlInput.value = saved;
}

async function handleOpenInChosen() {
  const openIn = validateOpenIn(selectedOpenIn());
  if (!openIn.ok) {
    showStatus('error', openIn.message);
    return;
  }
  await store({ openIn: openIn.value });
}

// Everything is saved as it changes; Save (or Enter) is there for readers who look for it, and saves
// both fields as shown, defaults included.
async function handleSubmit(event) {
  event.preventDefault();
  await handleOpenInChosen();
  await handleAddressDone();
}

/** Saves the address if it is usable and returns it normalised; otherwise shows why and returns null. */
async function saveAddress() {
  clearTimeout(typingPause);
  typingPause = undefined;
  const serviceUrl = validateServiceUrl(serviceUrlInput.value);
  if (!serviceUrl.ok) {
    addressProblem = serviceUrl.message;
    serviceUrlInput.setAttribute('aria-invalid', 'true');
    showStatus('error', addressProblem);
    return null;
  }
  addressProblem = '';
  serviceUrlInput.removeAttribute('aria-invalid');
  return (await store({ serviceUrl: serviceUrl.value })) ? serviceUrl.value : null;
}

async function store(values) {
  try {
    await chrome.storage.sync.set(values);
  } catch (error) {
    showStatus('error', chrome.i18n.getMessage('optionsNotSaved', [String(error?.message ?? error)]));
    return false;
  }
  // "Saved." under an address that was not would read as if it had been.
  if (addressProblem) showStatus('error', addressProblem);
  else showStatus('saved', chrome.i18n.getMessage('optionsSaved'));
  return true;
}

/**
 * First whether anything answers at the address, which needs no permission. Only a self-hosted address
 * that answers is worth reading /healthz for, and that needs the reader's permission: asked for by a
 * second click, after a sentence that says why, never for an address that does not answer.
 */
async function handleTest() {
  const serviceUrl = await saveAddress();
  if (!serviceUrl) {
    showTestResult('error', addressProblem);
    return;
  }
  serviceUrlInput.value = serviceUrl;
  showTestResult('', chrome.i18n.getMessage('optionsTesting'));
  if (!(await isReachable(serviceUrl))) {
    showTestResult('error', chrome.i18n.getMessage('serviceDown', [serviceUrl]));
    return;
  }
  if (!isSelfHosted(serviceUrl)) {
    showTestResult('ok', chrome.i18n.getMessage('serviceAnswers', [serviceUrl]));
    return;
  }
  if (await hasPermission(serviceUrl)) {
    await showHealth(serviceUrl);
    return;
  }
  showTestResult('ok', chrome.i18n.getMessage('serviceAnswersAskFirst', [serviceUrl]));
  allowHealthButton.dataset.address = serviceUrl;
  allowHealthButton.hidden = false;
}

// The browser's prompt must start during this click, so nothing is awaited before it.
async function handleAllowHealth() {
  const serviceUrl = allowHealthButton.dataset.address;
  const granted = await requestPermission(serviceUrl);
  allowHealthButton.hidden = true;
  if (!granted) {
    showTestResult('declined', chrome.i18n.getMessage('serviceReadDeclined', [serviceUrl]));
    return;
  }
  await showHealth(serviceUrl);
}

async function showHealth(serviceUrl) {
  showTestResult('', chrome.i18n.getMessage('optionsTesting'));
  const health = await readHealth(serviceUrl);
  showTestResult(health.ok ? 'ok' : 'error', health.message);
}

// An empty message also takes away the offer to read the health of an address no longer tested.
function showTestResult(state, message) {
  testResult.textContent = message;
  if (state) testResult.dataset.state = state;
  else delete testResult.dataset.state;
  if (!message) allowHealthButton.hidden = true;
}

// The other ways in, which a reader who only knows the menu may not have found.
function showWaysIn() {
  const manifest = chrome.runtime.getManifest();
  document.getElementById('version').textContent = manifest.version;
  document.getElementById('keyword').textContent = manifest.omnibox?.keyword ?? '';
  showShortcuts();
}

// Read from the browser, since the reader may have changed them. Phones' browsers have no shortcuts at all.
async function showShortcuts() {
  const items = document.querySelectorAll('li.shortcut');
  const commands = await chrome.commands?.getAll?.().catch(() => null);
  if (!commands) {
    items.forEach((item) => item.remove());
    return;
  }
  for (const [name, id] of Object.entries(SHORTCUT_ELEMENTS)) {
    const shortcut = commands.find((command) => command.name === name)?.shortcut;
    document.getElementById(id).textContent = shortcut || chrome.i18n.getMessage('optionsNoShortcut');
  }
}

function selectedOpenIn() {
  return [...openInRadios].find((radio) => radio.checked)?.value;
}

function showStatus(state, message) {
  status.textContent = message;
  if (state) status.dataset.state = state;
  else delete status.dataset.state;
}
