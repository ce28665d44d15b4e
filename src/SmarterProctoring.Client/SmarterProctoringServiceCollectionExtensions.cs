using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SmarterProctoring.Client;

/// <summary>Registers the SmarterProctoring clients on <c>IHttpClientFactory</c>.</summary>
public static class SmarterProctoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IExamConfigurationsApi"/> as a typed client of the named <see cref="System.Net.Http.HttpClient"/>
    /// <see cref="SmarterProctoringClient.HttpClientName"/>, with the <c>token</c> header added to every request and
    /// redacted from <c>IHttpClientFactory</c>'s request logging, and every call (body included) bounded by the
    /// options' timeout and response size limit. Returns the builder, to add handlers or resilience
    /// (<see cref="SmarterProctoringResilienceExtensions.AddSmarterProctoringResilience"/>).
    /// </summary>
    public static IHttpClientBuilder AddSmarterProctoringClient(
        this IServiceCollection services,
        Action<SmarterProctoringClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);

        IHttpClientBuilder builder = services
            .AddHttpClient(SmarterProctoringClient.HttpClientName, static (provider, httpClient) =>
            {
                SmarterProctoringClientOptions options = provider.GetRequiredService<IOptions<SmarterProctoringClientOptions>>().Value;
                httpClient.BaseAddress = options.BaseAddress;
                httpClient.Timeout = options.Timeout;
            })
            .AddHttpMessageHandler(static provider =>
                SmarterProctoringClient.CreateResponseBodyLimitsHandler(provider.GetRequiredService<IOptions<SmarterProctoringClientOptions>>().Value))
            .AddHttpMessageHandler(static provider =>
                SmarterProctoringClient.CreateTokenHandler(provider.GetRequiredService<IOptions<SmarterProctoringClientOptions>>().Value))
            .RedactLoggedHeaders([SmarterProctoringClient.TokenHeaderName]);

        builder.AddTypedClient(static httpClient => IExamConfigurationsApi.Create(httpClient));
        return builder;
    }
}
