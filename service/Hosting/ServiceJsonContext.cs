using System.Text.Json;
using System.Text.Json.Serialization;
using Redirector.Endpoints;

namespace Redirector.Hosting;

/// <summary>
/// Every type the service writes as JSON, generated at build time: the native build has no reflection to discover
/// them at run time. Problem details write each extension by its run-time type, so the values they carry are listed
/// too, beyond the framework's own (strings and numbers): a type missing here fails only at run time, on that answer.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IdsResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(Dictionary<string, object>))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext;
