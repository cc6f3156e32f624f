import { readSettings, validateOpenIn, validateServiceUrl } from './settings.js';

const form = document.getElementById('options-form');
const serviceUrlInput = document.getElementById('serviceUrl');
const openInRadios = document.querySelectorAll('input[name="openIn"]');
const status = document.getElementById('status');

localizePage();

form.addEventListener('submit', handleSubmit);
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

// The browser's own language decides; the page's lang follows it so fonts and screen readers do too.
function localizePage() {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = chrome.i18n.getMessage(element.dataset.i18n);
  }
}

// An old message next to edited fields would describe values that are no longer there.
function handleEdit() {
  serviceUrlInput.removeAttribute('aria-invalid');
  showStatus('', '');
}

function selectedOpenIn() {
  return [...openInRadios].find((radio) => radio.checked)?.value;
}

function showStatus(state, message) {
  status.textContent = message;
  if (state) status.dataset.state = state;
  else delete status.dataset.state;
}
