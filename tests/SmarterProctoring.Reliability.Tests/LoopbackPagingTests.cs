using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Reliability.Tests;

public sealed record ListedItem(string Name, int Count);

/// <summary>The API's list envelope.</summary>
public sealed record ListPage(int Total, string? First, string? Next, string? Prev, string? Last, int Count, int Offset, IReadOnlyList<ListedItem> Results);

/// <summary>The sandbox's test list and stream, declared as a user declares the API's lists.</summary>
public partial interface ILoopbackListsApi
{
    [Get("/v1/test/pages")]
    [Paged(typeof(ListPage), Items = nameof(ListPage.Results), Next = nameof(ListPage.Next))]
    IAsyncEnumerable<ListedItem> ListAsync([Query] int? limit = null, CancellationToken cancellationToken = default);

#pragma warning disable SPD2009 // The same list walked another way: the two walks are what is tested.
    [Get("/v1/test/pages")]
    [Paged(typeof(ListPage), Items = nameof(ListPage.Results), Total = nameof(ListPage.Total))]
    IAsyncEnumerable<ListPage> ListPagesByOffsetAsync([Query, PageOffset] int offset = 0, [Query] int? limit = null, CancellationToken cancellationToken = default);
#pragma warning restore SPD2009

    [Get("/v1/test/stream")]
    IAsyncEnumerable<ListedItem> StreamAsync([Query] string format, [Query] int count, [Query] int? cut = null, CancellationToken cancellationToken = default);
}

/// <summary>Paging and streaming over loopback, through the whole client stack (token, body limits) and Kestrel.</summary>
public sealed class LoopbackPagingTests
{
    [Fact]
    public async Task Relative_next_links_walk_the_whole_list_one_request_per_page()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        ILoopbackListsApi api = ILoopbackListsApi.Create(client.Http);

        var items = new List<ListedItem>();
        await foreach (ListedItem item in api.ListAsync(limit: 100))
        {
            items.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 250), items.Select(i => i.Count));
        Assert.Equal("item-249", items[^1].Name);
    }

    [Fact]
    public async Task Pages_by_offset_stop_at_the_total_with_a_last_page_exactly_full()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        ILoopbackListsApi api = ILoopbackListsApi.Create(client.Http);

        var pages = new List<ListPage>();
        await foreach (ListPage page in api.ListPagesByOffsetAsync(limit: 50))
        {
            pages.Add(page);
        }

        Assert.Equal([0, 50, 100, 150, 200], pages.Select(p => p.Offset));
        Assert.All(pages, p => Assert.Equal(50, p.Results.Count));
        Assert.Null(pages[^1].Next);
    }

    [Theory]
    [InlineData("ndjson")]
    [InlineData("sse")]
    [InlineData("json")]
    public async Task Ten_thousand_streamed_items_arrive_in_order(string format)
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        ILoopbackListsApi api = ILoopbackListsApi.Create(client.Http);

        int expected = 0;
        await foreach (ListedItem item in api.StreamAsync(format, 10_000))
        {
            Assert.Equal(expected++, item.Count);
        }

        Assert.Equal(10_000, expected);
    }

    [Fact]
    public async Task A_stream_the_server_cuts_is_a_transport_error_after_the_items_it_sent()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        ILoopbackListsApi api = ILoopbackListsApi.Create(client.Http);

        var counts = new List<int>();
        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await foreach (ListedItem item in api.StreamAsync("ndjson", 100, cut: 5))
            {
                counts.Add(item.Count);
            }
        });

        Assert.Equal([0, 1, 2, 3, 4, 5], counts);
        Assert.Contains("GET /v1/test/stream answered 200", error.Message, StringComparison.Ordinal);
    }
}
