using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>[Paged] walks: lazy, one request per page, next links checked, offsets counted, failures named by page.</summary>
public sealed class PagingTests
{
    [Fact]
    public async Task Next_links_absolute_and_relative_are_followed_with_the_same_headers_on_every_page()
    {
        var server = new PageServer(request => request.RequestUri!.PathAndQuery switch
        {
            "/v1/things?limit=2" => PageServer.Json(Page(["a", "b"], next: "https://api.test/v1/things?limit=2&offset=2")),
            "/v1/things?limit=2&offset=2" => PageServer.Json(Page(["c", "d"], next: "things?limit=2&offset=4")),
            "/v1/things?limit=2&offset=4" => PageServer.Json(Page(["e"], next: null)),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });

        List<string?> names = await Names(server.Api.ListAsync(limit: 2, tenant: "t1"));

        Assert.Equal(["a", "b", "c", "d", "e"], names);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("t1", r.Tenant));
    }

    [Fact]
    public async Task Nothing_is_sent_before_the_first_item_is_asked_for_and_a_page_is_yielded_before_the_next_is_asked_for()
    {
        var server = new PageServer(request => request.RequestUri!.Query == "?limit=1"
            ? PageServer.Json(Page(["a"], next: "/v1/things?limit=1&offset=1"))
            : PageServer.Json(Page(["b"], next: null)));

        IAsyncEnumerable<Item> items = server.Api.ListAsync(limit: 1);
        Assert.Empty(server.Requests);

        await using IAsyncEnumerator<Item> enumerator = items.GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal("a", enumerator.Current.Name);
        Assert.Single(server.Requests);

        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal("b", enumerator.Current.Name);
        Assert.Equal(2, server.Requests.Count);
        Assert.False(await enumerator.MoveNextAsync());
    }

    [Theory]
    [InlineData(5, new[] { 0, 2, 4 })]
    [InlineData(4, new[] { 0, 2 })]
    public async Task By_offset_each_page_starts_after_the_items_received_and_the_walk_stops_at_the_total(int total, int[] offsets)
    {
        var server = new PageServer(request =>
        {
            int offset = int.Parse(Query(request, "offset")!, System.Globalization.CultureInfo.InvariantCulture);
            string[] names = Enumerable.Range(offset, Math.Max(0, Math.Min(2, total - offset))).Select(i => "n" + i).ToArray();
            return PageServer.Json(Page(names, next: null, total: total, offset: offset));
        });

        List<string?> received = await Names(server.Api.ListByOffsetAsync(offset: 0, limit: 2));

        Assert.Equal(Enumerable.Range(0, total).Select(i => "n" + i), received);
        Assert.Equal(offsets.Select(o => o.ToString(System.Globalization.CultureInfo.InvariantCulture)), server.Requests.Select(r => Query(r.Uri, "offset")));
        Assert.All(server.Requests, r => Assert.Equal("2", Query(r.Uri, "limit")));
    }

    [Fact]
    public async Task An_empty_first_page_yields_nothing_after_one_request()
    {
        var server = new PageServer(_ => PageServer.Json(Page([], next: null, total: 0)));

        Assert.Empty(await Names(server.Api.ListByOffsetAsync()));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Whole_pages_by_offset_start_without_an_offset_when_none_is_passed_then_count_on()
    {
        var server = new PageServer(request => Query(request, "start") switch
        {
            null => PageServer.Json(Page(["a", "b"], next: null)),
            "2" => PageServer.Json(Page(["c"], next: null)),
            _ => PageServer.Json(Page([], next: null)),
        });

        var pages = new List<Page<Item>>();
        await foreach (Page<Item> page in server.Api.ListPagesByOffsetAsync())
        {
            pages.Add(page);
        }

        Assert.Equal([2, 1, 0], pages.Select(p => p.Results.Count));
        Assert.Equal([null, "2", "3"], server.Requests.Select(r => Query(r.Uri, "start")));
    }

    [Fact]
    public async Task Whole_pages_follow_next_links_and_a_uri_next_link_is_followed_too()
    {
        var server = new PageServer(request => request.RequestUri!.AbsolutePath switch
        {
            "/v1/things/pages" => PageServer.Json(Page(["a"], next: "/v1/things/pages/2")),
            "/v1/things/pages/2" => PageServer.Json(Page(["b"], next: null)),
            "/v1/links" => PageServer.Json("""{"next":"/v1/links/2","results":[{"name":"x"}]}"""),
            _ => PageServer.Json("""{"results":null}"""),
        });

        var pages = new List<Page<Item>>();
        await foreach (Page<Item> page in server.Api.ListPagesAsync())
        {
            pages.Add(page);
        }

        Assert.Equal(["a", "b"], pages.Select(p => p.Results[0].Name));
        Assert.Equal(["x"], await Names(server.Api.ListLinkedAsync()));
        Assert.Equal("/v1/links/2", server.Requests[^1].Uri.AbsolutePath);
    }

    [Theory]
    [InlineData("https://evil.test/v1/things", "leaves the client's base address")]
    [InlineData("http://api.test/v1/things", "leaves the client's base address")]
    [InlineData("https://api.test:8443/v1/things", "leaves the client's base address")]
    [InlineData("https://user@api.test/v1/things", "leaves the client's base address")]
    [InlineData("//evil.test/v1/things", "leaves the client's base address")]
    [InlineData("/other/v1/things", "leaves the client's base path")]
    [InlineData("/base/%2e%2e/other", "leaves the client's base path")]
    [InlineData("https://api.test/base/v1/%2E%2E%2F..%2Fother", "segment")]
    public async Task A_next_link_off_the_base_address_stops_the_walk_without_a_request(string link, string why)
    {
        var server = new PageServer(_ => PageServer.Json(Page(["a"], next: link)), baseAddress: "https://api.test/base/");

        var names = new List<string?>();
        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item item in server.Api.ListAsync())
            {
                names.Add(item.Name);
            }
        });

        Assert.Equal(["a"], names);
        Assert.Single(server.Requests);
        Assert.All(server.Requests, r => Assert.Equal("api.test", r.Uri.Host));
        Assert.Equal(ApiExceptionKind.RefusedNextLink, error.Kind);
        Assert.Equal(1, error.PageNumber);
        Assert.Contains("'" + link + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("No request was sent to it.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.test/steal?t=" + TestData.Token)]
    [InlineData("/v1/things?t=" + TestData.Token)]
    public async Task A_token_echoed_in_a_next_link_is_masked_in_every_message(string link)
    {
        var server = new PageServer(request => request.RequestUri!.Query.Length == 0
            ? PageServer.Json(Page(["a"], next: link))
            : new HttpResponseMessage(HttpStatusCode.InternalServerError));
        server.Client.DefaultRequestHeaders.Add("token", TestData.Token);

        Exception error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (Item unused in server.Api.ListAsync())
            {
            }
        });

        Assert.DoesNotContain(TestData.Token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("t=***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_next_link_under_a_base_path_is_resolved_against_the_page_that_named_it()
    {
        var server = new PageServer(request => request.RequestUri!.PathAndQuery switch
        {
            "/base/v1/things" => PageServer.Json(Page(["a"], next: "things?offset=1")),
            "/base/v1/things?offset=1" => PageServer.Json(Page(["b"], next: "/base/v1/things?offset=2")),
            _ => PageServer.Json(Page(["c"], next: "")),
        }, baseAddress: "https://api.test/base/");

        Assert.Equal(["a", "b", "c"], await Names(server.Api.ListAsync()));
        Assert.Equal(["/base/v1/things", "/base/v1/things?offset=1", "/base/v1/things?offset=2"], server.Requests.Select(r => r.Uri.PathAndQuery));
    }

    [Fact]
    public async Task A_next_link_seen_before_stops_the_walk_instead_of_looping()
    {
        var server = new PageServer(request => request.RequestUri!.Query == "?offset=1"
            ? PageServer.Json(Page(["b"], next: "/v1/things"))
            : PageServer.Json(Page(["a"], next: "/v1/things?offset=1")));

        var names = new List<string?>();
        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item item in server.Api.ListAsync())
            {
                names.Add(item.Name);
            }
        });

        Assert.Equal(["a", "b"], names);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(ApiExceptionKind.RefusedNextLink, error.Kind);
        Assert.Equal(2, error.PageNumber);
        Assert.Contains("would loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_page_throws_with_its_number_and_uri_and_the_items_before_it_stay_yielded()
    {
        var server = new PageServer(request => request.RequestUri!.Query switch
        {
            "" => PageServer.Json(Page(["a"], next: "/v1/things?page=2")),
            "?page=2" => PageServer.Json(Page(["b"], next: "/v1/things?page=3")),
            _ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("""{"code":"BOOM","message":"down"}""", Encoding.UTF8, "application/json") },
        });

        var names = new List<string?>();
        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item item in server.Api.ListAsync())
            {
                names.Add(item.Name);
            }
        });

        Assert.Equal(["a", "b"], names);
        Assert.Equal(ApiExceptionKind.UnsuccessfulStatus, error.Kind);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3, error.PageNumber);
        Assert.StartsWith("Page 3 of GET /v1/things failed: GET /v1/things answered 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://api.test/v1/things?page=3", error.Message, StringComparison.Ordinal);
        Assert.Equal("BOOM", error.ErrorCode);
    }

    [Fact]
    public async Task The_methods_token_cancels_between_pages()
    {
        using var cancellation = new CancellationTokenSource();
        var server = new PageServer(request => PageServer.Json(Page(["a"], next: "/v1/things?n=" + Guid.NewGuid().ToString("N"))));

        var names = new List<string?>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in server.Api.ListAsync(cancellationToken: cancellation.Token))
            {
                names.Add(item.Name);
                if (names.Count == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(2, names.Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Either_token_cancels_between_the_items_of_one_page()
    {
        using var byMethod = new CancellationTokenSource();
        using var byEnumerator = new CancellationTokenSource();
        var server = new PageServer(request => PageServer.Json(Page(["a", "b", "c", "d"], next: "/v1/things?n=" + Guid.NewGuid().ToString("N"))));

        foreach ((CancellationTokenSource source, bool viaEnumerator) in new[] { (byMethod, false), (byEnumerator, true) })
        {
            int read = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                IAsyncEnumerable<Item> items = viaEnumerator ? server.Api.ListAsync() : server.Api.ListAsync(cancellationToken: source.Token);
                await foreach (Item item in items.WithCancellation(viaEnumerator ? source.Token : default))
                {
                    if (++read == 2)
                    {
                        source.Cancel();
                    }
                }
            });

            Assert.Equal(2, read);
        }

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task The_enumerators_token_cancels_inside_a_page()
    {
        using var cancellation = new CancellationTokenSource();
        var server = new PageServer(async (request, token) =>
        {
            if (request.RequestUri!.Query.Length == 0)
            {
                return PageServer.Json(Page(["a"], next: "/v1/things?slow=1"));
            }

            cancellation.Cancel();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("The page was not cancelled.");
        });

        var names = new List<string?>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in server.Api.ListAsync().WithCancellation(cancellation.Token))
            {
                names.Add(item.Name);
            }
        });

        Assert.Equal(["a"], names);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(cancellation.IsCancellationRequested);
    }

    [Fact]
    public async Task Pages_already_walked_are_not_kept_alive()
    {
        // 1,000 pages of 100 items: the first page's items must be collectable long before the walk ends.
        const int pages = 1000;
        string pageJson = Page(Enumerable.Range(0, 100).Select(i => "n" + i).ToArray(), next: "NEXT");
        var server = new PageServer(request =>
        {
            int number = request.RequestUri!.Query.Length == 0 ? 0 : int.Parse(request.RequestUri.Query.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);
            return PageServer.Json(number + 1 < pages ? pageJson.Replace("NEXT", "/v1/things?p=" + (number + 1), StringComparison.Ordinal) : Page([], next: null));
        }, record: false);

        var first = new List<WeakReference>();
        long count = 0;
        await foreach (Item item in server.Api.ListAsync())
        {
            if (count < 100)
            {
                Track(first, item);
            }

            count++;
        }

        // The in-memory answers complete synchronously, so the walk never left this frame: leave it before collecting.
        await Task.Yield();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(pages * 100 - 100, count);
        Assert.Equal(Array.Empty<int>(), Enumerable.Range(0, first.Count).Where(i => first[i].IsAlive).ToArray());
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Track(List<WeakReference> references, Item item) => references.Add(new WeakReference(item));

    internal static string Page(string[] names, string? next, int? total = null, int offset = 0) =>
        JsonSerializer.Serialize(new
        {
            total = total ?? names.Length,
            first = "/v1/things",
            next,
            prev = (string?)null,
            last = (string?)null,
            count = names.Length,
            offset,
            results = names.Select(n => new { name = n, count = 1 }),
        });

    private static async Task<List<string?>> Names(IAsyncEnumerable<Item> items)
    {
        var names = new List<string?>();
        await foreach (Item item in items)
        {
            names.Add(item.Name);
        }

        return names;
    }

    private static string? Query(HttpRequestMessage request, string name) => Query(request.RequestUri!, name);

    private static string? Query(Uri uri, string name)
    {
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            if (parts[0] == name)
            {
                return parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            }
        }

        return null;
    }

    /// <summary>An in-memory server: answers each request with a function of it and records what was sent.</summary>
    internal sealed class PageServer : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _answer;
        private readonly bool _record;
        private readonly ConcurrentQueue<Sent> _requests = new();

        public PageServer(Func<HttpRequestMessage, HttpResponseMessage> answer, string baseAddress = "https://api.test/", bool record = true)
            : this((request, _) => Task.FromResult(answer(request)), baseAddress, record)
        {
        }

        public PageServer(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, string baseAddress = "https://api.test/", bool record = true)
        {
            _answer = answer;
            _record = record;
            Client = new HttpClient(this) { BaseAddress = new Uri(baseAddress) };
            Api = IPagingApi.Create(Client);
        }

        public HttpClient Client { get; }

        public IPagingApi Api { get; }

        public IReadOnlyList<Sent> Requests => _requests.ToArray();

        public static HttpResponseMessage Json(string json) =>
            new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_record)
            {
                _requests.Enqueue(new Sent(request.RequestUri!, request.Headers.TryGetValues("X-Tenant", out IEnumerable<string>? tenant) ? tenant.Single() : null));
            }

            return _answer(request, cancellationToken);
        }

        internal sealed record Sent(Uri Uri, string? Tenant);
    }
}
