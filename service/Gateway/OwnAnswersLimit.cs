namespace Redirector.Gateway;

/// <summary>Puts an endpoint's answers under <see cref="OwnAnswersRateLimiter"/>.</summary>
internal sealed class OwnAnswersLimit(OwnAnswersRateLimiter limiter) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        limiter.Refuse(context.HttpContext) is { } refusal ? ValueTask.FromResult<object?>(refusal) : next(context);
}
