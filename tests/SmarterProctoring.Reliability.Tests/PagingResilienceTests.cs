using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SmarterProctoring.Client;
using SmarterProctoring.Declarative;
using Xunit;

namespace SmarterProctoring.Reliability.Tests;

public sealed record ThingPage(int Total, string? Next, IReadOnlyList<Thing> Results);

public sealed record Thing(string Name);

public partial interface IThingsApi
{
    [Get("/v1/things")]
    [Paged(typeof(ThingPage), Items = nameof(ThingPage.Results), Next = nameof(ThingPage.Next))]
    IAsyncEnumerable<Thing> ListAsync([Query] int? limit = null, CancellationToken cancellationToken = default);
}

/// <summary>A walk through the resilience pipeline: a failed page is retried alone, never the walk.</summary>
public sealed class PagingResilienceTests
{
    [Fact]
    public async Task A_503_on_page_3_is_retried_for_page_3_only()
    {
        var server = new FlakyPages(failuresOnPage3: 1);
        var services = new ServiceCollection();
        services.AddHttpClient("things", client => client.BaseAddress = new Uri("https://api.test/"))
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddSmarterProctoringResilience(options => options.RetryDelay = TimeSpan.FromMilliseconds(1));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IThingsApi api = IThingsApi.Create(provider.GetRequiredService<IHttpClientFactory>().CreateClient("things"));

        var names = new List<string>();
        await foreach (Thing thing in api.ListAsync(limit: 2))
        {
            names.Add(thing.Name);
        }

        Assert.Equal(["p1a", "p1b", "p2a", "p2b", "p3a", "p3b", "p4a"], names);
        Assert.Equal(["/v1/things?limit=2", "/v1/things?page=2", "/v1/things?page=3", "/v1/things?page=3", "/v1/things?page=4"], server.Requests);
    }

    [Fact]
    public async Task A_page_that_keeps_failing_throws_with_its_number_after_the_retries()
    {
        var server = new FlakyPages(failuresOnPage3: int.MaxValue);
        var services = new ServiceCollection();
        services.AddHttpClient("things", client => client.BaseAddress = new Uri("https://api.test/"))
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddSmarterProctoringResilience(options =>
            {
                options.RetryDelay = TimeSpan.FromMilliseconds(1);
                options.MaxRetryAttempts = 2;
            });
        await using ServiceProvider provider = services.BuildServiceProvider();
        IThingsApi api = IThingsApi.Create(provider.GetRequiredService<IHttpClientFactory>().CreateClient("things"));

        var names = new List<string>();
        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Thing thing in api.ListAsync(limit: 2))
            {
                names.Add(thing.Name);
            }
        });

        Assert.Equal(["p1a", "p1b", "p2a", "p2b"], names);
        Assert.Equal(3, error.PageNumber);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, server.Requests.Count(r => r == "/v1/things?page=3"));
    }

    /// <summary>Four pages; page 3 answers 503 the first <c>failuresOnPage3</c> times.</summary>
    private sealed class FlakyPages(int failuresOnPage3) : HttpMessageHandler
    {
        private readonly ConcurrentQueue<string> _requests = new();
        private int _failures;

        public IReadOnlyList<string> Requests => _requests.ToArray();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string pathAndQuery = request.RequestUri!.PathAndQuery;
            _requests.Enqueue(pathAndQuery);
            int page = pathAndQuery.Contains("page=", StringComparison.Ordinal) ? pathAndQuery[^1] - '0' : 1;
            if (page == 3 && _failures++ < failuresOnPage3)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("busy") });
            }

            string next = page < 4 ? "\"/v1/things?page=" + (page + 1) + "\"" : "null";
            string items = page < 4 ? "[{\"name\":\"p" + page + "a\"},{\"name\":\"p" + page + "b\"}]" : "[{\"name\":\"p4a\"}]";
            string json = "{\"total\":7,\"next\":" + next + ",\"results\":" + items + "}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
