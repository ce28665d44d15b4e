using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>HEAD and OPTIONS, constant headers, header collections, per-call timeouts and request options.</summary>
public sealed class HeaderAndVerbTests
{
    [Fact]
    public async Task Head_and_options_send_their_verbs_and_read_status_and_headers()
    {
        var server = new Server(_ => new HttpResponseMessage(HttpStatusCode.OK) { Headers = { { "X-Version", "3" } }, Content = new ByteArrayContent([]) });

        ApiResponse head = await server.Api.ExistsAsync("t1");
        Assert.Equal(HttpMethod.Head, server.Requests[^1].Method);
        Assert.Equal("https://api.test/v1/things/t1", server.Requests[^1].RequestUri!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(["3"], head.Headers.GetValues("X-Version"));

        ApiResponse options = await server.Api.OptionsAsync();
        Assert.Equal(HttpMethod.Options, server.Requests[^1].Method);
        Assert.True(options.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_missing_resource_on_HEAD_is_a_status_not_an_exception_in_ApiResponse()
    {
        var server = new Server(_ => new HttpResponseMessage(HttpStatusCode.NotFound));

        ApiResponse head = await server.Api.ExistsAsync("gone");

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Throws<ApiException>(() => head.EnsureSuccessful());
    }

    [Fact]
    public async Task Interface_headers_are_replaced_by_the_methods_and_both_by_a_header_parameter()
    {
        var server = new Server(_ => Json("\"ok\""));

        await server.Api.ListAsync();
        HttpRequestMessage sent = server.Requests[^1];
        Assert.Equal(["application/json"], sent.Headers.GetValues("Accept"));
        Assert.Equal(["reports"], sent.Headers.GetValues("X-Client"));
        Assert.Equal(["one"], sent.Headers.GetValues("X-Extra"));

        await server.Api.ListAsync(extra: "two");
        Assert.Equal(["two"], server.Requests[^1].Headers.GetValues("X-Extra"));
    }

    [Fact]
    public async Task A_constant_content_header_goes_on_the_body_and_a_collection_replaces_declared_headers()
    {
        var server = new Server(_ => new HttpResponseMessage(HttpStatusCode.NoContent));

        await server.Api.CreateAsync(new Item { Name = "a" }, new Dictionary<string, string?> { ["X-Client"] = "mine", ["X-Trace"] = "t-1", ["X-Null"] = null });

        HttpRequestMessage sent = server.Requests[^1];
        Assert.Equal("application/vnd.things+json", sent.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(["mine"], sent.Headers.GetValues("X-Client"));
        Assert.Equal(["t-1"], sent.Headers.GetValues("X-Trace"));
        Assert.False(sent.Headers.Contains("X-Null"));
    }

    [Theory]
    [InlineData("X-Bad\r\nInjected", "v4lue", "not an HTTP token")]
    [InlineData("X-Fine", "a\r\nInjected: yes", "cannot contain a line break")]
    [InlineData("token", "stolen", "which the client's authentication sets")]
    [InlineData("Authorization", "Bearer x", "which the client's authentication sets")]
    public async Task A_collection_cannot_inject_a_header_or_replace_a_credential(string name, string value, string problem)
    {
        var server = new Server(_ => new HttpResponseMessage(HttpStatusCode.NoContent));

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => server.Api.CreateAsync(new Item(), new Dictionary<string, string?> { [name] = value }));

        Assert.Equal("headers", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_timeout_bounds_the_call_and_fails_as_HttpClient_Timeout_does()
    {
        var server = new Server(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("The call was not cancelled.");
        });

        TaskCanceledException error = await Assert.ThrowsAsync<TaskCanceledException>(() => server.Api.SlowAsync());

        TimeoutException timeout = Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal("GET /v1/slow did not complete within its [Timeout] of 0.2 s.", timeout.Message);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_reported_as_a_timeout()
    {
        using var cancellation = new CancellationTokenSource();
        var server = new Server(async (_, token) =>
        {
            cancellation.Cancel();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("The call was not cancelled.");
        });

        OperationCanceledException error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.Api.SlowAsync(cancellation.Token));

        Assert.IsNotType<TimeoutException>(error.InnerException);
        Assert.DoesNotContain("[Timeout]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Properties_reach_the_handlers_typed_and_are_not_sent()
    {
        string? tenant = null;
        int attempt = 0;
        var server = new Server(request =>
        {
            request.Options.TryGetValue(new HttpRequestOptionsKey<string>("tenant"), out tenant);
            request.Options.TryGetValue(new HttpRequestOptionsKey<int>("attempt"), out attempt);
            return Json("\"ok\"");
        });

        await server.Api.TenantAsync("acme", 3);

        Assert.Equal("acme", tenant);
        Assert.Equal(3, attempt);
        Assert.Equal("https://api.test/v1/tenants", server.Requests[^1].RequestUri!.AbsoluteUri);
        Assert.DoesNotContain(server.Requests[^1].Headers, h => h.Value.Contains("acme"));
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class Server : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _answer;

        public Server(Func<HttpRequestMessage, HttpResponseMessage> answer)
            : this((request, _) => Task.FromResult(answer(request)))
        {
        }

        public Server(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
        {
            _answer = answer;
            Api = IHeadersApi.Create(new HttpClient(this) { BaseAddress = new Uri("https://api.test/") });
        }

        public IHeadersApi Api { get; }

        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return _answer(request, cancellationToken);
        }
    }
}
