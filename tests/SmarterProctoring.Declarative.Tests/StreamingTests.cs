using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>IAsyncEnumerable results read item by item: JSON arrays, JSON Lines and server-sent events.</summary>
public sealed class StreamingTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-ndjson")]
    [InlineData("application/jsonl")]
    [InlineData("text/event-stream")]
    public async Task Ten_thousand_items_are_read_in_order_whatever_the_form(string mediaType)
    {
        const int count = 10_000;
        var server = new StreamServer(_ => Answer(mediaType, Body(mediaType, Enumerable.Range(0, count))));

        int expected = 0;
        await foreach (Item item in server.Api.StreamAsync(since: "2026-01-01"))
        {
            Assert.Equal("n" + expected, item.Name);
            Assert.Equal(expected, item.Count);
            expected++;
        }

        Assert.Equal(count, expected);
        Assert.Equal("?since=2026-01-01", Assert.Single(server.Requests).Query);
    }

    [Fact]
    public async Task Json_lines_skip_blank_lines_accept_crlf_and_a_last_line_without_a_break()
    {
        var server = new StreamServer(_ => Answer("application/x-ndjson", "{\"name\":\"a\"}\r\n\r\n  \n{\"name\":\"b\"}\n{\"name\":\"c\"}"));

        var names = new List<string?>();
        await foreach (Item item in server.Api.StreamAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(["a", "b", "c"], names);
    }

    [Fact]
    public async Task Events_without_data_are_skipped_and_multi_line_data_is_one_value()
    {
        var server = new StreamServer(_ => Answer("text/event-stream", ": keep-alive\n\nevent: item\ndata: {\"name\":\ndata: \"a\"}\n\nretry: 10\n\ndata: {\"name\":\"b\"}\n\n"));

        var names = new List<string?>();
        await foreach (Item item in server.Api.StreamAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(["a", "b"], names);
    }

    [Theory]
    [InlineData("application/json", "[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":", "item 2 of a JSON array is not valid")]
    [InlineData("application/x-ndjson", "{\"name\":\"a\"}\n{\"name\":\"b\"}\n{\"count\":\"x\"}\n{\"name\":\"d\"}\n", "item 2 of JSON Lines is not valid")]
    [InlineData("text/event-stream", "data: {\"name\":\"a\"}\n\ndata: {\"name\":\"b\"}\n\ndata: not json\n\n", "item 2 of server-sent events is not valid")]
    public async Task A_malformed_item_is_unreadable_content_naming_it_and_the_items_before_stay_yielded(string mediaType, string body, string problem)
    {
        var server = new StreamServer(_ => Answer(mediaType, body));

        var names = new List<string?>();
        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item item in server.Api.StreamAsync())
            {
                names.Add(item.Name);
            }
        });

        Assert.Equal(["a", "b"], names);
        Assert.Equal(ApiExceptionKind.UnreadableContent, error.Kind);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be read as a stream of Item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_cut_by_the_connection_is_a_transport_error_after_the_items_read()
    {
        var server = new StreamServer(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes("{\"name\":\"a\"}\n{\"name\":\"b\"}\n{\"na"))) { Headers = { { "Content-Type", "application/x-ndjson" } } },
        });

        var names = new List<string?>();
        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await foreach (Item item in server.Api.StreamAsync())
            {
                names.Add(item.Name);
            }
        });

        Assert.Equal(["a", "b"], names);
        Assert.Contains("the connection failed while its body was being read", error.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public async Task Nothing_is_sent_before_enumeration_and_a_failed_status_is_an_ApiException()
    {
        var server = new StreamServer(_ => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("""{"code":"AUTHENTICATIONFAILED","message":"bad token"}""", Encoding.UTF8, "application/json"),
        });

        IAsyncEnumerable<Item> items = server.Api.StreamAsync();
        Assert.Empty(server.Requests);

        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item unused in items)
            {
            }
        });

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("AUTHENTICATIONFAILED", error.ErrorCode);
    }

    [Fact]
    public async Task A_body_is_sent_with_the_request_made_at_enumeration()
    {
        string? sent = null;
        var server = new StreamServer(request =>
        {
            sent = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return Answer("application/json", "[{\"name\":\"x\"},null]");
        });

        var items = new List<Item?>();
        await foreach (Item? item in server.Api.SearchAsync(new Item { Name = "filter" }))
        {
            items.Add(item);
        }

        Assert.Equal("{\"name\":\"filter\",\"count\":0}", sent);
        Assert.Equal(2, items.Count);
        Assert.Null(items[1]);
    }

    [Theory]
    [InlineData("application/json", false)]
    [InlineData("application/x-ndjson", false)]
    [InlineData("text/event-stream", false)]
    [InlineData("application/json", true)]
    [InlineData("application/x-ndjson", true)]
    [InlineData("text/event-stream", true)]
    public async Task Either_token_cancels_between_items_and_the_response_is_released(string mediaType, bool byEnumeratorToken)
    {
        var content = new CountingContent(Encoding.UTF8.GetBytes(Body(mediaType, Enumerable.Range(0, 100))), mediaType);
        var server = new StreamServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        using var cancellation = new CancellationTokenSource();

        IAsyncEnumerable<Item> items = byEnumeratorToken
            ? Wrap(server.Api.StreamAsync().WithCancellation(cancellation.Token))
            : server.Api.StreamAsync(cancellationToken: cancellation.Token);

        int read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in items)
            {
                if (++read == 3)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(3, read);
        Assert.Equal(1, content.Disposals);
    }

    [Fact]
    public async Task Leaving_a_stream_early_releases_the_response_and_each_enumeration_sends_its_own_request()
    {
        var contents = new List<CountingContent>();
        var server = new StreamServer(_ =>
        {
            var content = new CountingContent(Encoding.UTF8.GetBytes(Body("application/x-ndjson", Enumerable.Range(0, 10))), "application/x-ndjson");
            contents.Add(content);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        IAsyncEnumerable<Item> items = server.Api.StreamAsync();
        for (int round = 0; round < 2; round++)
        {
            await foreach (Item item in items)
            {
                Assert.Equal("n0", item.Name);
                break;
            }
        }

        Assert.Equal(2, server.Requests.Count);
        Assert.All(contents, content => Assert.Equal(1, content.Disposals));
    }

    private static async IAsyncEnumerable<Item> Wrap(System.Runtime.CompilerServices.ConfiguredCancelableAsyncEnumerable<Item> items)
    {
        await foreach (Item item in items)
        {
            yield return item;
        }
    }

    /// <summary>A body that counts how often it is disposed.</summary>
    private sealed class CountingContent : HttpContent
    {
        private readonly byte[] _bytes;

        public CountingContent(byte[] bytes, string mediaType)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        public int Disposals { get; private set; }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Disposals++;
            }

            base.Dispose(disposing);
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_bytes, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }

    }

    private static string Body(string mediaType, IEnumerable<int> numbers)
    {
        IEnumerable<string> values = numbers.Select(i => "{\"name\":\"n" + i + "\",\"count\":" + i + "}");
        return mediaType switch
        {
            "application/json" => "[" + string.Join(",", values) + "]",
            "text/event-stream" => string.Concat(values.Select(v => "data: " + v + "\n\n")),
            _ => string.Join("\n", values) + "\n",
        };
    }

    private static HttpResponseMessage Answer(string mediaType, string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    /// <summary>Serves its bytes, then fails as a dropped connection does.</summary>
    private sealed class BreakingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = Read(buffer.Span);
            return read > 0 ? ValueTask.FromResult(read) : ValueTask.FromException<int>(new IOException("The connection was reset."));
        }
    }

    private sealed class StreamServer : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;
        private readonly List<Uri> _requests = [];

        public StreamServer(Func<HttpRequestMessage, HttpResponseMessage> answer)
        {
            _answer = answer;
            Api = IStreamingApi.Create(new HttpClient(this) { BaseAddress = new Uri("https://api.test/") });
        }

        public IStreamingApi Api { get; }

        public List<Uri> Requests => _requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Add(request.RequestUri!);
            return Task.FromResult(_answer(request));
        }
    }
}
