using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Redirector.Hosting;

/// <summary>Readiness as JSON, so an operator sees which check failed and why.</summary>
internal static class HealthResponses
{
    internal static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new HealthCheckAnswer(entry.Value.Status.ToString(), entry.Value.Description));
        return JsonSerializer.SerializeAsync(context.Response.Body, new HealthResponse(report.Status.ToString(), checks), ServiceJsonContext.Default.HealthResponse, context.RequestAborted);
    }
}

/// <summary>The readiness answer: the overall status and each check's by name.</summary>
internal sealed record HealthResponse(string Status, Dictionary<string, HealthCheckAnswer> Checks);

internal sealed record HealthCheckAnswer(string Status, string? Description);
