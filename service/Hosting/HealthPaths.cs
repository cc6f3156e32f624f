namespace Redirector.Hosting;

/// <summary>The probes' addresses, which load balancers and orchestrators call by IP rather than by public host.</summary>
internal static class HealthPaths
{
    internal const string Liveness = "/healthz";
    internal const string Readiness = "/readyz";

    internal static bool IsProbe(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path.Equals(Liveness, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(Readiness, StringComparison.OrdinalIgnoreCase));
}
