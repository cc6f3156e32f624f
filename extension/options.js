import { localizePage } from './localize.js';
import { checkService, isSelfHosted, requestPermission } from './service-check.js';
import { readSettings, validateOpenIn, validateServiceUrl } from './settings.js';

const form = document.getElementById('options-form');
const serviceUrlInput = document.getElementById('serviceUrl');
const openInRadios = document.querySelectorAll('input[name="openIn"]');
const status = document.getElementById('status');
const testButton = document.getElementById('test');
const testResult = document.getElementById('test-result');

localizePage();
showWaysIn();

form.addEventListener('submit', handleSubmit);
testButton.addEventListener('click', handleTest);
serviceUrlInput.addEventListener('input', handleEdit);
openInRadios.forEach((radio) => radio.addEventListener('change', handleEdit));

loadSettings();

async function loadSettings() {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  serviceUrlInput.value = serviceUrl;
  for (const radio of openInRadios) radio.checked = radio.value === openIn;
}

async function handleSubmit(event) {
  event.preventDefault();
  const serviceUrl = validateServiceUrl(serviceUrlInput.value);
  if (!serviceUrl.ok) {
    serviceUrlInput.setAttribute('aria-invalid', 'true');
    showStatus('error', serviceUrl.message);
    return;
  }
  const openIn = validateOpenIn(selectedOpenIn());
  if (!openIn.ok) {
    showStatus('error', openIn.message);
    return;
  }
  try {
    await chrome.storage.sync.set({ serviceUrl: serviceUrl.value, openIn: openIn.value });
  } catch (error) {
    showStatus('error', chrome.i18n.getMessage('optionsNotSaved', [String(error?.message ?? error)]));
    return;
  }
  serviceUrlInput.value = serviceUrl.value;
  showStatus('saved', chrome.i18n.getMessage('optionsSaved'));
}

// An old message next to edited fields would describe values that are no longer there.
function handleEdit() {
  serviceUrlInput.removeAttribute('aria-invalid');
  showStatus('', '');
  testResult.textContent = '';
  delete testResult.dataset.state;
}

/**
 * Asks the address's /healthz. Reading the answer needs the host permission for that address:
 * asked for here, for that origin only, and optional; declined, the check still tells whether
 * anything answers there.
 */
async function handleTest() {
  const serviceUrl = validateServiceUrl(serviceUrlInput.value);
  if (!serviceUrl.ok) {
    serviceUrlInput.setAttribute('aria-invalid', 'true');
    showTestResult('error', serviceUrl.message);
    return;
  }
  serviceUrlInput.value = serviceUrl.value;
  // Asked now, while the click counts as the reader's: the prompt may stay open while they read it.
  const permission = isSelfHosted(serviceUrl.value) ? requestPermission(serviceUrl.value) : Promise.resolve(false);
  showTestResult('', chrome.i18n.getMessage('optionsTesting'));
  const reachable = await checkService(serviceUrl.value);
  showTestResult(reachable.ok ? 'ok' : 'error', reachable.message);
  if (reachable.ok && (await permission)) {
    const healthy = await checkService(serviceUrl.value);
    showTestResult(healthy.ok ? 'ok' : 'error', healthy.message);
  }
}

function showTestResult(state, message) {
  testResult.textContent = message;
  if (state) testResult.dataset.state = state;
  else delete testResult.dataset.state;
}

// The other ways in, which a reader who only knows the menu may not have found.
async function showWaysIn() {
  const manifest = chrome.runtime.getManifest();
  document.getElementById('version').textContent = manifest.version;
  document.getElementById('keyword').textContent = manifest.omnibox?.keyword ?? '';
  const commands = await chrome.commands.getAll();
  const shortcut = commands.find((command) => command.name === 'open-current-paper')?.shortcut;
  document.getElementById('shortcut').textContent = shortcut || chrome.i18n.getMessage('optionsNoShortcut');
}

function selectedOpenIn() {
  return [...openInRadios].find((radio) => radio.checked)?.value;
}

function showStatus(state, message) {
  status.textContent = message;
  if (state) status.dataset.state = state;
  else delete status.dataset.state;
}
