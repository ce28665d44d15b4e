using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using SmarterProctoring.Declarative.Http;

namespace SmarterProctoring.Client;

/// <summary>Adds retries and timeouts that know which calls are safe to repeat.</summary>
public static class SmarterProctoringResilienceExtensions
{
    /// <summary>
    /// Adds <c>Microsoft.Extensions.Http.Resilience</c>'s standard handler (rate limiter, total timeout, retry,
    /// circuit breaker, attempt timeout) to the SmarterProctoring client, configured for this API:
    /// <code>
    /// services.AddSmarterProctoringClient(options => options.Token = token)
    ///         .AddSmarterProctoringResilience();
    /// </code>
    /// </summary>
    /// <remarks>
    /// <para>
    /// A call is retried only when repeating it is safe (<see cref="ApiRequestOptions.IsRepeatable"/>): GET, PUT and
    /// DELETE, and a POST or PATCH whose interface method is marked <c>[Idempotent]</c>. Any other POST or PATCH is
    /// sent once, whatever happens, because the server may have acted on it.
    /// </para>
    /// <para>
    /// Retried: 408, 429, 500, 502, 503 and 504 answers, <see cref="HttpRequestException"/> (the connection failed
    /// before an answer) and an attempt that ran out of <see cref="SmarterProctoringResilienceOptions.AttemptTimeout"/>.
    /// A <c>Retry-After</c> header sets the wait, up to <see cref="SmarterProctoringResilienceOptions.MaxRetryAfter"/>;
    /// without one, the wait grows exponentially from <see cref="SmarterProctoringResilienceOptions.RetryDelay"/>.
    /// Other answers (400, 401, 403, 404, 501…) are never retried. When retries run out, the caller gets what the last
    /// attempt got: an <c>ApiException</c> for an answer, the transport exception otherwise.
    /// </para>
    /// <para>
    /// When a resilience timeout ends a call, the caller gets what <see cref="HttpClient.Timeout"/> gives: a
    /// <see cref="TaskCanceledException"/> whose inner exception is a <see cref="TimeoutException"/> (and, inside that,
    /// Polly's <see cref="TimeoutRejectedException"/>). A circuit that is open fails fast with Polly's
    /// <c>BrokenCircuitException</c>.
    /// </para>
    /// <para>
    /// The returned builder's <c>Configure</c> adjusts the rate limiter and circuit breaker; replacing
    /// <c>Retry.ShouldHandle</c> there would drop the idempotency rule.
    /// </para>
    /// </remarks>
    /// <param name="builder">The builder <see cref="SmarterProctoringServiceCollectionExtensions.AddSmarterProctoringClient"/> returned.</param>
    /// <param name="configure">Adjusts the retry and timeout settings; the defaults when null.</param>
    /// <returns>The standard resilience pipeline builder.</returns>
    /// <exception cref="ArgumentException">The settings cannot work together (the message names the setting).</exception>
    public static IHttpStandardResiliencePipelineBuilder AddSmarterProctoringResilience(
        this IHttpClientBuilder builder,
        Action<SmarterProctoringResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new SmarterProctoringResilienceOptions();
        configure?.Invoke(settings);
        settings.Validate();

        // Outside the resilience handler, so it sees the timeout the pipeline finally gives up with.
        builder.AddHttpMessageHandler(() => new ResilienceTimeoutHandler(settings.AttemptTimeout, settings.TotalRequestTimeout));
        return builder.AddStandardResilienceHandler(options =>
        {
            options.TotalRequestTimeout.Timeout = settings.TotalRequestTimeout;
            options.AttemptTimeout.Timeout = settings.AttemptTimeout;

            // The standard pipeline's validation wants a sampling window of at least two attempts.
            TimeSpan twoAttempts = settings.AttemptTimeout * 2;
            if (options.CircuitBreaker.SamplingDuration < twoAttempts)
            {
                options.CircuitBreaker.SamplingDuration = twoAttempts;
            }

            options.Retry.MaxRetryAttempts = Math.Max(1, settings.MaxRetryAttempts);
            options.Retry.Delay = settings.RetryDelay;
            options.Retry.BackoffType = DelayBackoffType.Exponential;
            options.Retry.UseJitter = true;
            options.Retry.ShouldRetryAfterHeader = true;
            int maxRetryAttempts = settings.MaxRetryAttempts;
            TimeSpan maxRetryAfter = settings.MaxRetryAfter;
            options.Retry.ShouldHandle = arguments => new ValueTask<bool>(
                maxRetryAttempts > 0 && ShouldRetry(arguments.Outcome, arguments.Context, maxRetryAfter));
        });
    }

    /// <summary>The retry rule: a transient failure of a call that is safe to repeat.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter)
    {
        HttpRequestMessage? request = context.GetRequestMessage() ?? outcome.Result?.RequestMessage;
        if (request is null || !ApiRequestOptions.IsRepeatable(request))
        {
            return false;
        }

        return outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => IsTransient(response.StatusCode) && !AsksForLongerWait(response, maxRetryAfter),
            _ => false,
        };
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    private static bool AsksForLongerWait(HttpResponseMessage response, TimeSpan maxRetryAfter)
    {
        System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
        TimeSpan? wait = retryAfter?.Delta ?? (retryAfter?.Date - DateTimeOffset.UtcNow);
        return wait > maxRetryAfter;
    }

    /// <summary>
    /// Turns Polly's <see cref="TimeoutRejectedException"/> into the exception <see cref="HttpClient.Timeout"/>
    /// throws, so callers handle one shape of timeout whether or not resilience is added.
    /// </summary>
    private sealed class ResilienceTimeoutHandler(TimeSpan attemptTimeout, TimeSpan totalRequestTimeout) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException exception) when (!cancellationToken.IsCancellationRequested)
            {
                string message = exception.Timeout == totalRequestTimeout
                    ? "The request was canceled because it did not complete within the TotalRequestTimeout of "
                        + SmarterProctoringResilienceOptions.Format(totalRequestTimeout) + " (SmarterProctoringResilienceOptions)."
                    : "The request was canceled because its last attempt did not complete within the AttemptTimeout of "
                        + SmarterProctoringResilienceOptions.Format(attemptTimeout) + " (SmarterProctoringResilienceOptions).";
                throw new TaskCanceledException(message, new TimeoutException(message, exception));
            }
        }
    }
}
