using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Redirector.Fleet.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Redirector.Fleet;

/// <summary>
/// deploy/kubernetes as `kubectl kustomize` renders it (offline: no cluster here): the base, a plain redirect service
/// anyone can apply, and the front-door overlay, papers.cool's own door in front of its site. Both are checked for what
/// makes a fleet hold: enough replicas, probes on the service's health paths, a grace period that covers the drain, a
/// non-root read-only container, and names that point at each other (Service, budget, autoscaler, Redis, metrics port).
/// </summary>
public sealed class KubernetesManifestTests
{
    private const string Base = "deploy/kubernetes/base";
    private const string FrontDoor = "deploy/kubernetes/front-door";

    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<YamlMappingNode>>>> Renders = new(StringComparer.Ordinal);

    private static readonly string[] GatewaySettings = ["Redirector__Upstream", "Redirector__AllowedHosts__0", "Redirector__Redis", "Redirector__TrustedProxies__0"];

    public static TheoryData<string> Both => new() { Base, FrontDoor };

    [Fact]
    public async Task Applied_as_it_is_the_base_becomes_ready_and_redirects_for_any_host()
    {
        // The pod's settings, as the container gets them from the manifest; the ports are the test's own.
        var env = Env(Container(Single(await RenderedAsync(Base), "Deployment", "redirector")));
        var settings = env.Where(entry => entry.Key.StartsWith("Redirector__", StringComparison.Ordinal) && entry.Key != "Redirector__Metrics__Port")
            .Select(entry => $"--{entry.Key.Replace("__", ":", StringComparison.Ordinal)}={entry.Value}")
            .ToArray();
        await using var pod = new Replica("base", Scrape.FreePort(), Scrape.FreePort(), settings);

        await pod.StartAsync(); // fails unless /readyz answers 200 within 30 s
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{pod.Port}/arXiv:2401.12345v2"));
        request.Headers.Host = "redirect.example.org";
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(env["Redirector__Target"] + "/arxiv/2401.12345", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_base_needs_nothing_else_in_the_cluster()
    {
        var documents = await RenderedAsync(Base);
        var env = Env(Container(Single(documents, "Deployment", "redirector")));

        foreach (var gatewayOnly in GatewaySettings)
        {
            Assert.False(env.ContainsKey(gatewayOnly), $"the base sets {gatewayOnly}, which only a front door needs");
        }

        Assert.Equal(
            ["Deployment redirector", "HorizontalPodAutoscaler redirector", "PodDisruptionBudget redirector", "Service redirector"],
            documents.Select(document => $"{Text(document, "kind")} {Text(document, "metadata", "name")}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_front_door_is_the_base_in_front_of_the_site_with_its_hosts_proxies_and_redis()
    {
        var door = await RenderedAsync(FrontDoor);
        var env = Env(Container(Single(door, "Deployment", "redirector")));

        Assert.Equal("http://papers-cool-site:80", env["Redirector__Upstream"]);
        Assert.Equal("https://papers.cool", env["Redirector__Target"]);
        Assert.Equal("www.papers.cool", env["Redirector__AllowedHosts__0"]);
        Assert.Equal("10.0.0.0/8", env["Redirector__TrustedProxies__0"]);
        // Everything the base holds, and the base's own settings, are still there.
        foreach (var document in await RenderedAsync(Base))
        {
            Single(door, Text(document, "kind")!, Text(document, "metadata", "name")!);
        }

        foreach (var (name, value) in Env(Container(Single(await RenderedAsync(Base), "Deployment", "redirector"))))
        {
            Assert.True(env.ContainsKey(name), $"the front door lost the base's {name}");
        }
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task The_deployment_keeps_two_replicas_serving_through_restarts_and_disruptions(string directory)
    {
        var documents = await RenderedAsync(directory);
        var deployment = Single(documents, "Deployment", "redirector");
        var labels = Map(deployment, "spec", "template", "metadata", "labels");

        Assert.True(Int(deployment, "spec", "replicas") >= 2);
        Assert.Equal(0, Int(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"));

        var budget = Single(documents, "PodDisruptionBudget", "redirector");
        Assert.True(Selects(Map(budget, "spec", "selector", "matchLabels"), labels), "the disruption budget selects no redirector pod");
        Assert.Equal(1, Int(budget, "spec", "maxUnavailable"));

        var autoscaler = Single(documents, "HorizontalPodAutoscaler", "redirector");
        Assert.Equal("Deployment", Text(autoscaler, "spec", "scaleTargetRef", "kind"));
        Assert.Equal("redirector", Text(autoscaler, "spec", "scaleTargetRef", "name"));
        Assert.True(Int(autoscaler, "spec", "minReplicas") >= 2);

        var service = Single(documents, "Service", "redirector");
        Assert.True(Selects(Map(service, "spec", "selector"), labels), "the Service selects no redirector pod");
        Assert.Equal("http", Text(((YamlSequenceNode)Node(service, "spec", "ports")!).Children[0], "targetPort"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Probes_ports_and_grace_period_agree_with_the_services_drain_and_the_image(string directory)
    {
        var documents = await RenderedAsync(directory);
        var container = Container(Single(documents, "Deployment", "redirector"));
        var spec = Map(Single(documents, "Deployment", "redirector"), "spec", "template", "spec");
        var env = Env(container);

        Assert.Equal("/readyz", Text(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/healthz", Text(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("http", Text(container, "readinessProbe", "httpGet", "port"));

        // The image listens where the manifest says (deploy/container/Containerfile).
        var containerfile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy/container/Containerfile"));
        Assert.Contains($"ASPNETCORE_HTTP_PORTS={Port(container, "http")}", containerfile, StringComparison.Ordinal);
        Assert.Equal(env["Redirector__Metrics__Port"], Port(container, "metrics").ToString(CultureInfo.InvariantCulture));
        Assert.Equal(env["Redirector__Metrics__Port"], Text(Single(documents, "Deployment", "redirector"), "spec", "template", "metadata", "annotations", "prometheus.io/port"));

        // Readiness notices the drain well within its delay, and Kubernetes waits for the delay and the requests in flight.
        var delay = TimeSpan.Parse(env["Redirector__DrainDelay"], CultureInfo.InvariantCulture);
        var timeout = TimeSpan.Parse(env["Redirector__DrainTimeout"], CultureInfo.InvariantCulture);
        Assert.True(Int(container, "readinessProbe", "periodSeconds") * Int(container, "readinessProbe", "failureThreshold") < delay.TotalSeconds);
        var preStop = Node(container, "lifecycle", "preStop", "sleep", "seconds") is YamlScalarNode sleep ? int.Parse(sleep.Value!, CultureInfo.InvariantCulture) : 0;
        Assert.True(Int(spec, "terminationGracePeriodSeconds") > preStop + delay.TotalSeconds + timeout.TotalSeconds, "the grace period ends before the drain does: Kubernetes would kill requests in flight");
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task The_container_runs_as_nobody_in_particular_on_a_read_only_root_with_bounded_resources(string directory)
    {
        var deployment = Single(await RenderedAsync(directory), "Deployment", "redirector");
        var container = Container(deployment);

        Assert.Equal("true", Text(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"));
        Assert.NotEqual("0", Text(deployment, "spec", "template", "spec", "securityContext", "runAsUser"));
        Assert.Equal("true", Text(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("false", Text(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("ALL", ((YamlScalarNode)((YamlSequenceNode)Node(container, "securityContext", "capabilities", "drop")!).Children[0]).Value);
        Assert.NotNull(Node(container, "resources", "requests", "cpu"));
        Assert.NotNull(Node(container, "resources", "requests", "memory"));
        Assert.NotNull(Node(container, "resources", "limits", "memory"));
        Assert.Contains(((YamlSequenceNode)Node(container, "volumeMounts")!).Children, mount => Text((YamlMappingNode)mount, "mountPath") == "/tmp");
        Assert.Equal("registry.example.org/cool-papers-redirector:latest", Text(container, "image"));
    }

    [Fact]
    public async Task The_redis_the_front_doors_replicas_are_pointed_at_is_a_service_in_the_same_render()
    {
        var documents = await RenderedAsync(FrontDoor);
        var redis = Env(Container(Single(documents, "Deployment", "redirector")))["Redirector__Redis"];
        var (host, port) = (redis.Split(':')[0], int.Parse(redis.Split(':')[1], CultureInfo.InvariantCulture));

        var service = Single(documents, "Service", host);
        Assert.Contains(((YamlSequenceNode)Node(service, "spec", "ports")!).Children, entry => Int((YamlMappingNode)entry, "port") == port);
        var backing = documents.Where(document => Text(document, "kind") == "Deployment")
            .Where(document => Selects(Map(service, "spec", "selector"), Map(document, "spec", "template", "metadata", "labels")));
        Assert.Single(backing);
    }

    private static Task<IReadOnlyList<YamlMappingNode>> RenderedAsync(string directory) =>
        Renders.GetOrAdd(directory, _ => new Lazy<Task<IReadOnlyList<YamlMappingNode>>>(() => RenderAsync(directory))).Value;

    private static async Task<IReadOnlyList<YamlMappingNode>> RenderAsync(string directory)
    {
        var kubectl = Tools.Require("kubectl", "these tests render deploy/kubernetes with `kubectl kustomize`, which Debian does not package; install kubectl (v1.14 or later, it includes kustomize).");
        var (exitCode, output) = await Tools.RunAsync(kubectl, ["kustomize", directory], TimeSpan.FromSeconds(60));
        Assert.True(exitCode == 0, $"kubectl kustomize failed: {output}");
        var stream = new YamlStream();
        stream.Load(new StringReader(output));
        return [.. stream.Documents.Select(document => (YamlMappingNode)document.RootNode)];
    }

    private static YamlMappingNode Single(IEnumerable<YamlMappingNode> documents, string kind, string name) =>
        Assert.Single(documents, document => Text(document, "kind") == kind && Text(document, "metadata", "name") == name);

    private static YamlMappingNode Container(YamlMappingNode deployment) =>
        (YamlMappingNode)((YamlSequenceNode)Node(deployment, "spec", "template", "spec", "containers")!).Children[0];

    private static Dictionary<string, string> Env(YamlMappingNode container) =>
        ((YamlSequenceNode)Node(container, "env")!).Children.Cast<YamlMappingNode>().ToDictionary(entry => Text(entry, "name")!, entry => Text(entry, "value")!);

    private static int Port(YamlMappingNode container, string name) =>
        ((YamlSequenceNode)Node(container, "ports")!).Children.Cast<YamlMappingNode>().Where(port => Text(port, "name") == name).Select(port => Int(port, "containerPort")).Single();

    private static bool Selects(YamlMappingNode selector, YamlMappingNode labels) =>
        selector.Children.All(pair => labels.Children.TryGetValue(pair.Key, out var value) && value.ToString() == pair.Value.ToString());

    private static YamlNode? Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    private static YamlMappingNode Map(YamlNode node, params string[] path) =>
        Node(node, path) as YamlMappingNode ?? throw new Xunit.Sdk.XunitException($"no mapping at {string.Join('.', path)}");

    private static string? Text(YamlNode node, params string[] path) => (Node(node, path) as YamlScalarNode)?.Value;

    private static int Int(YamlNode node, params string[] path) =>
        int.Parse(Text(node, path) ?? throw new Xunit.Sdk.XunitException($"no value at {string.Join('.', path)}"), CultureInfo.InvariantCulture);
}
