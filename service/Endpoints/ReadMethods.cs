namespace Redirector.Endpoints;

/// <summary>
/// The methods every address that answers GET also answers: HEAD is what uptime monitors and <c>curl -I</c> send, and
/// it must get GET's status and headers (Kestrel leaves the body out), not the catch-all paper route's 404.
/// </summary>
internal static class ReadMethods
{
    internal static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
