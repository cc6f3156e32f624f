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
            entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description });
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString(), checks }, cancellationToken: context.RequestAborted);
    }
}
