using System.Reflection;
using System.Text.Json;
using Microsoft.Playwright;

namespace Redirector.EndToEnd.Infrastructure;

/// <summary>
/// Debian's Chromium with the packaged extension loaded into a throw-away profile, the fixture sites routed,
/// and a handle on the extension's service worker, where the tests raise the events Chrome would raise.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // The extension's worker: its own, or a test's stand-in that imports it (see MobileExtension).
    private static readonly string[] WorkerScripts = ["/extension/background.js", "/mobile-worker.js"];

    // Chromium tries to reach Google services at start and in the background; there is no network here,
    // and retries would only cost time and log noise.
    internal static readonly string[] QuietArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--password-store=basic",
        "--disable-dev-shm-usage",
        // Keeps the "unsupported command-line flag" bar (for --no-sandbox) off the top of headed windows.
        "--test-type",
    ];

    // Collects what would otherwise vanish into the worker's console: uncaught errors from listeners, the
    // notifications the extension tries to show (headless Chromium has nowhere to show them), and how often
    // the address bar entered the extension's keyword mode. Idempotent, as Chrome may restart the worker.
    private const string InstrumentWorker = """
        () => {
          if (globalThis.__e2e) return;
          const record = { errors: [], notifications: [], omniboxSessions: 0 };
          globalThis.__e2e = record;
          self.addEventListener('error', (event) => record.errors.push(String(event.message)));
          self.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason?.stack ?? event.reason)));
          chrome.omnibox?.onInputStarted.addListener(() => { record.omniboxSessions += 1; });
          if (!chrome.notifications) return;
          const create = chrome.notifications.create;
          chrome.notifications.create = function (...args) {
            record.notifications.push(args.filter((arg) => typeof arg !== 'function'));
            return create.apply(this, args);
          };
        }
        """;

    private readonly DirectoryInfo _profile;
    private readonly object _gate = new();
    private IWorker? _worker;
    private TaskCompletionSource<IWorker> _workerArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BrowserSession(IBrowserContext context, DirectoryInfo profile, bool headless)
    {
        Context = context;
        _profile = profile;
        Headless = headless;
    }

    public IBrowserContext Context { get; }

    public bool Headless { get; }

    public string ExtensionId { get; private set; } = string.Empty;

    public string OptionsPageUrl => $"chrome-extension://{ExtensionId}/extension/options.html";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The interface language every test browser gets unless a test asks for another, whatever the machine's locale.</summary>
    public const string DefaultLanguage = "en";

    public static async Task<BrowserSession> LaunchAsync(IPlaywright playwright, string extensionDirectory, bool headless, string language = DefaultLanguage)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: install Debian's chromium package (tests/run does) or set CHROMIUM_PATH.");
        }

        var profile = Directory.CreateTempSubdirectory("cool-papers-profile-");
        var args = new List<string>(QuietArgs)
        {
            $"--disable-extensions-except={extensionDirectory}",
            $"--load-extension={extensionDirectory}",
        };
        if (!headless)
        {
            // A known place and size on the virtual screen, so screen captures and menu positions are predictable.
            args.Add("--window-position=0,0");
            args.Add("--window-size=1280,960");
        }

        IBrowserContext context;
        try
        {
            context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new()
            {
                ExecutablePath = ChromiumPath,
                Headless = headless,
                IgnoreDefaultArgs = ["--disable-extensions"],
                Args = args,
                // The interface language, which the extension's messages follow: on Linux Chromium takes it from
                // LANGUAGE, not from --lang. Locale sets the Accept-Language pages see.
                Locale = language,
                Env = EnvironmentWith("LANGUAGE", language.Replace('-', '_')),
                // Headed, the page must fill the real window: an emulated viewport would put native menus
                // somewhere other than where the page thinks it was clicked.
                ViewportSize = headless ? new ViewportSize { Width = 1280, Height = 900 } : ViewportSize.NoViewport,
                Timeout = 60_000,
            });
        }
        catch
        {
            profile.Delete(recursive: true);
            throw;
        }

        var session = new BrowserSession(context, profile, headless);
        try
        {
            context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)Patience.TotalMilliseconds);
            await FixtureSites.RouteAsync(context);
            session.WatchServiceWorkers();
            var worker = await session.WorkerAsync();
            session.ExtensionId = new Uri(worker.Url).Host;
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private static Dictionary<string, string> EnvironmentWith(string name, string value)
    {
        var environment = Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty, StringComparer.Ordinal);
        environment[name] = value;
        return environment;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Context.CloseAsync();
        }
        finally
        {
            try
            {
                _profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be writing its last files; a leftover temp folder is harmless.
            }
        }
    }

    /// <summary>Runs a function in the extension's service worker after making sure it is instrumented.</summary>
    public async Task<T> EvaluateInWorkerAsync<T>(string function, object? arg = null)
    {
        var worker = await WorkerAsync();
        await worker.EvaluateAsync<JsonElement?>(InstrumentWorker);
        return await worker.EvaluateAsync<T>(function, arg);
    }

    public async Task EvaluateInWorkerAsync(string function, object? arg = null)
    {
        var worker = await WorkerAsync();
        await worker.EvaluateAsync<JsonElement?>(InstrumentWorker);
        await worker.EvaluateAsync<JsonElement?>(function, arg);
    }

    /// <summary>A new tab at <paramref name="url"/>, brought to the front as a reader's tab would be.</summary>
    public async Task<IPage> OpenAsync(string url, WaitUntilState waitUntil = WaitUntilState.Load)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url, new() { WaitUntil = waitUntil });
        await page.BringToFrontAsync();
        return page;
    }

    /// <summary>
    /// The Chrome tab showing <paramref name="page"/>. The extension has no "tabs" permission, so tabs carry no
    /// URL for it to match on; the page is brought to the front and the active tab taken instead.
    /// </summary>
    public async Task<BrowserTab> TabAsync(IPage page)
    {
        await page.BringToFrontAsync();
        var tabs = await EvaluateInWorkerAsync<JsonElement>(
            "() => chrome.tabs.query({ active: true, lastFocusedWindow: true })");
        if (tabs.GetArrayLength() != 1)
        {
            throw new InvalidOperationException($"Expected one active tab for {page.Url}, found {tabs.GetRawText()}");
        }

        return BrowserTab.From(tabs[0]);
    }

    /// <summary>Every tab in every window, in Chrome's order.</summary>
    public async Task<IReadOnlyList<BrowserTab>> TabsAsync()
    {
        var tabs = await EvaluateInWorkerAsync<JsonElement>("() => chrome.tabs.query({})");
        return tabs.EnumerateArray().Select(BrowserTab.From).ToList();
    }

    /// <summary>
    /// Raises contextMenus.onClicked in the worker as Chrome does after a menu click: with the click's data and
    /// the clicked tab, whose URL and title the click's activeTab grant makes visible.
    /// </summary>
    public async Task ClickMenuItemAsync(IPage page, MenuClick click) => await (await PrepareMenuClickAsync(page, click))();

    /// <summary>
    /// What Chrome knows before a menu click (the tab, its address and title), read now; the click itself is the
    /// function returned, so that a test can time the click alone.
    /// </summary>
    public async Task<Func<Task>> PrepareMenuClickAsync(IPage page, MenuClick click)
    {
        var tab = await TabAsync(page);
        var argument = new { tabId = tab.Id, url = page.Url, title = await page.TitleAsync(), info = click.ToOnClickData(page.Url) };
        return () => EvaluateInWorkerAsync(
            """
            async ({ tabId, url, title, info }) => {
              const tab = { ...(await chrome.tabs.get(tabId)), url, title };
              chrome.contextMenus.onClicked.dispatch(info, tab);
            }
            """,
            argument);
    }

    /// <summary>Raises commands.onCommand as the extension's keyboard shortcut does.</summary>
    public async Task PressCommandAsync(IPage page, string command)
    {
        var tab = await TabAsync(page);
        await EvaluateInWorkerAsync(
            """
            async ({ command, tabId, url, title }) => {
              chrome.commands.onCommand.dispatch(command, { ...(await chrome.tabs.get(tabId)), url, title });
            }
            """,
            new { command, tabId = tab.Id, url = page.Url, title = await page.TitleAsync() });
    }

    /// <summary>Raises omnibox.onInputEntered with what follows the keyword, as Chrome does on Enter.</summary>
    public Task EnterInOmniboxAsync(string text, string disposition) =>
        EvaluateInWorkerAsync(
            "({ text, disposition }) => { chrome.omnibox.onInputEntered.dispatch(text, disposition); }",
            new { text, disposition });

    public Task<JsonElement> StoredSettingsAsync() =>
        EvaluateInWorkerAsync<JsonElement>("() => chrome.storage.sync.get(['serviceUrl', 'openIn'])");

    /// <summary>Errors the worker's listeners threw and notifications they tried to show since the last clear.</summary>
    public async Task<WorkerRecords> RecordsAsync()
    {
        var records = await EvaluateInWorkerAsync<JsonElement>("() => globalThis.__e2e");
        return new WorkerRecords(
            records.GetProperty("errors").EnumerateArray().Select(error => error.GetString() ?? string.Empty).ToList(),
            records.GetProperty("notifications").EnumerateArray().Select(notification => notification.GetRawText()).ToList());
    }

    public Task ClearRecordsAsync() =>
        EvaluateInWorkerAsync("() => { globalThis.__e2e.errors.length = 0; globalThis.__e2e.notifications.length = 0; globalThis.__e2e.omniboxSessions = 0; }");

    /// <summary>How many times the address bar has entered the `cp` keyword mode since the last clear.</summary>
    public Task<int> OmniboxSessionsAsync() => EvaluateInWorkerAsync<int>("() => globalThis.__e2e.omniboxSessions");

    /// <summary>Closes every page but the first (closing the last would close the browser) and blanks that one.</summary>
    public async Task ResetPagesAsync()
    {
        var pages = Context.Pages.ToList();
        foreach (var page in pages.Skip(1))
        {
            await page.CloseAsync();
        }

        if (pages.Count > 0)
        {
            await pages[0].GotoAsync("about:blank");
        }
        else
        {
            await Context.NewPageAsync();
        }
    }

    private void WatchServiceWorkers()
    {
        // Playwright 1.64 for .NET keeps these on the concrete context type only.
        var type = Context.GetType();
        var listProperty = type.GetProperty("ServiceWorkers", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.FullName} has no ServiceWorkers property in this Playwright version.");
        var arrivedEvent = type.GetEvent("ServiceWorker", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.FullName} has no ServiceWorker event in this Playwright version.");

        arrivedEvent.AddEventHandler(Context, new EventHandler<IWorker>((_, worker) => Adopt(worker)));
        foreach (var worker in (IEnumerable<IWorker>)listProperty.GetValue(Context)!)
        {
            Adopt(worker);
        }
    }

    private void Adopt(IWorker worker)
    {
        if (!worker.Url.StartsWith("chrome-extension://", StringComparison.Ordinal) || !WorkerScripts.Any(script => worker.Url.EndsWith(script, StringComparison.Ordinal)))
        {
            return;
        }

        lock (_gate)
        {
            _worker = worker;
            _workerArrived.TrySetResult(worker);
        }

        worker.Close += (_, closed) =>
        {
            lock (_gate)
            {
                if (ReferenceEquals(_worker, closed))
                {
                    _worker = null;
                    _workerArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        };
    }

    private async Task<IWorker> WorkerAsync()
    {
        Task<IWorker> arrival;
        lock (_gate)
        {
            if (_worker is not null)
            {
                return _worker;
            }

            arrival = _workerArrived.Task;
        }

        try
        {
            return await arrival.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"The extension's service worker ({string.Join(" or ", WorkerScripts)}) did not start within {Patience.TotalSeconds:0} s. " +
                "Check that the packaged manifest is valid: Chromium skips an extension it cannot load.");
        }
    }
}
