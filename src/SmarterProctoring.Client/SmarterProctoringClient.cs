using System;
using System.Net.Http;
using SmarterProctoring.Declarative.Http;

namespace SmarterProctoring.Client;

/// <summary>Builds the <see cref="HttpClient"/> the SmarterProctoring interfaces send through, without DI.</summary>
public static class SmarterProctoringClient
{
    /// <summary>The name of the header the API reads its token from.</summary>
    public const string TokenHeaderName = "token";

    /// <summary>The name of the <see cref="HttpClient"/> registered by <see cref="SmarterProctoringServiceCollectionExtensions.AddSmarterProctoringClient"/>.</summary>
    public const string HttpClientName = "SmarterProctoring";

    /// <summary>
    /// Creates an <see cref="HttpClient"/> that sends to <see cref="SmarterProctoringClientOptions.BaseAddress"/> with
    /// the token header, and bounds every call (body included) by the options' timeout and response size limit.
    /// Pass it to <c>IExamConfigurationsApi.Create</c>. The caller owns and disposes it.
    /// </summary>
    /// <param name="options">The host and token.</param>
    /// <param name="innerHandler">The transport; a new <see cref="SocketsHttpHandler"/> when null.</param>
    public static HttpClient CreateHttpClient(SmarterProctoringClientOptions options, HttpMessageHandler? innerHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ResponseBodyLimitsHandler limits = CreateResponseBodyLimitsHandler(options);
        HeaderAuthenticationHandler token = CreateTokenHandler(options);
        limits.InnerHandler = token;
        token.InnerHandler = innerHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        return new HttpClient(limits, disposeHandler: true)
        {
            BaseAddress = options.BaseAddress,
            Timeout = options.Timeout,
        };
    }

    /// <summary>
    /// A handler that bounds each response body by <see cref="SmarterProctoringClientOptions.Timeout"/> (counted from
    /// the start of the call) and <see cref="SmarterProctoringClientOptions.MaxResponseContentLength"/>. Put it first
    /// (outermost) in a hand-built pipeline.
    /// </summary>
    public static ResponseBodyLimitsHandler CreateResponseBodyLimitsHandler(SmarterProctoringClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResponseBodyLimitsHandler(options.Timeout, options.MaxResponseContentLength);
    }

    /// <summary>A handler that adds the <c>token</c> header from <paramref name="options"/> to every request.</summary>
    public static HeaderAuthenticationHandler CreateTokenHandler(SmarterProctoringClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HeaderAuthenticationHandler(TokenHeaderName, options.ResolveTokenProvider());
    }
}
