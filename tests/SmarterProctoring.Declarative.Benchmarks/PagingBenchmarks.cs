using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SmarterProctoring.Declarative.Benchmarks;

public sealed record BenchItem(string Name, int Count);

public sealed record BenchPage(int Total, string? Next, IReadOnlyList<BenchItem> Results);

/// <summary>Our paged and streamed declarations; the generator writes their client and JSON context.</summary>
public partial interface IPagedBenchApi
{
    [Get("/v1/things")]
    [Paged(typeof(BenchPage), Items = nameof(BenchPage.Results), Next = nameof(BenchPage.Next))]
    IAsyncEnumerable<BenchItem> ListAsync(CancellationToken cancellationToken = default);

    [Get("/v1/events")]
    IAsyncEnumerable<BenchItem> StreamAsync(CancellationToken cancellationToken = default);
}

/// <summary>The same list through Refit 16.4's own generated paging, restricted to the client's origin as ours is.</summary>
public interface IRefitPagedBenchApi
{
    [Refit.Get("/v1/things")]
    [Refit.Paged(Items = nameof(BenchPage.Results), Next = nameof(BenchPage.Next), SameOrigin = true)]
    Refit.PagedEnumerable<BenchPage, BenchItem> ListAsync();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BenchPage))]
[JsonSerializable(typeof(BenchItem))]
internal sealed partial class PagingJsonContext : JsonSerializerContext
{
}

/// <summary>
/// 10,000 items in 100 pages of 100, following next links, through an in-memory transport: ours, Refit 16.4's
/// [Paged], and a hand-written loop (the baseline). Each returns the sum of the items' counts.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private const int Pages = 100;
    private const int PerPage = 100;

    private IPagedBenchApi _generated = null!;
    private IRefitPagedBenchApi _refit = null!;
    private HttpClient _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bodies = new byte[Pages][];
        for (int page = 0; page < Pages; page++)
        {
            var items = new BenchItem[PerPage];
            for (int i = 0; i < PerPage; i++)
            {
                items[i] = new BenchItem("item-" + (page * PerPage + i), i);
            }

            string? next = page + 1 < Pages ? new Uri(Payloads.BaseAddress, "v1/things?page=" + (page + 2)).AbsoluteUri : null;
            bodies[page] = JsonSerializer.SerializeToUtf8Bytes(new BenchPage(Pages * PerPage, next, items), PagingJsonContext.Default.BenchPage);
        }

        HttpClient NewClient() => new(new PageHandler(bodies)) { BaseAddress = Payloads.BaseAddress };
        _generated = IPagedBenchApi.Create(NewClient());
        _refit = Refit.RestService.For<IRefitPagedBenchApi>(NewClient(), new Refit.RefitSettings
        {
            ContentSerializer = new Refit.SystemTextJsonContentSerializer(new JsonSerializerOptions(PagingJsonContext.Default.Options)),
        });
        _handWritten = NewClient();
    }

    [Benchmark(Baseline = true, Description = "10,000 items by next link, hand-written")]
    public async Task<long> HandWritten()
    {
        long sum = 0;
        string? uri = "v1/things";
        while (uri is not null)
        {
            using HttpResponseMessage response = await _handWritten.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                BenchPage page = (await JsonSerializer.DeserializeAsync(stream, PagingJsonContext.Default.BenchPage).ConfigureAwait(false))!;
                foreach (BenchItem item in page.Results)
                {
                    sum += item.Count;
                }

                uri = page.Next;
            }
        }

        return sum;
    }

    [Benchmark(Description = "10,000 items by next link, SmarterProctoring.Declarative")]
    public async Task<long> Generated()
    {
        long sum = 0;
        await foreach (BenchItem item in _generated.ListAsync().ConfigureAwait(false))
        {
            sum += item.Count;
        }

        return sum;
    }

    [Benchmark(Description = "10,000 items by next link, Refit 16.4 [Paged]")]
    public async Task<long> RefitPaged()
    {
        long sum = 0;
        await foreach (BenchItem item in _refit.ListAsync().ConfigureAwait(false))
        {
            sum += item.Count;
        }

        return sum;
    }

    /// <summary>Answers page N of the query's <c>page=N</c> (page 1 without one).</summary>
    private sealed class PageHandler(byte[][] bodies) : HttpMessageHandler
    {
        private static readonly MediaTypeHeaderValue s_json = new("application/json");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string query = request.RequestUri!.Query;
            int page = query.StartsWith("?page=", StringComparison.Ordinal) ? int.Parse(query.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture) : 1;
            var content = new ByteArrayContent(bodies[page - 1]);
            content.Headers.ContentType = s_json;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

/// <summary>
/// 10,000 JSON Lines items in one answer: ours against a hand-written line reader (the baseline). Refit 16.4 has no
/// streamed-body shape, so it is not in this table.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private const int Items = 10_000;

    private IPagedBenchApi _generated = null!;
    private HttpClient _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = new StringBuilder();
        for (int i = 0; i < Items; i++)
        {
            body.Append(JsonSerializer.Serialize(new BenchItem("item-" + i, i % 100), PagingJsonContext.Default.BenchItem)).Append('\n');
        }

        byte[] bytes = Encoding.UTF8.GetBytes(body.ToString());
        HttpClient NewClient() => new(new LinesHandler(bytes)) { BaseAddress = Payloads.BaseAddress };
        _generated = IPagedBenchApi.Create(NewClient());
        _handWritten = NewClient();
    }

    [Benchmark(Baseline = true, Description = "10,000 JSON Lines items, hand-written")]
    public async Task<long> HandWritten()
    {
        long sum = 0;
        using HttpResponseMessage response = await _handWritten.GetAsync("v1/events", HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync().ConfigureAwait(false) is string line)
        {
            if (line.Length > 0)
            {
                sum += JsonSerializer.Deserialize(line, PagingJsonContext.Default.BenchItem)!.Count;
            }
        }

        return sum;
    }

    [Benchmark(Description = "10,000 JSON Lines items, SmarterProctoring.Declarative")]
    public async Task<long> Generated()
    {
        long sum = 0;
        await foreach (BenchItem item in _generated.StreamAsync().ConfigureAwait(false))
        {
            sum += item.Count;
        }

        return sum;
    }

    private sealed class LinesHandler(byte[] body) : HttpMessageHandler
    {
        private static readonly MediaTypeHeaderValue s_lines = new("application/x-ndjson");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = s_lines;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
